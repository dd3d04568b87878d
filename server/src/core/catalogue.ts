// Every rule of every file kind, for what lists or looks up rules by id: `rules`, `--rule`, the
// config file, SARIF. SECURITY.md rules (SEC###) first, then security.txt rules (TXT###).
import type { RuleMeta } from './rule';
import { RULES } from './rules';
import { TXT_RULES } from './securitytxt/rules';

export const ALL_RULES: readonly RuleMeta[] = [...RULES, ...TXT_RULES];

export function ruleMetaById(id: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
