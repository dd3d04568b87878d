// What security.txt rules share: their type, and fixes that respect a signature.
import type { CheckedRule } from '../rule';
import type { Fix, TextEdit } from '../types';
import { isSignedAt, type SecurityTxt, type TxtLine } from './parse';

export type TxtRule = CheckedRule<SecurityTxt>;

/** Appended to a finding whose fix would touch signed text. */
export const RESIGN =
  ' The file is signed: change its unsigned source and sign it again (no quick fix is offered, as any edit here breaks the signature).';

/**
 * `fixes` unless one of them edits signed text, in which case none is offered and the message says
 * the file must be re-signed: an edit would silently invalidate the signature.
 */
export function signedAware(
  txt: SecurityTxt,
  message: string,
  fixes: readonly Fix[],
): { message: string; fixes?: readonly Fix[] } {
  if (fixes.length === 0) return { message };
  const touchesSigned = fixes.some((f) => f.edits.some((e) => isSignedEdit(txt, e)));
  return touchesSigned ? { message: message + RESIGN } : { message, fixes };
}

/** Whether an edit touches the signed text or its frame. */
export function isSignedEdit(txt: SecurityTxt, edit: TextEdit): boolean {
  return isSignedAt(txt, edit.start) || isSignedAt(txt, Math.max(edit.start, edit.end - 1));
}

/** The line separator the file uses most (LF when it has none). */
export function eolOf(txt: SecurityTxt): string {
  let crlf = 0;
  let lf = 0;
  for (const l of txt.lines) {
    if (l.eol === '\r\n') crlf++;
    else if (l.eol === '\n') lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Deletes a whole line with its separator (the one before it, for a last line without one). */
export function removeLineEdit(txt: SecurityTxt, line: TxtLine): TextEdit {
  if (line.eol !== '' || line.index === 0) return { start: line.start, end: line.end + line.eol.length, newText: '' };
  const previous = txt.lines[line.index - 1]!;
  return { start: previous.end, end: line.end, newText: '' };
}

/** Inserts `Name: value` on a line of its own after the last field (or at the end of the text). */
export function insertFieldEdit(txt: SecurityTxt, fieldLine: string): TextEdit {
  const eol = eolOf(txt);
  const last = txt.fields.at(-1)?.line ?? txt.lines.at(-1);
  if (!last) return { start: txt.text.length, end: txt.text.length, newText: fieldLine + eol };
  if (last.eol === '') return { start: last.end, end: last.end, newText: eol + fieldLine + eol };
  const at = last.end + last.eol.length;
  return { start: at, end: at, newText: fieldLine + eol };
}

/** The range of a line's text without surrounding white space (the line start when it is blank). */
export function trimmedRange(line: TxtLine): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  const start = line.start + lead;
  return { start, end: Math.max(start, line.start + line.text.trimEnd().length) };
}

/** Where a finding about the whole file goes: the first line with text (the file start when there is none). */
export function firstLineRange(txt: SecurityTxt): { start: number; end: number } {
  const first = txt.lines.find((l) => l.text.trim() !== '');
  return first ? trimmedRange(first) : { start: 0, end: 0 };
}
