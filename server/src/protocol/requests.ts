// The custom requests between the VS Code client and the server: method names and shapes only, so
// the client bundle can import this file without pulling in any server code. Commands are
// registered by the client (two clients never collide); the server only computes.
import type { PolicyFacts, PolicyTemplateKind } from '../core/policyTemplates';

interface Position {
  readonly line: number;
  readonly character: number;
}

interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * `securityPolicy/sections`: the sections the enabled profiles ask for and the document lacks, in the
 * order of their controls; then the canonical sections in order, and whether the document has each.
 */
export const SECTIONS_REQUEST = 'securityPolicy/sections';
export interface SectionsParams {
  readonly uri: string;
}
export interface SectionEntry {
  /** A section id, or the id of a profile's block the section model has no id for (CISA's "Test Methods"). */
  readonly id: string;
  readonly title: string;
  readonly purpose: string;
  readonly present: boolean;
  /** The first heading of the section, when present. */
  readonly range?: Range;
  /** The labels of the controls of the enabled profiles that ask for this missing section (these entries come first). */
  readonly controls?: readonly string[];
}
/** Null when the document is not an open policy file. */
export type SectionsResult = SectionEntry[] | null;

/**
 * `securityPolicy/insertSection`: a WorkspaceEdit inserting the section at its canonical position
 * (a versioned TextDocumentEdit), or null when the document is not open or no longer at `version`.
 */
export const INSERT_SECTION_REQUEST = 'securityPolicy/insertSection';
export interface InsertSectionParams {
  readonly uri: string;
  readonly version?: number;
  readonly sectionId: string;
}

/** `securityPolicy/fixAll`: one versioned edit applying every auto-fix, or null when there is nothing to fix. */
export const FIX_ALL_REQUEST = 'securityPolicy/fixAll';
export interface FixAllParams {
  readonly uri: string;
  readonly version?: number;
}

/** `securityPolicy/newPolicy`: the text of a new policy from a template and the workspace facts. */
export const NEW_POLICY_REQUEST = 'securityPolicy/newPolicy';
export type { PolicyFacts, PolicyTemplateKind };
export interface NewPolicyParams {
  readonly template: PolicyTemplateKind;
  readonly facts: PolicyFacts;
  /**
   * The project's manifest (package.json, Cargo.toml, pyproject.toml, go.mod) as read by the client:
   * the server reads the version from it when `facts.projectVersion` is absent, so the client
   * bundle carries no manifest parsers.
   */
  readonly manifest?: { readonly name: string; readonly text: string };
  /** Profiles (core/profiles) the policy should meet: their sections are written too. Unknown names are refused. */
  readonly profiles?: readonly string[];
}

/**
 * The argument of the client command `securityPolicy.showProfileControls`, which a profile's code
 * lens runs (server/src/lsp/codeLens.ts): the profile's controls, missed ones first, for a quick pick.
 */
export interface ProfileControlsArgument {
  readonly title: string;
  readonly controls: ReadonlyArray<{
    readonly label: string;
    readonly summary: string;
    readonly met: boolean;
    readonly findings: readonly string[];
  }>;
}

/** `securityPolicy/profiles`: the profiles a new policy can target, for the client's pick. */
export const PROFILES_REQUEST = 'securityPolicy/profiles';
export interface ProfileEntry {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

/**
 * `securityPolicy/readFactFile`, server to client: a file the repository facts come from (`.git`,
 * its config, a manifest), read by the client through `vscode.workspace.fs`. The server in a web
 * worker has no file system of its own (facts/uriFacts.ts). The client answers only for files inside
 * a workspace folder; `text` only for a plain file of at most 1 MB.
 */
export const READ_FACT_FILE_REQUEST = 'securityPolicy/readFactFile';
export interface ReadFactFileParams {
  readonly uri: string;
}
export interface ReadFactFileResult {
  readonly exists: boolean;
  readonly text?: string;
}

/**
 * `securityPolicy/listFolder`, server to client: the entries of a folder, listed by the client through
 * `vscode.workspace.fs`, so that the browser server can find the repository's other policy files
 * (SEC002, facts/factsWalk.ts listPolicyFiles). Null outside a workspace folder or when it cannot be listed.
 */
export const LIST_FOLDER_REQUEST = 'securityPolicy/listFolder';
export interface ListFolderParams {
  readonly uri: string;
}
export type ListFolderResult = ReadonlyArray<{ readonly name: string; readonly folder: boolean }> | null;

/** The desktop client's `initializationOptions` (server/src/lsp/nodeLibraries.ts). */
export interface NodeInitializationOptions {
  /**
   * A folder of the extension's own (its global storage) for what the server keeps between starts: the
   * parser bundle's V8 code cache (nodeLibraries.ts) and the policies' last diagnostics (savedDiagnostics.ts).
   */
  readonly cacheFolder?: string;
}

/** The browser client's `initializationOptions` (server/src/lsp/browserLibraries.ts). */
export interface BrowserInitializationOptions {
  /** dist/browser/libraries.js, absolute: the worker cannot resolve it from its own location. */
  readonly librariesUrl?: string;
}
