// Suppression comments in security.txt, as the Markdown ones (../suppression.ts) but as `#` comment
// lines, the only comments RFC 9116 §4 has:
//   # security-policy-disable TXT050 TXT062          from here on (no ids: every rule)
//   # security-policy-enable TXT050                  from here on again
//   # security-policy-disable-next-line TXT050       the next line that is not a comment
// There is no `disable-line`: a `#` after a value is part of the value. A finding is placed by the
// line it starts on. Inside a signed message the comments count too, but no quick fix adds one there:
// any edit breaks the signature.
import { countAtMost } from '../sorted';
import type { Finding, TextEdit } from '../types';
import type { SecurityTxt, TxtLine } from './parse';
import { eolOf, isSignedEdit } from './rule';

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

interface Directive {
  readonly kind: DirectiveKind;
  /** Rule ids, or undefined for every rule. */
  readonly rules?: readonly string[];
  readonly line: TxtLine;
}

const DIRECTIVE = /^#\s*security-policy-(disable-next-line|disable|enable)((?:[\s,]+TXT\d{3})*)[\s,]*$/i;

function directivesOf(txt: SecurityTxt): Directive[] {
  const directives: Directive[] = [];
  for (const line of txt.lines) {
    // Cheap test first: most lines are fields.
    if (!line.text.includes('security-policy-')) continue;
    const m = DIRECTIVE.exec(commentText(txt, line));
    if (!m) continue;
    const rules = m[2]!.match(/TXT\d{3}/gi)?.map((id) => id.toUpperCase());
    directives.push({ kind: m[1]!.toLowerCase() as DirectiveKind, ...(rules ? { rules } : {}), line });
  }
  return directives;
}

/** The line's text as a comment would read it: trimmed, without the "- " of dash-escaping in a signed message. */
function commentText(txt: SecurityTxt, line: TxtLine): string {
  const sig = txt.signature;
  const signed = sig !== undefined && line.index >= sig.bodyFrom && line.index < sig.bodyTo;
  return (signed && line.text.startsWith('- ') ? line.text.slice(2) : line.text).trim();
}

function isComment(txt: SecurityTxt, line: TxtLine): boolean {
  return commentText(txt, line).startsWith('#');
}

/** The findings no suppression comment silences. */
export function withoutSuppressedTxt(txt: SecurityTxt, findings: readonly Finding[]): Finding[] {
  const directives = directivesOf(txt);
  if (directives.length === 0) return [...findings];
  // Per line: the rules silenced on it ('all' for every rule). Lines are few; a sweep in line order.
  const silenced = new Array<Set<string> | 'all' | undefined>(txt.lines.length);
  const add = (index: number, rules: readonly string[] | undefined): void => {
    const current = silenced[index];
    if (current === 'all') return;
    if (!rules) silenced[index] = 'all';
    else silenced[index] = new Set([...(current ?? []), ...rules]);
  };
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    let next = d.line.index + 1;
    while (next < txt.lines.length && isComment(txt, txt.lines[next]!)) next++;
    if (next < txt.lines.length) add(next, d.rules);
  }
  // disable/enable: one sweep over the findings in line order, keeping the latest directive passed,
  // for every rule and per rule (`at` orders them), as the Markdown suppression does.
  const regions = directives.filter((d) => d.kind !== 'disable-next-line');
  let forAll: { at: number; disabled: boolean } | undefined;
  const perRule = new Map<string, { at: number; disabled: boolean }>();
  let next = 0;
  const lineOf = findings.map((f) => lineIndexAt(txt, f.start));
  const order = findings.map((_, i) => i).sort((a, b) => lineOf[a]! - lineOf[b]!);
  const kept = new Array<boolean>(findings.length).fill(true);
  for (const i of order) {
    const line = lineOf[i]!;
    for (; next < regions.length && regions[next]!.line.index < line; next++) {
      const d = regions[next]!;
      const state = { at: next, disabled: d.kind === 'disable' };
      if (!d.rules) forAll = state;
      else for (const id of d.rules) perRule.set(id, state);
    }
    const finding = findings[i]!;
    const onLine = silenced[line];
    if (onLine === 'all' || onLine?.has(finding.ruleId)) kept[i] = false;
    else {
      const own = perRule.get(finding.ruleId);
      const latest = own && (!forAll || own.at > forAll.at) ? own : forAll;
      kept[i] = !(latest?.disabled ?? false);
    }
  }
  return findings.filter((_, i) => kept[i]);
}

/** The 0-based line an offset lies on (a BOM or the text end counts as the nearest line). */
function lineIndexAt(txt: SecurityTxt, offset: number): number {
  return Math.max(0, countAtMost(txt.lines, offset, (line) => line.start) - 1);
}

/**
 * "Disable RULE for this line": a `disable-next-line` comment on its own line above the finding's
 * line, or the rule added to one that is there. Undefined where the line is signed.
 */
export function disableTxtLineEdit(txt: SecurityTxt, finding: Finding): TextEdit | undefined {
  if (txt.lines.length === 0) return undefined;
  const line = txt.lines[lineIndexAt(txt, finding.start)]!;
  const above = directivesOf(txt).find(
    (d) => d.kind === 'disable-next-line' && d.rules && d.line.index === line.index - 1,
  );
  if (above) return signedOrEdit(txt, mergeEdit(above, finding.ruleId));
  return signedOrEdit(txt, {
    start: line.start,
    end: line.start,
    newText: `# security-policy-disable-next-line ${finding.ruleId}${eolOf(txt)}`,
  });
}

/** "Disable RULE for this file": the rule added to a `disable` comment opening the file, or one put there. */
export function disableTxtFileEdit(txt: SecurityTxt, ruleId: string): TextEdit | undefined {
  const first = txt.lines.find((l) => l.text.trim() !== '');
  const opening = directivesOf(txt).find((d) => d.kind === 'disable' && d.line === first);
  if (opening?.rules) return signedOrEdit(txt, mergeEdit(opening, ruleId));
  const at = txt.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return signedOrEdit(txt, { start: at, end: at, newText: `# security-policy-disable ${ruleId}${eolOf(txt)}` });
}

function mergeEdit(directive: Directive, ruleId: string): TextEdit {
  const { line } = directive;
  const lead = line.text.startsWith('- ') ? 2 : 0;
  return {
    start: line.start + lead,
    end: line.end,
    newText: `# security-policy-${directive.kind} ${[...(directive.rules ?? []), ruleId].join(' ')}`,
  };
}

function signedOrEdit(txt: SecurityTxt, edit: TextEdit): TextEdit | undefined {
  return isSignedEdit(txt, edit) ? undefined : edit;
}
