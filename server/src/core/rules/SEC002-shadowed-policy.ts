import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC002',
  name: 'shadowed-policy',
  description:
    'Another policy file in the repository is the one GitHub shows or OpenSSF Scorecard scores, not this one.',
  defaultSeverity: 'info',
  kind: 'text',
  check(doc, { context, report }) {
    // The adapter found the other file (core/precedence.ts over the repository's files).
    const { github, scorecard } = context.shadowedBy ?? {};
    if (!github && !scorecard) return;
    const message =
      github && github === scorecard
        ? `GitHub and OpenSSF Scorecard read ${github}, not this file: edits here show neither on the Security tab nor in the Security-Policy score.`
        : github && scorecard
          ? `GitHub shows ${github} on the Security tab and OpenSSF Scorecard scores ${scorecard}, not this file.`
          : github
            ? `GitHub shows ${github} on the Security tab, not this file.`
            : `OpenSSF Scorecard scores ${scorecard}, not this file.`;
    const firstLineEnd = doc.text.search(/\r|\n/);
    report({ start: 0, end: firstLineEnd < 0 ? doc.text.length : firstLineEnd, message });
  },
};
