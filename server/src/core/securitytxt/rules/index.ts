import type { TxtRule } from '../rule';
import { rule as TXT001 } from './TXT001-contact-missing';
import { rule as TXT002 } from './TXT002-expires-missing';
import { rule as TXT003 } from './TXT003-field-repeated';
import { rule as TXT004 } from './TXT004-duplicate-field';
import { rule as TXT010 } from './TXT010-expires-format';
import { rule as TXT011 } from './TXT011-expired';
import { rule as TXT012 } from './TXT012-expires-too-far';
import { rule as TXT013 } from './TXT013-expires-soon';
import { rule as TXT020 } from './TXT020-uri-value';
import { rule as TXT021 } from './TXT021-https-required';
import { rule as TXT022 } from './TXT022-uri-form';
import { rule as TXT023 } from './TXT023-csaf-provider-metadata';
import { rule as TXT030 } from './TXT030-preferred-languages';
import { rule as TXT040 } from './TXT040-canonical-when-signed';
import { rule as TXT041 } from './TXT041-canonical-missing';
import { rule as TXT050 } from './TXT050-unknown-field';
import { rule as TXT051 } from './TXT051-field-name-typo';
import { rule as TXT060 } from './TXT060-invalid-line';
import { rule as TXT061 } from './TXT061-field-name-whitespace';
import { rule as TXT062 } from './TXT062-space-after-colon';
import { rule as TXT063 } from './TXT063-empty-value';
import { rule as TXT070 } from './TXT070-line-separators';
import { rule as TXT071 } from './TXT071-byte-order-mark';
import { rule as TXT072 } from './TXT072-invalid-characters';
import { rule as TXT080 } from './TXT080-signature-structure';
import { rule as TXT090 } from './TXT090-contact-not-in-policy';
import { rule as TXT091 } from './TXT091-policy-channel-missing';
import { rule as TXT092 } from './TXT092-policy-elsewhere';
import { rule as TXT093 } from './TXT093-language-mismatch';
import { rule as TXT094 } from './TXT094-encryption-key-mismatch';

/** Every security.txt rule, in id order. */
export const TXT_RULES: readonly TxtRule[] = [
  TXT001,
  TXT002,
  TXT003,
  TXT004,
  TXT010,
  TXT011,
  TXT012,
  TXT013,
  TXT020,
  TXT021,
  TXT022,
  TXT023,
  TXT030,
  TXT040,
  TXT041,
  TXT050,
  TXT051,
  TXT060,
  TXT061,
  TXT062,
  TXT063,
  TXT070,
  TXT071,
  TXT072,
  TXT080,
  TXT090,
  TXT091,
  TXT092,
  TXT093,
  TXT094,
];
