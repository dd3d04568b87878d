// Labels of the corpus policies (GUIDE.md): facts read off each file by people, never by the linter.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LABELS = join(__dirname, 'labels');

export const CHANNEL_KINDS = ['email', 'advisory', 'form', 'bounty', 'chat', 'policy-link', 'issue', 'other'] as const;
export const PRIVACIES = ['private', 'public', 'placeholder'] as const;

export interface LabelledChannel {
  readonly line: number;
  readonly kind: (typeof CHANNEL_KINDS)[number];
  readonly privacy: (typeof PRIVACIES)[number];
}

export interface LabelledPlaceholder {
  readonly line: number;
  readonly kind: 'email' | 'text';
}

export interface Label {
  readonly file: string;
  readonly languages: readonly string[];
  readonly sound: boolean;
  readonly reportingInstructions: boolean;
  readonly channels: readonly LabelledChannel[];
  readonly timeframe: boolean;
  readonly versionsStatement: boolean;
  readonly templateSentences: boolean;
  readonly templateVersionRows: boolean;
  readonly placeholders: readonly LabelledPlaceholder[];
  readonly mojibake: boolean;
  readonly collapsed: boolean;
  readonly noSupportedVersion: boolean;
  readonly foreignAdvisoryLink: boolean;
  readonly emptySections: readonly number[];
  readonly duplicateSections: readonly number[];
  readonly notes?: string;
}

const BOOLEAN_FIELDS = [
  'sound',
  'reportingInstructions',
  'timeframe',
  'versionsStatement',
  'templateSentences',
  'templateVersionRows',
  'mojibake',
  'collapsed',
  'noSupportedVersion',
  'foreignAdvisoryLink',
] as const;

/** What is wrong with a parsed label file, as messages; empty when it is a valid label for `file`. */
export function labelProblems(value: unknown, file: string): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['not a JSON object'];
  const label = value as Record<string, unknown>;
  const isLine = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
  if (label.file !== file) problems.push(`"file" is ${JSON.stringify(label.file)}, not the name of its corpus file`);
  if (!Array.isArray(label.languages) || label.languages.length === 0 || !label.languages.every((l) => typeof l === 'string' && /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/.test(l))) {
    problems.push('"languages" must list language codes such as "en", "pt", "zh-Hans"');
  }
  for (const field of BOOLEAN_FIELDS) if (typeof label[field] !== 'boolean') problems.push(`"${field}" must be true or false`);
  if (!Array.isArray(label.channels)) problems.push('"channels" must be a list');
  else
    for (const [i, c] of (label.channels as Array<Record<string, unknown>>).entries()) {
      if (!isLine(c?.line) || !CHANNEL_KINDS.includes(c?.kind as never) || !PRIVACIES.includes(c?.privacy as never)) {
        problems.push(`channel ${i + 1}: needs a line, a kind (${CHANNEL_KINDS.join(', ')}) and a privacy (${PRIVACIES.join(', ')})`);
      }
    }
  if (!Array.isArray(label.placeholders)) problems.push('"placeholders" must be a list');
  else
    for (const [i, p] of (label.placeholders as Array<Record<string, unknown>>).entries()) {
      if (!isLine(p?.line) || (p?.kind !== 'email' && p?.kind !== 'text')) problems.push(`placeholder ${i + 1}: needs a line and a kind (email or text)`);
    }
  for (const field of ['emptySections', 'duplicateSections'] as const) {
    if (!Array.isArray(label[field]) || !(label[field] as unknown[]).every(isLine)) problems.push(`"${field}" must be a list of line numbers`);
  }
  if (label.notes !== undefined && typeof label.notes !== 'string') problems.push('"notes" must be text');
  return problems;
}

/** The label files present, by corpus file name. */
export function labelFiles(dir: string = LABELS): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function readLabel(file: string, dir: string = LABELS): Label {
  return JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as Label;
}

/**
 * The development split holds the sets rules are tuned on; the validation split a set nobody reads
 * while changing rules (`npm run eval -- --validation DIR`). Until session 5 a quarter of the shared
 * corpus, by a hash of the name, was the validation split; it was read then and is development data now.
 */
export type Split = 'dev' | 'validation';
