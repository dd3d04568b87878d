import { ABOUT_THE_FILE, channelsOf, mayHaveUnreadChannel, mentionsReporting } from '../channels';
import { documentAnchor, sectionsOf, type PolicyDocument } from '../document';
import { insertSectionFix } from '../fixes';
import { REPORTING_WORD } from '../languages';
import { requiresSection } from '../requirements';
import type { Rule } from '../rule';
import { countAtMost } from '../sorted';
import { templateSentences } from '../templateText';
import { matchesIn } from '../regexpMatches';

export const rule: Rule = {
  id: 'SEC010',
  name: 'reporting-section',
  description:
    'The policy never says how to report a vulnerability: no channel, and no reporting section of its own words.',
  defaultSeverity: 'error',
  kind: 'structure',
  check(doc, { context, report }) {
    if (!requiresSection(context, 'reporting')) return;
    // Any channel is an instruction, wherever it stands and whatever heading it has (or none):
    // whether it is private is SEC011's question, whether it is filled in SEC022's and SEC023's.
    if (channelsOf(doc).length > 0) return;
    const sections = sectionsOf(doc, 'reporting');
    const authored = authoredText(doc);
    // A reporting section's own words instruct where they ask for a report or a message; text about
    // release notes or upgrades under that heading does not tell a reporter what to do.
    if (sections.some((h) => REPORTING_WORD.test(authored.slice(h.end, h.contentEnd)))) return;
    if (mentionsReporting(doc, authored)) return;
    report({
      ...documentAnchor(doc),
      uncertain: mayHaveUnreadChannel(doc),
      ...(sections.length > 0
        ? {
            message:
              'The reporting section does not say how to report a vulnerability: name a private channel (an address, a form, GitHub private vulnerability reporting).',
          }
        : {
            message:
              'Nothing in this policy says how to report a vulnerability: add a "Reporting a Vulnerability" section with a private channel.',
            fixes: [insertSectionFix(doc, 'reporting')],
          }),
    });
  },
};

/**
 * The prose without headings and tables (titles, not instructions; channels in them are counted
 * above) and without GitHub's template sentences, which instruct the author, not the reporter. Code is
 * not the author's instructions either, even where a policy in a fence has its channels read.
 */
function authoredText(doc: PolicyDocument): string {
  const chars = doc.prose.split('');
  for (const { start, end } of [...doc.headings, ...doc.tables, ...templateSentences(doc)]) chars.fill(' ', start, end);
  // Sentences about what the file should hold describe a policy, they are not one; where one says
  // what it should hold ("The file should contain …"), so do the lines after it, to the next heading
  // ("This may include: - a contact …").
  // When the reporter may go public is not how to reach the maintainers.
  for (const m of matchesIn(doc.prose, PUBLIC_DISCLOSURE)) chars.fill(' ', m.index, m.index + m[0].length);
  const headingStarts = doc.headings.map((h) => h.start);
  for (const m of chars.join('').matchAll(new RegExp(ABOUT_THE_FILE.source, 'gi'))) {
    const { start, end } = sentenceAt(doc.prose, m.index, m.index + m[0].length);
    const guide = SHOULD_HOLD.test(m[0]);
    chars.fill(' ', start, guide ? (headingStarts[countAtMost(headingStarts, end)] ?? chars.length) : end);
  }
  // "Please include in your report:", "报告建议包含：" over a list: what a report holds, not where it goes.
  for (const m of matchesIn(doc.prose, LINE)) {
    const line = m[0].trim();
    if (/[:：]$/.test(line) && REPORT_HOLDS.test(line) && !/@|:\/\//.test(line))
      chars.fill(' ', m.index, m.index + m[0].length);
  }
  return chars.join('');
}

const LINE = /^.+$/gm;
/** Words that say what something holds: "include", "enthalten", "包含", "含め". */
const CONTENT_VERB =
  /\b(?:includ\w*|contain\w*|provide|specify|enthalt\w*|angeben|inclu\w*|indiqu\w*|indic\w*|includere|включ\w*|указ\w*)|包含|包括|附上|注明|含め|記載|포함/iu;
/** The report and what it holds in one clause ("report should include", "include in your report"), no comma between. */
const REPORT_HOLDS = new RegExp(
  `(?:${REPORTING_WORD.source})[^,，.;:：]{0,25}?(?:${CONTENT_VERB.source})|(?:${CONTENT_VERB.source})[^,，.;:：]{0,25}?(?:${REPORTING_WORD.source})`,
  'iu',
);

/** "before you disclose it", "disclose it publicly": going public, not reporting. */
const PUBLIC_DISCLOSURE =
  /\b(?:before|prior\s+to|until|after)\s+(?:you\s+|we\s+|they\s+)?(?:\w+\s+)?(?:publicly\s+)?disclos\w*|\bdisclos\w*(?:\s+\w+){0,3}?\s+(?:publicly|to\s+the\s+public|in\s+public)\b/gi;
/** "The file should …", "a security policy may …": what a policy should hold, as a guide says it. */
const SHOULD_HOLD = /\b(?:should|must|may|can|could|will|would)\b/i;

/** The sentence around a match: to the nearest full stop or line break, at most 150 characters each way. */
function sentenceAt(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(Math.max(0, start - 150), start);
  const after = text.slice(end, end + 150);
  const cut = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf('\n'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
  );
  const stop = after.search(/[.!?\n]/);
  return { start: start - before.length + cut + 1, end: stop < 0 ? end + after.length : end + stop };
}
