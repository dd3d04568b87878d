// What the client said it supports, read once at initialize. Features degrade to what every client
// understands instead of sending something the client would drop or misread.
import { MarkupKind, type ClientCapabilities } from 'vscode-languageserver';

export interface ClientSupport {
  /** codeAction/resolve can fill in `edit` and `data` survives the round trip: heavy edits may be computed lazily. */
  readonly resolveCodeActionEdits: boolean;
  /** WorkspaceEdit.documentChanges (versioned edits). */
  readonly documentChanges: boolean;
  /** Completion items in snippet syntax. */
  readonly snippets: boolean;
  /** Markdown in hovers (else plain text). */
  readonly markdownHover: boolean;
  /** workspace/codeLens/refresh: lenses that depend on settings (the profiles) are asked for again when they change. */
  readonly codeLensRefresh: boolean;
}

export const MINIMAL_CLIENT: ClientSupport = {
  resolveCodeActionEdits: false,
  documentChanges: false,
  snippets: false,
  markdownHover: false,
  codeLensRefresh: false,
};

export function clientSupportOf(capabilities: ClientCapabilities): ClientSupport {
  const textDocument = capabilities.textDocument;
  return {
    resolveCodeActionEdits:
      textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true &&
      textDocument.codeAction.dataSupport === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    snippets: textDocument?.completion?.completionItem?.snippetSupport === true,
    markdownHover: textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true,
    codeLensRefresh: capabilities.workspace?.codeLens?.refreshSupport === true,
  };
}
