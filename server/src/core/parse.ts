import type { Root } from 'mdast';
import type { Construct, Extension, ParseContext, State, TokenizeContext } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Labels defined in a whole document, as micromark normalises them (`normalizeIdentifier`): `links`
 * for `[label]: url`, `footnotes` for `[^label]: text` (without the caret).
 */
export interface Labels {
  readonly links: ReadonlySet<string>;
  readonly footnotes: ReadonlySet<string>;
}

/** How a parse of part of a document depended on the document's definitions. */
export interface LabelUse {
  /** Labels the parser looked up, and whether they counted as defined. */
  readonly asked: { readonly links: ReadonlyMap<string, boolean>; readonly footnotes: ReadonlyMap<string, boolean> };
  /** Labels the parsed text defines itself. */
  readonly defines: Labels;
  /**
   * A definition was found after a reference had been looked up. micromark finds every definition
   * (block phase) before it resolves any reference (inline phase), which is what makes a part parse
   * like the whole; if that ever stops holding, the caller parses the whole document instead.
   */
  readonly late: boolean;
}

/**
 * micromark keeps defined labels in arrays on its parse context and asks them with `includes`: a
 * reference (`[x]`, `[x][y]`, `![x]`, `[^x]`) becomes one only when its label is defined. This array
 * also answers for the labels given (the document's, defined outside the part parsed) and notes every
 * question and its answer.
 */
class LabelLookup extends Array<string> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  readonly asked = new Map<string, boolean>();
  readonly own: Set<string>;
  late = false;

  constructor(
    own: readonly string[],
    private readonly given: ReadonlySet<string>,
  ) {
    super();
    this.own = new Set(own);
    super.push(...own);
  }

  override includes(label: string): boolean {
    const answer = this.own.has(label) || this.given.has(label);
    this.asked.set(label, answer);
    return answer;
  }

  override push(...labels: string[]): number {
    for (const label of labels) this.own.add(label);
    if (this.asked.size > 0) this.late = true;
    return super.push(...labels);
  }
}

interface FootnoteContext extends ParseContext {
  gfmFootnotes?: string[];
}

/** The parse under way with labels given, and what it found. */
let current: { given: Labels; parser?: FootnoteContext; links?: LabelLookup; footnotes?: LabelLookup } | undefined;

/**
 * Sees micromark's parse context at the first `[` (or `!` before one) of the parse, a chance it
 * always declines (nok). Definitions start with `[` in the block phase; references are looked up
 * only in the inline phase, whose first `[` or `!` puts the lookups in place: by then the arrays
 * hold exactly this text's own definitions.
 */
function watcher(inline: boolean): Construct {
  return {
    name: 'securityPolicyLabels',
    add: 'before',
    tokenize(this: TokenizeContext, _effects, _ok, nok): State {
      const parse = current;
      if (parse) {
        const parser = this.parser;
        parse.parser ??= parser;
        if (inline && !parse.links && parse.parser === parser) {
          parse.links = new LabelLookup(parser.defined, parse.given.links);
          parse.footnotes = new LabelLookup(parser.gfmFootnotes ?? [], parse.given.footnotes);
          parser.defined = parse.links;
          parser.gfmFootnotes = parse.footnotes;
        }
      }
      return (code) => nok(code);
    },
  };
}

const LABELS_EXTENSION: Extension = {
  document: { 91: watcher(false) },
  contentInitial: { 91: watcher(false) },
  text: { 33: watcher(true), 91: watcher(true) },
};

function labelLookups(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Extension[] };
  (data.micromarkExtensions ??= []).push(LABELS_EXTENSION);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(labelLookups).freeze();

/** Parses Markdown (CommonMark + GFM) into mdast with offsets into `text`. */
export function parseMarkdown(text: string): Root {
  // micromark drops a leading BOM, which would shift every offset by one; a space keeps them aligned
  // and still lets a heading on the first line parse as a heading.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  return processor.parse(source);
}

/**
 * Parses part of a document as the whole document's parse would: references resolve against
 * `given`, the labels the whole document defines. Returns the tree and how it depended on them.
 */
export function parseWithLabels(text: string, given: Labels): { tree: Root; use: LabelUse } {
  const parse: NonNullable<typeof current> = { given };
  current = parse;
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } finally {
    current = undefined;
  }
  const { parser, links, footnotes } = parse;
  const use: LabelUse = {
    asked: { links: links?.asked ?? new Map(), footnotes: footnotes?.asked ?? new Map() },
    defines: {
      links: links?.own ?? new Set(parser?.defined ?? []),
      footnotes: footnotes?.own ?? new Set(parser?.gfmFootnotes ?? []),
    },
    late: (links?.late ?? false) || (footnotes?.late ?? false),
  };
  return { tree, use };
}
