// Completions in policy files:
//  - after `#`…`######` at the start of a line: the canonical sections, missing ones first, each
//    inserting its heading at the level sections use in this document plus the template body (a
//    snippet with tab stops when the client supports snippets); before them, the sections and
//    blocks the enabled profiles ask for (core/profiles sectionsAskedFor), each naming its controls;
//  - in the status column of a versions table: the supported/unsupported markers in the style the
//    table already uses (its own tokens where it has them);
//  - from the workspace facts: the current release line in a versions table's version column, and
//    this repository's private vulnerability reporting URL where a link is being typed.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientSupport } from './clientSupport';
import { createPolicyDocument, eolOf, lineOf, lineStartsOf, type PolicyDocument } from '../core/document';
import { headedBlockPosition, plainTemplate, sectionPosition } from '../core/insertSection';
import { sectionsAskedFor, type SectionOffer } from '../core/profiles';
import { sectionInfo, SECTIONS } from '../core/sections';
import type { AnalysisContext } from '../core/types';
import { marker as defaultMarker, versionRows, type MarkerStyle } from '../core/versionRows';
import { versionTables, type Marker, type Polarity, type VersionTable } from '../core/versionTable';
import { isDocumentPositionParams, requireParams } from './params';
import { securityTxtCompletions } from './securityTxtCompletion';
import { isPolicyUri, isSecurityTxtUri } from '../config/workspace';

export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = ['#', '|'];

/** Parses a text; the server passes one backed by the document's chunk cache, so large documents are cheap. */
type Parse = (text: string) => PolicyDocument;

export function registerCompletion(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  client: () => ClientSupport,
  parserFor: (document: TextDocument) => Parse = () => createPolicyDocument,
  factsFor: (document: TextDocument) => Promise<Facts> = () => Promise.resolve({}),
): void {
  connection.onCompletion(async (params: unknown) => {
    const { textDocument, position } = requireParams(
      'textDocument/completion',
      params,
      isDocumentPositionParams,
      'a text document and a position',
    );
    const document = documents.get(textDocument.uri);
    if (!document || !(isPolicyUri(document.uri) || isSecurityTxtUri(document.uri))) return null;
    const facts = await factsFor(document);
    // The facts round trip yields: answer for the text as it is now.
    if (documents.get(textDocument.uri) !== document) return null;
    if (isSecurityTxtUri(document.uri)) return securityTxtCompletions(document.getText(), position, facts);
    return completionsAt(document.getText(), position, client().snippets, parserFor(document), facts);
  });
}

/** What the workspace tells about the project (from the analysis context). */
export type Facts = Pick<
  AnalysisContext,
  'repository' | 'projectVersion' | 'today' | 'expiresRenewDays' | 'companion' | 'profiles'
>;

/** Pure: the completion items at `position` in `text`, or null where there is nothing to offer. */
export function completionsAt(
  text: string,
  position: Position,
  snippets: boolean,
  parse: Parse = createPolicyDocument,
  facts: Facts = {},
): CompletionItem[] | null {
  const lineStarts = lineStartsOf(text);
  const lineStart = lineStarts[position.line];
  if (lineStart === undefined) return null;
  const lineEnd = lineContentEnd(text, lineStarts[position.line + 1] ?? text.length, lineStart);
  const offset = Math.min(lineStart + position.character, lineEnd);
  const line = text.slice(lineStart, lineEnd);
  const before = line.slice(0, offset - lineStart);
  const heading = /^( {0,3})(#{1,6})(?:[ \t].*)?$/.exec(before);
  if (heading)
    return headingCompletions(
      text,
      { lineStart, lineEnd, offset, position, indent: heading[1]!.length, hashes: heading[2]!, line },
      snippets,
      parse,
      facts,
    );
  if (before.includes('|'))
    return markerCompletions(text, { lineStart, lineEnd, offset, position, line }, parse, facts);
  return advisoryUrlCompletion(text, { lineStart, lineEnd, offset, position, line }, before, parse, facts);
}

/** This repository's private reporting form, offered while a URL is typed (`h…`, `<h…`, `](h…`). */
function advisoryUrlCompletion(
  text: string,
  at: LineContext,
  before: string,
  parse: Parse,
  facts: Facts,
): CompletionItem[] | null {
  const repo = facts.repository;
  const token = /(?:^|[\s(<])(h[^\s<>()\]]*)$/.exec(before)?.[1];
  if (!repo || token === undefined || insideCode(parse(text), at.offset)) return null;
  const url = `https://${repo.host}/${repo.owner}/${repo.name}/security/advisories/new`;
  if (!url.startsWith(token)) return null;
  return [
    {
      label: url,
      kind: CompletionItemKind.Reference,
      detail: `Private vulnerability reporting for ${repo.owner}/${repo.name}`,
      filterText: url,
      textEdit: {
        range: { start: { line: at.position.line, character: before.length - token.length }, end: at.position },
        newText: url,
      },
    },
  ];
}

interface LineContext {
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly offset: number;
  readonly position: Position;
  readonly line: string;
}

function headingCompletions(
  text: string,
  at: LineContext & { readonly indent: number; readonly hashes: string },
  snippets: boolean,
  parse: Parse,
  facts: Facts,
): CompletionItem[] | null {
  // The heading being typed is left out, or a half-typed "## Reporting" would count as present.
  const rest = text.slice(at.lineEnd);
  if (insideCode(parse(text), at.lineStart)) return null;
  const doc = parse(text.slice(0, at.lineStart) + rest.replace(/^\r?\n/, ''));
  const eol = eolOf(text);
  const present = new Set(doc.headings.map((h) => h.section).filter((s) => s !== undefined));
  // A non-blank line right below would run into the inserted body.
  const nextLine = /^\r?\n([^\r\n]*)/.exec(rest)?.[1];
  const after = nextLine !== undefined && nextLine.trim() !== '' ? eol : '';
  const range = {
    start: { line: at.position.line, character: at.indent },
    end: { line: at.position.line, character: at.line.length },
  };
  const item = (
    title: string,
    depth: number,
    template: string,
    detail: string,
    sortText: string,
    documentation: string,
  ): CompletionItem => {
    const headingText = `${'#'.repeat(depth)} ${title}`;
    const body = snippets
      ? `${escapeSnippetText(headingText)}${eol}${eol}${template}$0${after}`
      : `${headingText}${eol}${eol}${plainTemplate(template)}${after}`;
    return {
      label: title,
      kind: CompletionItemKind.Snippet,
      detail,
      documentation: { kind: MarkupKind.Markdown, value: documentation },
      sortText,
      // Clients filter on the text from the range start to the cursor, which begins with the typed `#`s.
      filterText: `${at.hashes} ${title}`,
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: body },
    };
  };
  // What the profiles ask for comes first, in the order of their controls; then the other missing
  // sections, then those present, each group in canonical order.
  const offers = sectionsAskedFor(doc, facts);
  const asked = offers.map((offer, index) => {
    const sortText = `0-${String(index).padStart(2, '0')}`;
    const detail = `Security Policy: meets ${offer.controls.map((c) => c.label).join('; ')}`;
    if (offer.kind === 'block') {
      return item(
        offer.title,
        headedBlockPosition(doc, offer.block.after).depth,
        escapeSnippetText(offer.block.body),
        detail,
        sortText,
        controlsDocumentation(offer),
      );
    }
    const section = sectionInfo(offer.section);
    return item(
      section.title,
      sectionPosition(doc, section.id).depth,
      section.template,
      detail,
      sortText,
      `${section.purpose}\n\n${controlsDocumentation(offer)}`,
    );
  });
  const offered = new Set(offers.map((o) => (o.kind === 'section' ? o.section : undefined)));
  const others = SECTIONS.filter((s) => !offered.has(s.id)).map((section, index) => {
    const missing = !present.has(section.id);
    const detail = missing ? 'Security Policy: missing section' : 'Security Policy: section already present';
    return item(
      section.title,
      sectionPosition(doc, section.id).depth,
      section.template,
      detail,
      `${missing ? 1 : 2}-${String(index).padStart(2, '0')}`,
      section.purpose,
    );
  });
  return [...asked, ...others];
}

/** The controls an offered section meets, as Markdown: each with what it asks and its source. */
function controlsDocumentation(offer: SectionOffer): string {
  return offer.controls.map((c) => `**${c.label}**: ${c.summary} ([source](${c.url}))`).join('\n\n');
}

function markerCompletions(text: string, at: LineContext, parse: Parse, facts: Facts): CompletionItem[] | null {
  const doc = parse(text);
  const line = lineOf(doc, at.lineStart);
  const table = versionTables(doc).find((vt) => vt.table.start <= at.lineStart && at.lineStart <= vt.table.end);
  // Not the header row or the delimiter row below it.
  if (!table || line < lineOf(doc, table.table.start) + 2) return null;
  const cell = cellAt(at.line, at.offset - at.lineStart);
  if (cell.column === table.versionColumn) return currentLineCompletion(at, cell, facts);
  if (cell.column !== table.statusColumn) return null;
  const style = tableStyle(table);
  const items: Array<[Polarity, string]> = [
    ['positive', tokenFor(table, style, 'positive')],
    ['negative', tokenFor(table, style, 'negative')],
  ];
  // Typed right after the pipe, the marker brings its own padding.
  const pad = cell.start === cell.pipe + 1 ? ' ' : '';
  const range = {
    start: { line: at.position.line, character: cell.start },
    end: { line: at.position.line, character: cell.end },
  };
  return items.map(([polarity, token], index): CompletionItem => ({
    label: token,
    kind: CompletionItemKind.EnumMember,
    detail: polarity === 'positive' ? 'supported: receives security fixes' : 'not supported: no security fixes',
    sortText: String(index),
    filterText: token,
    textEdit: { range, newText: pad + token },
  }));
}

/** The project's current release line (`2.4.x`) in the version column of a row. */
function currentLineCompletion(
  at: LineContext,
  cell: ReturnType<typeof cellAt>,
  facts: Facts,
): CompletionItem[] | null {
  const current = versionRows(facts.projectVersion)?.[0];
  if (!current) return null;
  const pad = cell.start === cell.pipe + 1 ? ' ' : '';
  return [
    {
      label: current.label,
      kind: CompletionItemKind.Value,
      detail: `The current release line (${facts.projectVersion})`,
      filterText: current.label,
      textEdit: {
        range: {
          start: { line: at.position.line, character: cell.start },
          end: { line: at.position.line, character: cell.end },
        },
        newText: pad + current.label,
      },
    },
  ];
}

/** The majority marker style of a table (emoji when it has none yet); a tie goes to the first marked row. */
function tableStyle(table: VersionTable): MarkerStyle {
  const markers = styledMarkers(table);
  if (markers.length === 0) return 'emoji';
  const counts = new Map<MarkerStyle, number>();
  for (const m of markers) counts.set(m.style, (counts.get(m.style) ?? 0) + 1);
  let majority = markers[0]!.style;
  for (const [style, n] of counts) if (n > counts.get(majority)!) majority = style;
  return majority;
}

/** The table's most used token for a polarity in its style, else the style's default. */
function tokenFor(table: VersionTable, style: MarkerStyle, polarity: 'positive' | 'negative'): string {
  const counts = new Map<string, number>();
  for (const m of styledMarkers(table))
    if (m.style === style && m.polarity === polarity) counts.set(m.token, (counts.get(m.token) ?? 0) + 1);
  let best: string | undefined;
  for (const [token, n] of counts) if (best === undefined || n > counts.get(best)!) best = token;
  return best ?? defaultMarker(style, polarity === 'positive');
}

/** Markers with a style that completion can continue (a dash is neutral). */
function styledMarkers(table: VersionTable): Array<Marker & { style: MarkerStyle }> {
  return table.rows
    .map((r) => r.marker)
    .filter((m): m is Marker & { style: MarkerStyle } => m !== undefined && m.style !== 'dash');
}

/**
 * The table cell around a column of a row: its index (a leading pipe opens cell 0) and its content
 * range without padding, widened to include the cursor.
 */
function cellAt(line: string, cursor: number): { column: number; pipe: number; start: number; end: number } {
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes.push(i);
  }
  const leading = /^\s*\|/.test(line);
  const before = pipes.filter((p) => p < cursor);
  const column = before.length - (leading ? 1 : 0);
  const pipe = before.at(-1) ?? -1;
  const next = pipes.find((p) => p >= cursor) ?? line.length;
  let start = pipe + 1;
  while (start < cursor && /\s/.test(line[start]!)) start++;
  let end = next;
  while (end > cursor && /\s/.test(line[end - 1]!)) end--;
  return { column, pipe, start, end };
}

function insideCode(doc: PolicyDocument, offset: number): boolean {
  return doc.codeBlocks.some((c) => c.start <= offset && offset < c.end);
}

/** `$`, `}` and `\` are syntax in snippets. */
function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** A line's end before its line break. */
function lineContentEnd(text: string, nextLineStart: number, lineStart: number): number {
  let end = nextLineStart;
  if (end > lineStart && text[end - 1] === '\n') end--;
  if (end > lineStart && text[end - 1] === '\r') end--;
  return end;
}
