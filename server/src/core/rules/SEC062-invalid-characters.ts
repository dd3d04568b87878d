import type { PolicyDocument } from '../document';
import { isInDamagedMojibake, mojibakeOf } from '../mojibake';
import type { Rule, RuleContext } from '../rule';
import { matchSection } from '../sections';
import type { Fix } from '../types';

/**
 * U+FFFD, C0 controls other than tab, line feed and carriage return, DEL, C1 controls, and lone
 * surrogates (half of a UTF-16 pair, which UTF-8 cannot store).
 */
const INVALID =
  /(?:[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+/g;

/**
 * ASCII characters with no Markdown meaning anywhere: letters, digits and some punctuation.
 * Everything else ASCII can be a marker (`#`, `>`, `-`, `1.`, `|`, `*` …) or part of a link, an
 * autolink, an entity or HTML.
 */
const PLAIN_ASCII = /[A-Za-z0-9,;:!?'"%$]/;
/** How far to look for the rest of the word around a run: longer words get no removal. */
const WORD_LIMIT = 200;

export const rule: Rule = {
  id: 'SEC062',
  name: 'invalid-characters',
  description: 'Replacement characters (U+FFFD), control characters or lone surrogates.',
  defaultSeverity: 'warning',
  kind: 'text',
  input: 'text',
  check(doc, { report }) {
    const mojibake = mojibakeOf(doc);
    let next = 0; // offsets are asked in increasing order
    const inMojibake = (offset: number) => {
      while (next < mojibake.length && mojibake[next]!.end <= offset) next++;
      return next < mojibake.length && mojibake[next]!.start <= offset;
    };
    const opensMarkup = markupScanner(doc.text);
    const insideWord = wordScanner(doc.text);
    const keepsHeading = headingScanner(doc);
    for (const m of doc.text.matchAll(INVALID)) {
      // Split the match where it enters or leaves mojibake: those characters are SEC060's.
      let start = m.index;
      const end = m.index + m[0].length;
      while (start < end) {
        while (start < end && inMojibake(start)) start++;
        let stop = start;
        while (stop < end && !inMojibake(stop)) stop++;
        if (stop > start) {
          const removable = !opensMarkup(start) && insideWord(start, stop) && keepsHeading(start, stop);
          reportRun(doc.text, start, stop, removable, report);
        }
        start = stop;
      }
    }
  },
};

function reportRun(text: string, start: number, end: number, removable: boolean, report: RuleContext['report']): void {
  const run = text.slice(start, end);
  const damaged = run.includes('\uFFFD') && isInDamagedMojibake(text, start, end);
  const why = run.includes('\uFFFD')
    ? 'the text was damaged by a decoding error'
    : /[\uD800-\uDFFF]/.test(run)
      ? 'half of a UTF-16 surrogate pair, which cannot be saved as UTF-8 (editors write U+FFFD instead)'
      : 'control characters are invisible and break tools that read the file';
  report({
    start,
    end,
    message: damaged
      ? `${describe(run)}: what is left of a mojibake sequence that lost a byte; the original character cannot be recovered automatically`
      : removable
        ? `${describe(run)}: ${why}`
        : `${describe(run)}: ${why}; not removed automatically, since deleting it here could change the document's structure`,
    ...(damaged || !removable ? {} : { fixes: [removal(text, start, end)] }),
  });
}

/**
 * Deletes the run. A U+FFFD between two word characters stood for a character that is lost, often a
 * space (a no-break space decoded wrongly): it becomes a space, which like U+FFFD is no word character,
 * so the words around stay apart as every rule read them ("To�report" → "To report", not "Toreport",
 * which no longer asks for a report). A control character was inserted into the text: it just goes.
 */
function removal(text: string, start: number, end: number): Fix {
  const between =
    text.slice(start, end).includes('\uFFFD') && /\w/.test(text[start - 1] ?? '') && /\w/.test(text[end] ?? '');
  return between
    ? { title: 'Replace invalid characters with a space', edits: [{ start, end, newText: ' ' }] }
    : { title: 'Remove invalid characters', edits: [{ start, end, newText: '' }] };
}

/**
 * For runs in increasing order: whether text[start, end) sits inside a word whose other characters
 * have no Markdown meaning, so that deleting it cannot change the structure. Markdown reads these
 * characters as ordinary text (U+0000 as U+FFFD): a run alone between spaces holds a line's
 * indentation, keeps a line from being blank or a list item from being empty, and next to a marker
 * (`#`, `>`, `-`, `|`, a backtick …) it keeps the marker from counting. Inside a word of letters,
 * digits and plain punctuation it does none of that. The word is found and read once for all the
 * runs in it (a 100 KB word of U+FFFD and mojibake holds 40,000 runs).
 */
function wordScanner(text: string): (start: number, end: number) => boolean {
  const isWordChar = (i: number) => i >= 0 && i < text.length && !' \t\r\n'.includes(text[i]!);
  // Controls (other runs) and everything beyond ASCII are plain too, except a byte order mark:
  // deleting the run before one would move it to the start of the file, where it is dropped.
  const isPlain = (i: number) => {
    const code = text.charCodeAt(i);
    return code < 0x20 || (code >= 0x7f && code !== 0xfeff) || PLAIN_ASCII.test(text[i]!);
  };
  let word = { start: 0, end: 0, plain: false };
  return (start, end) => {
    if (start >= word.end) {
      let from = start;
      let to = end;
      while (isWordChar(from - 1)) from--;
      while (isWordChar(to)) to++;
      let plain = true;
      for (let i = from; i < to && plain; i++) plain = isPlain(i);
      word = { start: from, end: to, plain };
    }
    // Runs are plain: other characters are what makes the word. Longer words get no removal.
    return (
      word.plain &&
      start - word.start <= WORD_LIMIT &&
      word.end - end <= WORD_LIMIT &&
      word.end - word.start > end - start
    );
  };
}

/**
 * For runs in increasing order: whether deleting text[start, end) leaves the section a heading
 * around it names as it is. U+FFFD reads as a space there: "Report�ng" still names the reporting
 * section, "Reportng" does not.
 */
function headingScanner(doc: PolicyDocument): (start: number, end: number) => boolean {
  const headings = [...doc.headings].sort((a, b) => a.start - b.start);
  let next = 0;
  return (start, end) => {
    while (next < headings.length && headings[next]!.end <= start) next++;
    const heading = headings[next];
    if (!heading || start < heading.start) return true;
    const before = doc.text.slice(heading.start, heading.end);
    const after = doc.text.slice(heading.start, start) + doc.text.slice(end, heading.end);
    return [false, true].every((table) => matchSection(before, table) === matchSection(after, table));
  };
}

/**
 * For offsets in increasing order: whether a `<` or `[` comes before the offset in the same
 * paragraph (since the last blank line). An HTML tag, an autolink or a link label may then hold
 * the characters, and deleting them would make it valid.
 */
function markupScanner(text: string): (offset: number) => boolean {
  let scanned = 0;
  let open = false;
  let lineBlank = true;
  return (offset) => {
    for (; scanned < offset; scanned++) {
      const c = text[scanned]!;
      if (c === '\n' || c === '\r') {
        if (lineBlank && !(c === '\n' && text[scanned - 1] === '\r')) open = false;
        lineBlank = true;
      } else if (c !== ' ' && c !== '\t') {
        lineBlank = false;
        if (c === '<' || c === '[') open = true;
      }
    }
    return open;
  };
}

function describe(run: string): string {
  const names = [...new Set([...run].map(name))];
  const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
  return `${run.length === 1 ? 'Invalid character' : `${run.length} invalid characters`} (${listed})`;
}

function name(c: string): string {
  const code = c.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0xfffd) return `${hex} replacement character`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex} lone surrogate`;
  if (code === 0) return `${hex} NUL`;
  if (code <= 0x1f) return `${hex} control character`;
  if (code === 0x7f) return `${hex} DEL`;
  return `${hex} C1 control character`;
}
