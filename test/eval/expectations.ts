// What each rule should report on a labelled policy: the labels' facts turned into rule outcomes.
// Rules that report the document as a whole are judged per file; rules that report places labelled
// on every line they stand (placeholders, headings) are judged per line. Channels are labelled on
// their first mention only, so SEC012 is judged per file.
import type { CorpusEntry } from '../corpus';
import type { Label } from './labels';

export type Expectation =
  /** The rule should (or should not) report this file. */
  | { readonly per: 'file'; readonly expected: boolean; readonly because: string }
  /** The rule should report exactly these lines (a finding covers the lines from its start to its end). */
  | { readonly per: 'line'; readonly lines: readonly number[]; readonly because: string };

/** The rules the labels say something about; the others are counted but not judged. */
export const JUDGED_RULES = [
  'SEC001', 'SEC010', 'SEC011', 'SEC012', 'SEC013', 'SEC015', 'SEC020', 'SEC021', 'SEC022', 'SEC023',
  'SEC030', 'SEC040', 'SEC060', 'SEC080', 'SEC081', 'SEC082',
] as const;

/** Rules about headings and sections, which stay silent on a collapsed document (its headings are not headings yet). */
const STRUCTURE_RULES = new Set(['SEC010', 'SEC015', 'SEC081', 'SEC082']);

/** GitHub honours a policy in the root, `.github/` or `docs/`. */
const POLICY_LOCATION = /^(?:\.github\/|docs\/)?[^/]+$/i;

export function expectationsOf(label: Label, entry: CorpusEntry): Map<string, Expectation> {
  const out = new Map<string, Expectation>();
  const file = (rule: string, expected: boolean, because: string) => out.set(rule, { per: 'file', expected, because });
  const lines = (rule: string, found: readonly number[], because: string) => out.set(rule, { per: 'line', lines: [...new Set(found)].sort((a, b) => a - b), because });

  const priv = label.channels.filter((c) => c.privacy === 'private');
  const pub = label.channels.filter((c) => c.privacy === 'public');
  const describe = (cs: Label['channels']) => cs.map((c) => `${c.kind} on line ${c.line}`).join(', ');

  file('SEC001', !POLICY_LOCATION.test(entry.path), `the policy is at ${entry.path}`);
  file('SEC010', !label.reportingInstructions, label.reportingInstructions ? 'the policy says how to report' : 'the policy never says how to report');
  file('SEC011', priv.length === 0, priv.length ? `private channels: ${describe(priv)}` : `no private channel (${label.channels.length ? describe(label.channels) : 'no channel at all'})`);
  file('SEC012', priv.length === 0 && pub.length > 0, priv.length ? `a private channel exists: ${describe(priv)}` : pub.length ? `public-only channels: ${describe(pub)}` : 'no public channel');
  file('SEC013', !label.timeframe, label.timeframe ? 'the policy states a timeframe' : 'no timeframe stated');
  file('SEC015', !label.versionsStatement, label.versionsStatement ? 'the policy says which versions get fixes' : 'no versions statement');
  file('SEC020', label.templateSentences, label.templateSentences ? 'GitHub template sentences left in' : 'no template sentences');
  file('SEC021', label.templateVersionRows, label.templateVersionRows ? 'GitHub template version rows left in' : 'no template version rows');
  const emails = label.placeholders.filter((p) => p.kind === 'email').map((p) => p.line);
  const texts = label.placeholders.filter((p) => p.kind === 'text').map((p) => p.line);
  lines('SEC022', emails, emails.length ? `placeholder addresses on lines ${emails.join(', ')}` : 'no placeholder address');
  lines('SEC023', texts, texts.length ? `placeholder text on lines ${texts.join(', ')}` : 'no placeholder text');
  file('SEC030', label.foreignAdvisoryLink, label.foreignAdvisoryLink ? `links another repository's advisories (not ${entry.repo})` : 'no advisory link of another repository');
  file('SEC040', label.noSupportedVersion, label.noSupportedVersion ? 'a versions table with no supported row' : 'no versions table without a supported row');
  file('SEC060', label.mojibake, label.mojibake ? 'mojibake' : 'no mojibake');
  file('SEC080', label.collapsed, label.collapsed ? 'line breaks lost' : 'line breaks intact');
  lines('SEC081', label.emptySections, label.emptySections.length ? `empty sections on lines ${label.emptySections.join(', ')}` : 'no empty section');
  lines('SEC082', label.duplicateSections, label.duplicateSections.length ? `repeated sections on lines ${label.duplicateSections.join(', ')}` : 'no repeated section');
  if (label.collapsed) for (const rule of STRUCTURE_RULES) out.delete(rule);
  return out;
}
