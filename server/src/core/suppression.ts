// Inline suppression, markdownlint-style:
//   <!-- security-policy-disable SEC013 SEC022 -->     from here on (no ids: every rule)
//   <!-- security-policy-enable SEC013 -->             from here on again
//   <!-- security-policy-disable-next-line SEC022 -->  the line after the comment
//   <!-- security-policy-disable-line SEC022 -->       the comment's own line
// Comments in code are examples, not directives. A finding is placed by where it starts.
import { eolOf, lineOf, type Comment, type PolicyDocument } from './document';
import type { Finding, TextEdit } from './types';

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface Directive {
  readonly kind: DirectiveKind;
  /** Rule ids, or undefined for every rule. */
  readonly rules?: readonly string[];
  readonly comment: Comment;
}

const DIRECTIVE = /^\s*security-policy-(disable-next-line|disable-line|disable|enable)((?:[\s,]+SEC\d{3})*)[\s,]*$/i;

function directivesOf(doc: PolicyDocument): Directive[] {
  const directives: Directive[] = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const rules = m[2]!.match(/SEC\d{3}/gi)?.map((id) => id.toUpperCase());
    directives.push({ kind: m[1]!.toLowerCase() as DirectiveKind, ...(rules ? { rules } : {}), comment });
  }
  return directives;
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.rules === undefined || directive.rules.includes(ruleId);
}

/** The findings that no suppression comment silences. */
export function withoutSuppressed(doc: PolicyDocument, findings: readonly Finding[]): Finding[] {
  const directives = directivesOf(doc);
  if (directives.length === 0) return [...findings];
  return findings.filter((finding) => !isSuppressed(doc, directives, finding));
}

function isSuppressed(doc: PolicyDocument, directives: readonly Directive[], finding: Finding): boolean {
  const line = lineOf(doc, finding.start);
  let disabled = false;
  for (const d of directives) {
    if (!covers(d, finding.ruleId)) continue;
    switch (d.kind) {
      case 'disable-next-line':
        if (lineOf(doc, d.comment.end) + 1 === line) return true;
        break;
      case 'disable-line':
        if (lineOf(doc, d.comment.start) <= line && line <= lineOf(doc, d.comment.end)) return true;
        break;
      default:
        if (d.comment.end <= finding.start) disabled = d.kind === 'disable';
    }
  }
  return disabled;
}

/**
 * "Disable RULE for this file": adds the rule to a `disable` comment that opens the file, or puts
 * one there.
 */
export function disableForFileEdit(doc: PolicyDocument, ruleId: string): TextEdit {
  const opening = directivesOf(doc).find((d) => d.kind === 'disable' && doc.text.slice(0, d.comment.start).trim().replace(/^\ufeff/, '') === '');
  if (opening?.rules) return mergeEdit(opening, ruleId);
  const at = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { start: at, end: at, newText: `<!-- security-policy-disable ${ruleId} -->${eolOf(doc.text)}` };
}

/**
 * "Disable RULE for this line": a `disable-next-line` comment on its own line above a heading or a
 * paragraph's first line; elsewhere (a table row, a list item, inside a paragraph) a comment line
 * would change how the document renders, so a `disable-line` comment goes at the end of the line.
 * Undefined inside code, where any comment would become visible text.
 */
export function disableForLineEdit(doc: PolicyDocument, finding: Finding): TextEdit | undefined {
  if (doc.codeBlocks.some((c) => c.start <= finding.start && finding.start < c.end)) return undefined;
  const line = lineOf(doc, finding.start);
  const lineStart = doc.lineStarts[line]!;
  const directives = directivesOf(doc);
  const startsBlock = doc.tree.children.some(
    (node) => (node.type === 'heading' || node.type === 'paragraph') && node.position?.start.offset === lineStart + indentOf(doc, lineStart),
  );
  if (startsBlock) {
    const above = directives.find((d) => d.kind === 'disable-next-line' && d.rules && lineOf(doc, d.comment.end) + 1 === line);
    if (above) return mergeEdit(above, finding.ruleId);
    return { start: lineStart, end: lineStart, newText: `<!-- security-policy-disable-next-line ${finding.ruleId} -->${eolOf(doc.text)}` };
  }
  const onLine = directives.find((d) => d.kind === 'disable-line' && d.rules && lineOf(doc, d.comment.start) === line);
  if (onLine) return mergeEdit(onLine, finding.ruleId);
  const lineEnd = lineContentEnd(doc, line);
  return { start: lineEnd, end: lineEnd, newText: ` <!-- security-policy-disable-line ${finding.ruleId} -->` };
}

function mergeEdit(directive: Directive, ruleId: string): TextEdit {
  const rules = [...(directive.rules ?? []), ruleId];
  return {
    start: directive.comment.start,
    end: directive.comment.end,
    newText: `<!-- security-policy-${directive.kind} ${rules.join(' ')} -->`,
  };
}

function indentOf(doc: PolicyDocument, lineStart: number): number {
  return /^[ \t]*/.exec(doc.text.slice(lineStart, lineStart + 16))![0].length;
}

/** End of a line's text, before trailing white space (which may be a hard line break) and the line break. */
function lineContentEnd(doc: PolicyDocument, line: number): number {
  const start = doc.lineStarts[line]!;
  let end = doc.lineStarts[line + 1] ?? doc.text.length;
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  return end;
}
