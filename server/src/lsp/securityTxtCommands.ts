// The requests behind "Create security.txt" and "Renew Expires" (securityTxtRequests.ts): the core
// computes, this adapter supplies the settings, the repository facts and the policy file.
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContextSource } from '../config/analysisContext';
import { renewExpires, securityTxtScaffold } from '../core/securitytxt/commands';
import type { DocumentStore } from './documentStore';
import {
  NEW_SECURITY_TXT_REQUEST,
  RENEW_EXPIRES_REQUEST,
  type NewSecurityTxtParams,
  type RenewExpiresParams,
  type RenewExpiresResult,
} from '../protocol/securityTxtRequests';
import type { SettingsSource } from '../config/settings';
import { isSecurityTxtUri } from '../config/workspace';
import { toWorkspaceEdit } from './workspaceEdit';

export function registerSecurityTxtRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  store: DocumentStore,
  settings: SettingsSource,
  context: ContextSource,
): void {
  connection.onRequest(NEW_SECURITY_TXT_REQUEST, async (params: NewSecurityTxtParams): Promise<string> => {
    const uri = params?.uri;
    if (typeof uri !== 'string' || !isSecurityTxtUri(uri))
      throw new ResponseError(ErrorCodes.InvalidParams, 'uri must name a security.txt file');
    const analysisContext = await context.forDocument(uri, await settings.forDocument(uri));
    const sent = params.policy;
    const policy =
      typeof sent?.text === 'string' && typeof sent.relativePath === 'string'
        ? { kind: 'policy' as const, relativePath: sent.relativePath, text: sent.text }
        : undefined;
    return securityTxtScaffold(
      analysisContext.companion || !policy ? analysisContext : { ...analysisContext, companion: policy },
    );
  });

  connection.onRequest(RENEW_EXPIRES_REQUEST, async (params: RenewExpiresParams): Promise<RenewExpiresResult> => {
    if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'uri must be a string');
    const document = documents.get(params.uri);
    if (!document || !isSecurityTxtUri(params.uri)) return { problem: 'open a security.txt file first.' };
    const version = document.version;
    if (typeof params.version === 'number' && params.version !== version)
      return { problem: 'the document changed meanwhile; run the command again.' };
    const analysis = await store.analysis(document);
    if (!analysis || document.version !== version)
      return { problem: 'the document changed meanwhile; run the command again.' };
    const result = renewExpires(document.getText(), analysis.context);
    if ('problem' in result) return { problem: result.problem };
    return { edit: toWorkspaceEdit(document, [result.edit]), value: result.value };
  });
}
