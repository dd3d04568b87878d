import type { Rule } from '../rule';
import { rule as SEC001 } from './SEC001-location';
import { rule as SEC002 } from './SEC002-shadowed-policy';
import { rule as SEC010 } from './SEC010-reporting-section';
import { rule as SEC011 } from './SEC011-private-contact';
import { rule as SEC012 } from './SEC012-public-issue-channel';
import { rule as SEC013 } from './SEC013-response-timeframe';
import { rule as SEC015 } from './SEC015-supported-versions-section';
import { rule as SEC016 } from './SEC016-required-section';
import { rule as SEC017 } from './SEC017-profile-control';
import { rule as SEC020 } from './SEC020-template-text';
import { rule as SEC021 } from './SEC021-template-versions';
import { rule as SEC022 } from './SEC022-placeholder-email';
import { rule as SEC023 } from './SEC023-placeholder-text';
import { rule as SEC030 } from './SEC030-advisory-other-repository';
import { rule as SEC040 } from './SEC040-no-supported-version';
import { rule as SEC041 } from './SEC041-mixed-status-markers';
import { rule as SEC043 } from './SEC043-current-version-unsupported';
import { rule as SEC050 } from './SEC050-stale-review-date';
import { rule as SEC052 } from './SEC052-pgp-block';
import { rule as SEC060 } from './SEC060-mojibake';
import { rule as SEC062 } from './SEC062-invalid-characters';
import { rule as SEC080 } from './SEC080-collapsed-document';
import { rule as SEC081 } from './SEC081-empty-section';
import { rule as SEC082 } from './SEC082-duplicate-section';
import { rule as SEC090 } from './SEC090-channel-not-in-security-txt';
import { rule as SEC091 } from './SEC091-security-txt-contact-not-here';
import { rule as SEC092 } from './SEC092-security-txt-disagrees';

/** Every rule, in id order. */
export const RULES: readonly Rule[] = [
  SEC001,
  SEC002,
  SEC010,
  SEC011,
  SEC012,
  SEC013,
  SEC015,
  SEC016,
  SEC017,
  SEC020,
  SEC021,
  SEC022,
  SEC023,
  SEC030,
  SEC040,
  SEC041,
  SEC043,
  SEC050,
  SEC052,
  SEC060,
  SEC062,
  SEC080,
  SEC081,
  SEC082,
  SEC090,
  SEC091,
  SEC092,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
