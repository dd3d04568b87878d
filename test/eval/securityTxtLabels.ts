// Labels of the security.txt corpus (../shared/corpus/securitytxt): for each file, the TXT rules
// that should report on it, read off the file by a person: per line, or `"file"` for a rule about
// the file as a whole (a missing field). Rules not named should stay silent. Judged on
// SECURITY_TXT_EVAL_TODAY, so that the date rules give the same answer on every run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECURITY_TXT_LABELS = join(__dirname, 'securitytxt');

/** The date the labels were read for (expired, expiring within 30 days). */
export const SECURITY_TXT_EVAL_TODAY = '2026-12-05';

export interface SecurityTxtLabel {
  readonly file: string;
  /** Rule id → 1-based lines it should report on, or "file" for the file as a whole. */
  readonly expected: Readonly<Record<string, readonly number[] | 'file'>>;
  readonly notes?: string;
}

export function securityTxtLabelFiles(dir: string = SECURITY_TXT_LABELS): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
}

export function readSecurityTxtLabel(file: string, dir: string = SECURITY_TXT_LABELS): SecurityTxtLabel {
  return JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as SecurityTxtLabel;
}

/** What is wrong with a label, as messages; empty when it is valid for `file` with these rule ids. */
export function securityTxtLabelProblems(value: unknown, file: string, ruleIds: readonly string[]): string[] {
  if (typeof value !== 'object' || value === null) return ['not a JSON object'];
  const label = value as Record<string, unknown>;
  const problems: string[] = [];
  if (label['file'] !== file) problems.push(`"file" is ${JSON.stringify(label['file'])}, not ${file}`);
  const expected = label['expected'];
  if (typeof expected !== 'object' || expected === null || Array.isArray(expected)) return [...problems, '"expected" must be an object'];
  for (const [id, where] of Object.entries(expected)) {
    if (!ruleIds.includes(id)) problems.push(`${id} is no TXT rule`);
    const lines = Array.isArray(where) && where.length > 0 && where.every((n) => Number.isInteger(n) && n >= 1);
    if (where !== 'file' && !lines) problems.push(`${id}: expected "file" or a list of line numbers`);
  }
  return problems;
}
