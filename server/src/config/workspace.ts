// Facts about where a document lives: is it a policy file, and where is it inside the workspace.
// Works on URI strings only; the server never touches the file system.
import { braceExpand, makeRe } from 'minimatch';
import { isSecurityTxtName } from '../core/securitytxt/analyze';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';

/** SPEC §3: `SECURITY.md` in any case, also `.markdown`. */
const POLICY_FILE_NAME = /^security\.(?:md|markdown)$/i;

interface ParsedUri {
  /** Scheme and authority, lower-cased: two URIs can only nest when these agree. */
  readonly origin: string;
  /** Decoded path segments, without empty ones. */
  readonly segments: readonly string[];
}

export function isPolicyUri(uri: string): boolean {
  const parsed = parseUri(uri);
  const name = parsed?.segments.at(-1);
  return name !== undefined && POLICY_FILE_NAME.test(name);
}

/** A security.txt file (RFC 9116), by the rule the CLI uses too (`isSecurityTxtName`). */
export function isSecurityTxtUri(uri: string): boolean {
  const segments = parseUri(uri)?.segments;
  return segments !== undefined && segments.length > 0 && isSecurityTxtName(segments.slice(-2).join('/'));
}

/** A policy by its file name, or because its workspace-relative path matches one of `globs`. */
export function isPolicyDocument(uri: string, relativePath: string | undefined, globs: readonly string[]): boolean {
  if (isPolicyUri(uri)) return true;
  return relativePath !== undefined && globs.some((glob) => compileGlob(glob).matcher?.test(relativePath) === true);
}

/** Longest `securityPolicy.files` pattern accepted, in characters. */
export const MAX_GLOB_LENGTH = 1000;
/** Most patterns one glob may expand to through its braces (`{a,b}` twice is 4). */
export const MAX_GLOB_EXPANSIONS = 256;

type CompiledGlob =
  | { readonly matcher: RegExp; readonly problem?: undefined }
  | { readonly matcher?: undefined; readonly problem: string };

// Compiled patterns by their text: settings are re-read per analysis, so without this every
// keystroke would expand the braces again. Bounded: cleared when it fills up.
const compiled = new Map<string, CompiledGlob>();
const MAX_COMPILED = 256;
let compilations = 0;

/** How many patterns were compiled so far (tests count them). */
export function globCompilations(): number {
  return compilations;
}

/**
 * The matcher of a `securityPolicy.files` pattern, or why it is refused: too long, or braces that
 * expand to more than MAX_GLOB_EXPANSIONS patterns (minimatch is told to stop just past the limit,
 * so refusing costs no more than accepting).
 */
export function compileGlob(glob: string): CompiledGlob {
  let result = compiled.get(glob);
  if (result) return result;
  compilations++;
  if (glob.length > MAX_GLOB_LENGTH) {
    result = { problem: `longer than ${MAX_GLOB_LENGTH} characters` };
  } else {
    const expansions = braceExpand(glob, { braceExpandMax: MAX_GLOB_EXPANSIONS + 1 }).length;
    const matcher = expansions > MAX_GLOB_EXPANSIONS ? undefined : makeRe(glob, { dot: true, nocase: true });
    if (expansions > MAX_GLOB_EXPANSIONS)
      result = { problem: `its braces expand to more than ${MAX_GLOB_EXPANSIONS} patterns` };
    else result = matcher ? { matcher } : { problem: 'not a valid glob pattern' };
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(glob, result);
  return result;
}

export interface Workspace {
  /** The document's path relative to the innermost workspace folder containing it, `/`-separated. */
  relativePath(uri: string): string | undefined;
}

export function createWorkspace(params: InitializeParams): Workspace {
  const folders = workspaceFolders(params)
    .map((folder) => parseUri(folder.uri))
    .filter((folder): folder is ParsedUri => folder !== undefined)
    // Innermost first, so nested folders win over their parents.
    .sort((a, b) => b.segments.length - a.segments.length);

  return {
    relativePath(uri) {
      const doc = parseUri(uri);
      if (!doc) return undefined;
      const folder = folders.find((f) => contains(f, doc));
      return folder ? doc.segments.slice(folder.segments.length).join('/') : undefined;
    },
  };
}

function workspaceFolders(params: InitializeParams): readonly WorkspaceFolder[] {
  // Checked here: initialize params come from the client as they are.
  if (Array.isArray(params.workspaceFolders))
    return params.workspaceFolders.filter((folder) => typeof folder?.uri === 'string');
  // Pre-3.6 clients only send a root.
  if (typeof params.rootUri === 'string') return [{ uri: params.rootUri, name: '' }];
  return [];
}

function contains(folder: ParsedUri, doc: ParsedUri): boolean {
  return (
    folder.origin === doc.origin &&
    doc.segments.length > folder.segments.length &&
    folder.segments.every((segment, i) => segment === doc.segments[i])
  );
}

function parseUri(uri: string): ParsedUri | undefined {
  // Only hierarchical URIs (`scheme://authority/path`) have folders; `untitled:Untitled-1` does not.
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(uri);
  if (!match) return undefined;
  const [, scheme = '', authority = '', path = ''] = match;
  try {
    const segments = path
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
    // Clients disagree on drive-letter case (`C:` vs `c%3A`); Windows paths ignore it anyway.
    if (segments[0] && /^[a-z]:$/i.test(segments[0])) segments[0] = segments[0].toLowerCase();
    return { origin: `${scheme.toLowerCase()}://${authority.toLowerCase()}`, segments };
  } catch {
    return undefined; // malformed percent-encoding
  }
}
