// Inline suppression, markdownlint-style:
//   <!-- security-policy-disable SEC013 SEC022 -->     from here on (no ids: every rule)
//   <!-- security-policy-enable SEC013 -->             from here on again
//   <!-- security-policy-disable-next-line SEC022 -->  the line after the comment
//   <!-- security-policy-disable-line SEC022 -->       the comment's own line
// Comments in code are examples, not directives. A finding is placed by where it starts.
import { eolOf, lineOf, type Comment, type PolicyDocument } from './document';
import type { Nodes } from 'mdast';
import { isParsed } from './policyModel';
import type { Finding, TextEdit } from './types';
import { reparsedKeepingVisibility } from './keepsMeaning';

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

/** The findings that no suppression comment silences. */
export function withoutSuppressed(doc: PolicyDocument, findings: readonly Finding[]): Finding[] {
  const directives = directivesOf(doc);
  if (directives.length === 0) return [...findings];
  const silenced = silencedFindings(doc, directives, findings);
  return findings.filter((_, i) => !silenced[i]);
}

/** Rule ids silenced on one line, or every rule. */
type Silenced = Set<string> | 'all';

function silence(lines: Map<number, Silenced>, line: number, rules: readonly string[] | undefined): void {
  const current = lines.get(line);
  if (current === 'all') return;
  if (!rules) lines.set(line, 'all');
  else if (current) for (const id of rules) current.add(id);
  else lines.set(line, new Set(rules));
}

/**
 * For each finding, whether a directive silences it: line directives through a map of lines,
 * `disable` and `enable` in one sweep over the findings in order of position, keeping the latest
 * directive per rule (and the latest for every rule). Asking every directive about every finding
 * was quadratic on a file of thousands of comments.
 */
function silencedFindings(
  doc: PolicyDocument,
  directives: readonly Directive[],
  findings: readonly Finding[],
): boolean[] {
  const lines = new Map<number, Silenced>();
  const regions: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') silence(lines, lineOf(doc, d.comment.end) + 1, d.rules);
    else if (d.kind === 'disable-line') {
      for (let line = lineOf(doc, d.comment.start); line <= lineOf(doc, d.comment.end); line++)
        silence(lines, line, d.rules);
    } else regions.push(d);
  }
  regions.sort((a, b) => a.comment.end - b.comment.end);
  // The latest `disable` or `enable` passed so far (`at` is its place in `regions`): for every rule, and per rule.
  let forAll: { at: number; disabled: boolean } | undefined;
  const perRule = new Map<string, { at: number; disabled: boolean }>();
  let next = 0;
  const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start);
  const silenced = new Array<boolean>(findings.length).fill(false);
  for (const i of order) {
    const finding = findings[i]!;
    for (; next < regions.length && regions[next]!.comment.end <= finding.start; next++) {
      const d = regions[next]!;
      const state = { at: next, disabled: d.kind === 'disable' };
      if (!d.rules) forAll = state;
      else for (const id of d.rules) perRule.set(id, state);
    }
    const onLine = lines.get(lineOf(doc, finding.start));
    if (onLine === 'all' || onLine?.has(finding.ruleId)) silenced[i] = true;
    else {
      const own = perRule.get(finding.ruleId);
      const latest = own && (!forAll || own.at > forAll.at) ? own : forAll;
      silenced[i] = latest?.disabled ?? false;
    }
  }
  return silenced;
}

/**
 * "Disable RULE for this file": adds the rule to a `disable` comment that opens the file, or puts
 * one there.
 */
export function disableForFileEdit(doc: PolicyDocument, ruleId: string): TextEdit | undefined {
  const opening = directivesOf(doc).find(
    (d) =>
      d.kind === 'disable' &&
      doc.text
        .slice(0, d.comment.start)
        .trim()
        .replace(/^\ufeff/, '') === '',
  );
  if (opening?.rules) return keptVisible(doc, mergeEdit(opening, ruleId));
  const at = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return keptVisible(doc, {
    start: at,
    end: at,
    newText: `<!-- security-policy-disable ${ruleId} -->${eolOf(doc.text)}`,
  });
}

/**
 * The edit, unless it changes what the rest of the document shows or hides (keepsMeaning.ts): a
 * comment line can turn the indented line after it into code, an appended comment a link definition
 * into text. Checked by parsing the result, which a document the parser is not given (over the size
 * cap) cannot be: there the edit stands as it is.
 */
function keptVisible(doc: PolicyDocument, edit: TextEdit | undefined): TextEdit | undefined {
  // The default cap, not the user's: a code action must not parse megabytes to check one comment.
  if (!edit || !isParsed(doc.text)) return edit;
  return reparsedKeepingVisibility(doc, [edit]) ? edit : undefined;
}

/**
 * "Disable RULE for this line": a `disable-next-line` comment on its own line above a heading or a
 * paragraph's first line; elsewhere (a table row, a list item, inside a paragraph) a comment line
 * would change how the document renders, so a `disable-line` comment goes at the end of the line.
 * Undefined inside code, where any comment would become visible text, and where the line ends
 * inside an HTML comment or a code span that goes on to the next line: there a comment would close
 * the hidden one early, showing the rest, or become visible text.
 */
export function disableForLineEdit(doc: PolicyDocument, finding: Finding): TextEdit | undefined {
  if (doc.codeBlocks.some((c) => c.start <= finding.start && finding.start < c.end)) return undefined;
  const line = lineOf(doc, finding.start);
  const lineStart = doc.lineStarts[line]!;
  const directives = directivesOf(doc);
  const startsBlock = doc.tree.children.some(
    (node) =>
      (node.type === 'heading' || node.type === 'paragraph') &&
      node.position?.start.offset === lineStart + indentOf(doc, lineStart),
  );
  if (startsBlock) {
    const above = directives.find(
      (d) => d.kind === 'disable-next-line' && d.rules && lineOf(doc, d.comment.end) + 1 === line,
    );
    if (above) return keptVisible(doc, mergeEdit(above, finding.ruleId));
    return keptVisible(doc, {
      start: lineStart,
      end: lineStart,
      newText: `<!-- security-policy-disable-next-line ${finding.ruleId} -->${eolOf(doc.text)}`,
    });
  }
  const onLine = directives.find((d) => d.kind === 'disable-line' && d.rules && lineOf(doc, d.comment.start) === line);
  if (onLine) return keptVisible(doc, mergeEdit(onLine, finding.ruleId));
  const lineEnd = lineContentEnd(doc, line);
  if (hiddenRanges(doc).some((r) => r.start < lineEnd && lineEnd < r.end) || opensComment(doc, line, lineEnd))
    return undefined;
  return keptVisible(doc, {
    start: lineEnd,
    end: lineEnd,
    newText: ` <!-- security-policy-disable-line ${finding.ruleId} -->`,
  });
}

/**
 * Whether a `<!--` that nothing closes stands in the paragraph before `lineEnd`: shown as text
 * now, it would pair with the `-->` of an appended comment and hide everything between.
 */
function opensComment(doc: PolicyDocument, line: number, lineEnd: number): boolean {
  let first = line;
  while (first > 0 && doc.text.slice(doc.lineStarts[first - 1], doc.lineStarts[first]).trim() !== '') first--;
  const before = doc.text.slice(doc.lineStarts[first], lineEnd);
  const open = before.lastIndexOf('<!--');
  return open >= 0 && before.indexOf('-->', open + 2) < 0;
}

/**
 * What a reader does not see as text: HTML comments (closed or not), code spans and code blocks.
 * From the tree, where there is one, and from the comments and code blocks a document built without
 * parsing keeps.
 */
function hiddenRanges(doc: PolicyDocument): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [...doc.comments, ...doc.codeBlocks];
  const stack: Nodes[] = [doc.tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'inlineCode' || node.type === 'code') ranges.push({ start, end });
      if (node.type === 'html') {
        // An opener without its `-->` hides the rest of the HTML.
        for (const m of doc.text.slice(start, end).matchAll(/<!--[\s\S]*?(?:-->|$(?![\s\S]))/g))
          ranges.push({ start: start + m.index, end: start + m.index + m[0].length });
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return ranges;
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
