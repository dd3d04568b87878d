// Inputs shaped against the Markdown parser (issue 14): micromark/remark take far more than linear
// time on them. Shared by the timing table (`npx tsx scripts/measure-limits.ts --parser`), the fuzzer's
// adversarial documents (test/unit/mutations.ts), the unit test of the guard (parserShapes.test.ts) and
// the protocol test (test/protocol/parser-deadline.slow.ts).

export interface ParserShape {
  readonly name: string;
  /** The shape at about `size` characters (never more). */
  readonly make: (size: number) => string;
}

/** `unit` repeated to `size` characters. */
function repeated(unit: string): (size: number) => string {
  return (size) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

/** `open` n times, a middle, `close` n times, to about `size` characters. */
function around(open: string, middle: string, close: string): (size: number) => string {
  return (size) => {
    const n = Math.max(1, Math.floor((size - middle.length) / (open.length + close.length)));
    return open.repeat(n) + middle + close.repeat(n);
  };
}

export const PARSER_SHAPES: readonly ParserShape[] = [
  { name: '* around a letter', make: around('*', 'a', '*') },
  { name: '_ around a letter', make: around('_', 'a', '_') },
  { name: '*_ runs', make: around('*_', 'a', '') },
  { name: '*[ … ]* nesting', make: around('*[', 'a', ']*') },
  { name: '*a runs', make: repeated('*a') },
  { name: '**a runs', make: repeated('**a') },
  { name: '~a runs', make: repeated('~a') },
  { name: 'nested [ … ](b)', make: around('[', 'a', '](b)') },
  { name: '[a]( … ) nesting', make: around('[a](', 'b', ')') },
  { name: '[*a links', make: (size) => repeated('[*a')(size - 4) + '](b)' },
  { name: 'unclosed [', make: repeated('[') },
  { name: '<!-- in a paragraph', make: repeated('a <!--') },
  { name: 'www. literals', make: repeated('www.a.b ') },
  { name: 'email literals', make: repeated('a@b.') },
  {
    name: 'backtick runs',
    make: (size) => {
      let out = '';
      for (let i = 1; out.length + i + 1 <= size; i++) out += '`'.repeat(i) + 'a';
      return out;
    },
  },
  { name: 'footnote references', make: repeated('[^a]') },
  { name: 'link reference definitions', make: repeated('[a]: b\n') },
  // Not inline markup: lines for which micromark copies the document's events (eventCopies.ts).
  { name: "'- - X.Y' lines (a list in every item)", make: repeated('- - X.Y\n') },
  { name: 'items holding a block quote', make: repeated('- a\n  > b\n') },
  { name: 'setext headings', make: repeated('a\n=\n') },
];
