// Core edits (UTF-16 offsets) as LSP edits. A versioned TextDocumentEdit lets the client refuse an
// edit computed for a version of the document it no longer has.
import { TextDocumentEdit, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../core/types';

export function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return {
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  };
}

/**
 * `documentChanges` (with the version) when the client supports it, else the unversioned `changes`
 * map every client understands.
 */
export function toWorkspaceEdit(
  document: TextDocument,
  edits: readonly TextEdit[],
  documentChanges = true,
): WorkspaceEdit {
  const lspEdits = edits.map((edit) => toLspEdit(document, edit));
  if (documentChanges)
    return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, lspEdits)] };
  return { changes: { [document.uri]: lspEdits } };
}
