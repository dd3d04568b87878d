// The custom requests behind the security.txt commands: method names and shapes only, so the
// client bundle can import this file without server code (as requests.ts for the policy commands).
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

/** `securityPolicy/newSecurityTxt`: the text of a new security.txt for the file about to be created at `uri`. */
export const NEW_SECURITY_TXT_REQUEST = 'securityPolicy/newSecurityTxt';
export interface NewSecurityTxtParams {
  /** Where the file will be created; its settings and repository facts apply. */
  readonly uri: string;
  /**
   * The repository's SECURITY.md as the client read it (workspace.fs, so virtual workspaces work);
   * the server's own reading (open documents, the disk) wins when it finds one.
   */
  readonly policy?: { readonly relativePath: string; readonly text: string };
}

/** `securityPolicy/renewExpires`: the edit renewing Expires, or why there is none. */
export const RENEW_EXPIRES_REQUEST = 'securityPolicy/renewExpires';
export interface RenewExpiresParams {
  readonly uri: string;
  readonly version?: number;
}
export interface RenewExpiresResult {
  /** A versioned WorkspaceEdit. */
  readonly edit?: WorkspaceEdit;
  /** The new Expires value. */
  readonly value?: string;
  /** Why nothing can be renewed (a signed file, a document that changed). */
  readonly problem?: string;
}
