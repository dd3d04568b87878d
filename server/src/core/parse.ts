import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown (CommonMark + GFM) into mdast with offsets into `text`. */
export function parseMarkdown(text: string): Root {
  // micromark drops a leading BOM, which would shift every offset by one; a space keeps them aligned
  // and still lets a heading on the first line parse as a heading.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  return processor.parse(source);
}
