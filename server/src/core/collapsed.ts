import type { PolicyDocument } from './document';

/** A heading marker (`## `) standing after other text on the same line. */
const MID_LINE_HEADING = /(?<=\S)[ \t]+#{2,6}[ \t]+(?=\S)/g;
const LONG_SINGLE_LINE = 400;

export interface CollapseEvidence {
  /** Offsets of the mid-line heading markers (the `#` run), in order. */
  readonly markers: readonly number[];
  /** The whole text sits on one long line. */
  readonly singleLine: boolean;
}

/** Why a document looks collapsed (line breaks lost), or undefined when it does not. */
export function collapseEvidence(doc: PolicyDocument): CollapseEvidence | undefined {
  const markers: number[] = [];
  for (const m of doc.prose.matchAll(MID_LINE_HEADING)) markers.push(m.index + m[0].indexOf('#'));
  const nonBlankLines = doc.text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
  const singleLine = nonBlankLines === 1 && doc.text.trim().length >= LONG_SINGLE_LINE;
  return markers.length >= 2 || singleLine ? { markers, singleLine } : undefined;
}

export function isCollapsed(doc: PolicyDocument): boolean {
  return collapseEvidence(doc) !== undefined;
}
