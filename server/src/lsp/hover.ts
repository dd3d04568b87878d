// Hover on a recognised section heading: the canonical section it counts as, what it is for and
// what reviewers look for, and the other headings that count as the same section. The document comes
// from the document store's chunk cache (documentStore.ts); while a large document is still being
// analysed, the heading's own chunk is parsed instead, so the answer does not wait for the analysis. With profiles set, the hover
// also names the controls a section serves (met or missed) and those a finding under the cursor misses.
import { MarkupKind, type Connection, type Hover, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientSupport } from './clientSupport';
import { chunkAround } from '../core/incremental';
import { sectionInfo } from '../core/sections';
import type { SectionId } from '../core/types';
import type { DocumentStore } from './documentStore';
import { isDocumentPositionParams, requireParams } from './params';
import { findingControlsHover, sectionControlsHover } from './profileHover';
import { securityTxtHover } from './securityTxtHover';
import { isPolicyUri, isSecurityTxtUri } from '../config/workspace';

export function registerHover(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  client: () => ClientSupport,
  store: DocumentStore,
): void {
  connection.onHover((params: unknown): Hover | null => {
    const { textDocument, position } = requireParams(
      'textDocument/hover',
      params,
      isDocumentPositionParams,
      'a text document and a position',
    );
    const document = documents.get(textDocument.uri);
    if (document && isSecurityTxtUri(document.uri)) {
      const markdown = client().markdownHover;
      const hover = securityTxtHover(document.getText(), document.offsetAt(position), markdown);
      return hover
        ? {
            contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: hover.value },
            range: { start: document.positionAt(hover.start), end: document.positionAt(hover.end) },
          }
        : null;
    }
    if (!document || !isPolicyUri(document.uri)) return null;
    const offset = document.offsetAt(position);
    const ready = store.ready(document);
    const { start: base, doc } = ready ? { start: 0, doc: ready } : chunkAround(document.getText(), offset);
    const found = doc.headings.find((h) => base + h.start <= offset && offset <= base + h.end);
    const heading = found && { ...found, start: base + found.start, end: base + found.end };
    const markdown = client().markdownHover;
    // The profiles' part comes from the finished analysis of this version; without one the hover does not wait for it.
    const analysis = store.current(document);
    const atOffset = analysis?.findings.filter((f) => f.controls && f.start <= offset && offset <= f.end) ?? [];
    const parts: string[] = [];
    if (heading?.section) {
      parts.push(sectionHover(heading.section, markdown));
      const served = analysis && sectionControlsHover(heading.section, analysis.context, analysis.findings, markdown);
      if (served) parts.push(served);
    }
    const missed = findingControlsHover(atOffset, markdown);
    if (missed) parts.push(missed);
    if (parts.length === 0) return null;
    const range = heading?.section
      ? heading
      : { start: Math.min(...atOffset.map((f) => f.start)), end: Math.max(...atOffset.map((f) => f.end)) };
    return {
      contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join('\n\n') },
      range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
    };
  });
}

/** The hover text for a section. */
export function sectionHover(id: SectionId, markdown = true): string {
  const info = sectionInfo(id);
  const synonyms = info.synonyms.map((s) => `"${s}"`).join(', ');
  const title = markdown ? `**Security Policy section: ${info.title}**` : `Security Policy section: ${info.title}`;
  return [title, info.purpose, `Also recognised as: ${synonyms}.`].join('\n\n');
}
