import { collapseEvidence } from '../collapsed';
import { lineOf } from '../document';
import { restoreLineBreaks } from '../linebreaks';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC080',
  name: 'collapsed-document',
  description: 'The line breaks are lost: headings sit in the middle of lines.',
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, { report }) {
    const evidence = collapseEvidence(doc);
    if (!evidence) return;
    const first = evidence.markers[0];
    const line = lineOf(doc, first ?? doc.text.search(/\S/));
    const lineStart = doc.lineStarts[line]!;
    const lineEnd = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1]! : doc.text.length;
    const content = doc.text.slice(lineStart, lineEnd);
    const start = lineStart + content.search(/\S|$/);
    const end = lineStart + content.trimEnd().length;
    const paused =
      'Structure checks (missing, empty and duplicate sections) are paused until the line breaks are restored.';
    const message =
      first === undefined
        ? `The whole document (${doc.text.trim().length} characters) is on one line: its line breaks were probably lost, so its headings, lists and tables do not render. ${paused}`
        : `Headings sit in the middle of lines (${evidence.markers.length} heading markers such as “${markerText(doc.text, first)}” do not start a line): the line breaks were probably lost, so these headings do not render as headings. ${paused}`;
    // No fix when restoring the breaks would not remove the collapse or would change what lines it
    // does not touch mean (linebreaks.ts): the finding stands on its own.
    const edits = restoreLineBreaks(doc, evidence);
    const fixes =
      edits.length > 0
        ? [{ title: 'Restore line breaks before headings, list items and table rows', edits }]
        : undefined;
    report({ start, end, message, ...(fixes ? { fixes } : {}) });
  },
};

/** The marker and the first few words after it, for the message. */
function markerText(text: string, at: number): string {
  const words = /^#{2,6}[ \t]+\S+(?:[ \t]+\S+){0,3}/.exec(text.slice(at, at + 80))?.[0] ?? text.slice(at, at + 20);
  return words.length < 80 ? `${words} …` : words;
}
