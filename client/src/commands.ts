// The contributed commands. They live in the client, so two language clients never register the same
// command; the edits and texts come from the server through custom requests (server/src/protocol/requests.ts).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient, WorkspaceEdit } from 'vscode-languageclient';
import { repositoryFromGit } from '../../server/src/protocol/gitRemote';
import { readFactText } from './factFiles';
import { isWritableFolder } from './safeFiles';
import {
  FIX_ALL_REQUEST,
  INSERT_SECTION_REQUEST,
  NEW_POLICY_REQUEST,
  PROFILES_REQUEST,
  SECTIONS_REQUEST,
  type FixAllParams,
  type InsertSectionParams,
  type NewPolicyParams,
  type PolicyTemplateKind,
  type ProfileControlsArgument,
  type ProfileEntry,
  type SectionEntry,
  type SectionsParams,
  type SectionsResult,
} from '../../server/src/protocol/requests';

/** SECURITY.md in any case, also `.markdown` (SPEC §3). */
const POLICY_FILE_NAME = /^security\.(?:md|markdown)$/i;

/** One probe as the Scorecard code lens sends it (server/src/lsp/codeLens.ts). */
interface ScorecardProbeLine {
  readonly probe: string;
  readonly points: number;
  readonly met: boolean;
  readonly help: string;
}

export interface ClientAccess {
  /** The running client, or undefined while it is stopped or failed to start. */
  readonly current: () => LanguageClient | undefined;
  /** Restarts the server (starting it when it is not running). */
  readonly restart: () => Promise<void>;
}

export function registerCommands(context: vscode.ExtensionContext, access: ClientAccess): void {
  const register = (id: string, run: (...args: unknown[]) => Promise<unknown>): void => {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (error) {
          void vscode.window.showErrorMessage(
            `Security Policy: ${error instanceof Error ? error.message : String(error)}`,
          );
          return undefined;
        }
      }),
    );
  };
  register('securityPolicy.insertSection', (sectionId) => insertSection(access, sectionId));
  register('securityPolicy.fixAll', () => fixAll(access));
  register('securityPolicy.createPolicy', () => createPolicy(access));
  register('securityPolicy.restartServer', () => access.restart());
  register('securityPolicy.showScorecard', (verdict) => showScorecard(verdict));
  register('securityPolicy.showProfileControls', (argument) => showProfileControls(argument));
}

/** Whether a command's argument is an array, keeping its declared element type (Array.isArray gives `any[]`). */
function isList<T>(value: readonly T[] | undefined): value is readonly T[] {
  return Array.isArray(value);
}

/** A profile's code lens: its controls, missed ones first with what the findings say. */
async function showProfileControls(argument: unknown): Promise<void> {
  const { title, controls } = (argument ?? {}) as Partial<ProfileControlsArgument>;
  if (!isList(controls)) return;
  const items = controls.map((c) => ({
    label: `${c.met ? '$(check) met' : '$(x) missed'}: ${c.label}`,
    detail: c.met ? c.summary : `${c.summary} ${c.findings.join(' ')}`,
  }));
  await vscode.window.showQuickPick(items, { title: title ?? 'Profile controls', matchOnDetail: true });
}

/** The Scorecard code lens's command: each probe of the Security-Policy check (sent by the server), met or not, with its points. */
async function showScorecard(verdict: unknown): Promise<void> {
  const probes = (verdict as { probes?: unknown } | undefined)?.probes;
  if (!Array.isArray(probes)) return;
  const items = (probes as ScorecardProbeLine[]).map((p) => ({
    label: `${p.met ? '$(check)' : '$(x)'} ${p.points} point${p.points === 1 ? '' : 's'}: ${p.help}`,
    detail: p.probe,
  }));
  await vscode.window.showQuickPick(items, { title: 'Scorecard Security-Policy: what each point needs' });
}

function runningClient(access: ClientAccess): LanguageClient {
  const client = access.current();
  if (!client?.isRunning())
    throw new Error('the language server is not running; try "Security Policy: Restart Server".');
  return client;
}

function activePolicyEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  const name = editor?.document.uri.path.split('/').pop() ?? '';
  if (editor && POLICY_FILE_NAME.test(name)) return editor;
  void vscode.window.showInformationMessage('Security Policy: open a SECURITY.md file first.');
  return undefined;
}

/** Insert Section…: a quick pick (what the profiles ask for, then missing sections), or the section id given as argument (for keybindings). */
async function insertSection(access: ClientAccess, sectionId: unknown): Promise<void> {
  const editor = activePolicyEditor();
  if (!editor) return;
  const client = runningClient(access);
  const { document } = editor;
  const sections = await client.sendRequest<SectionsResult>(SECTIONS_REQUEST, {
    uri: document.uri.toString(),
  } satisfies SectionsParams);
  if (!sections) return;
  let section: SectionEntry | undefined;
  if (sectionId !== undefined) {
    section = sections.find((s) => s.id === sectionId);
    if (!section)
      throw new Error(`unknown section ${JSON.stringify(sectionId)}; known: ${sections.map((s) => s.id).join(', ')}.`);
  } else {
    section = await pickSection(sections);
    if (!section) return;
  }
  if (section.range) {
    // Already there: a second copy would only be reported as a duplicate (SEC082). Show the first one.
    const range = client.protocol2CodeConverter.asRange(section.range);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    void vscode.window.showInformationMessage(`Security Policy: the policy already has a "${section.title}" section.`);
    return;
  }
  const params: InsertSectionParams = {
    uri: document.uri.toString(),
    version: document.version,
    sectionId: section.id,
  };
  const edit = await client.sendRequest<WorkspaceEdit | null>(INSERT_SECTION_REQUEST, params);
  if (!edit) {
    void vscode.window.showInformationMessage(
      'Security Policy: the document changed meanwhile; run the command again.',
    );
    return;
  }
  if (!(await apply(client, edit))) return;
  selectFirstPlaceholder(editor, edit);
}

async function pickSection(sections: readonly SectionEntry[]): Promise<SectionEntry | undefined> {
  type Item = vscode.QuickPickItem & { section?: SectionEntry };
  const toItem = (section: SectionEntry): Item => ({ label: section.title, detail: section.purpose, section });
  // The server lists first what the enabled profiles ask for, each with the controls it meets.
  const asked = sections.filter((s) => s.controls !== undefined);
  const missing = sections.filter((s) => !s.present && s.controls === undefined);
  const present = sections.filter((s) => s.present);
  const items: Item[] = [
    ...(asked.length > 0 ? [{ label: 'Asked for by your profiles', kind: vscode.QuickPickItemKind.Separator }] : []),
    ...asked.map((s) => ({ ...toItem(s), description: `meets ${s.controls!.join('; ')}` })),
    ...(missing.length > 0 ? [{ label: 'Missing', kind: vscode.QuickPickItemKind.Separator }] : []),
    ...missing.map(toItem),
    ...(present.length > 0 ? [{ label: 'Already in the policy', kind: vscode.QuickPickItemKind.Separator }] : []),
    ...present.map((s) => ({ ...toItem(s), description: 'present: go to it' })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Insert Section',
    placeHolder: 'Section to insert',
    matchOnDetail: true,
  });
  return picked?.section;
}

/** After inserting a template, the first `[your …]` placeholder is what the author fills in next. */
function selectFirstPlaceholder(editor: vscode.TextEditor, edit: WorkspaceEdit): void {
  const change = edit.documentChanges?.[0];
  const inserted = change && 'edits' in change ? change.edits[0] : undefined;
  if (!inserted || !('newText' in inserted)) return;
  const start = editor.document.offsetAt(
    new vscode.Position(inserted.range.start.line, inserted.range.start.character),
  );
  const placeholder = /\[your [^\]\r\n]*\]/.exec(inserted.newText);
  const from = start + (placeholder?.index ?? inserted.newText.search(/\S/));
  const to = placeholder ? from + placeholder[0].length : from;
  const range = new vscode.Range(editor.document.positionAt(from), editor.document.positionAt(to));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function fixAll(access: ClientAccess): Promise<void> {
  const editor = activePolicyEditor();
  if (!editor) return;
  const client = runningClient(access);
  const params: FixAllParams = { uri: editor.document.uri.toString(), version: editor.document.version };
  const edit = await client.sendRequest<WorkspaceEdit | null>(FIX_ALL_REQUEST, params);
  if (!edit) {
    void vscode.window.showInformationMessage('Security Policy: nothing to fix automatically.');
    return;
  }
  await apply(client, edit);
}

async function apply(client: LanguageClient, edit: WorkspaceEdit): Promise<boolean> {
  const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  // A versioned edit is refused when the document changed after it was computed.
  if (!applied)
    void vscode.window.showWarningMessage(
      'Security Policy: the edit could not be applied (the document changed?); run the command again.',
    );
  return applied;
}

const TEMPLATES: ReadonlyArray<vscode.QuickPickItem & { readonly template: PolicyTemplateKind }> = [
  { template: 'minimal', label: 'Minimal', detail: 'Supported versions, how to report, response times.' },
  {
    template: 'github',
    label: 'GitHub private vulnerability reporting',
    detail: "Reports through GitHub's private vulnerability reporting, with a disclosure policy.",
  },
  { template: 'email-pgp', label: 'Email + PGP', detail: 'Reports by email, encrypted with a PGP key.' },
  {
    template: 'comprehensive',
    label: 'Comprehensive',
    detail: 'Every section: scope, safe harbor, bug bounty, acknowledgments, team …',
  },
];

const LOCATIONS: ReadonlyArray<{ readonly folder: string; readonly label: string }> = [
  { folder: '', label: 'Repository root' },
  { folder: '.github', label: '.github/' },
  { folder: 'docs', label: 'docs/' },
];

/**
 * Create SECURITY.md: template, profiles to meet (any number, none to skip) and location by quick
 * pick; never overwrites (an existing policy is opened instead).
 */
async function createPolicy(access: ClientAccess): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0];
  if (!root) {
    void vscode.window.showInformationMessage('Security Policy: open a folder first; the policy is created in it.');
    return;
  }
  const template = await vscode.window.showQuickPick(TEMPLATES, {
    title: 'Create SECURITY.md (1/3)',
    placeHolder: 'Template',
  });
  if (!template) return;
  const profiles = await pickProfiles(runningClient(access));
  if (!profiles) return;
  const location = await vscode.window.showQuickPick(
    LOCATIONS.map((l) => ({ ...l, description: vscode.Uri.joinPath(root.uri, l.folder, 'SECURITY.md').path })),
    { title: 'Create SECURITY.md (3/3)', placeHolder: 'Location' },
  );
  if (!location) return;
  const folder = location.folder ? vscode.Uri.joinPath(root.uri, location.folder) : root.uri;
  // `.github` or `docs` symlinked elsewhere (out of the workspace, perhaps) is not written through.
  if (!isWritableFolder(await vscode.workspace.fs.stat(folder).then(undefined, () => undefined))) {
    void vscode.window.showErrorMessage(
      `Security Policy: ${vscode.workspace.asRelativePath(folder)} is not a plain folder (a symbolic link?); not creating SECURITY.md through it.`,
    );
    return;
  }
  if (await openInstead(await existingPolicy(folder))) return;
  const client = runningClient(access);
  const params: NewPolicyParams = { ...(await policyParams(template.template, root)), profiles };
  const text = await client.sendRequest<string>(NEW_POLICY_REQUEST, params);
  // Asked again: a policy may have appeared while the server wrote the template. workspace.fs has no
  // create-only write, so this check just before writing is what keeps an existing file intact.
  if (await openInstead(await existingPolicy(folder))) return;
  const target = vscode.Uri.joinPath(folder, 'SECURITY.md');
  // Creates the missing folders too; through the workspace's file system provider (github.dev's virtual one).
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target);
}

/** Opens `existing` with a message saying it was not replaced; false when there is none. */
async function openInstead(existing: vscode.Uri | undefined): Promise<boolean> {
  if (!existing) return false;
  await vscode.window.showTextDocument(existing);
  void vscode.window.showInformationMessage(
    `Security Policy: ${vscode.workspace.asRelativePath(existing)} already exists; opened it instead.`,
  );
  return true;
}

/** The profiles the policy should meet (the server lists them); none picked is a skip, undefined a cancel. */
async function pickProfiles(client: LanguageClient): Promise<string[] | undefined> {
  const entries = await client.sendRequest<ProfileEntry[]>(PROFILES_REQUEST);
  const picked = await vscode.window.showQuickPick(
    entries.map((p) => ({ label: p.title, detail: p.description, id: p.id })),
    {
      title: 'Create SECURITY.md (2/3)',
      placeHolder: 'Frameworks the policy answers to: pick any, or none to skip',
      canPickMany: true,
      matchOnDetail: true,
    },
  );
  return picked?.map((p) => p.id);
}

/**
 * A SECURITY.md (or .markdown) in any case directly in `folder`: `stat` of the usual name first (on a
 * case-insensitive file system it also finds other cases), then the folder's listing for other cases.
 */
async function existingPolicy(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  const usual = vscode.Uri.joinPath(folder, 'SECURITY.md');
  const stat = await vscode.workspace.fs.stat(usual).then(undefined, () => undefined);
  if (stat && stat.type !== vscode.FileType.Directory) return usual;
  let entries: Array<[string, vscode.FileType]>;
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return undefined; // the folder does not exist yet: writing the file creates it
  }
  const found = entries.find(([name, type]) => type !== vscode.FileType.Directory && POLICY_FILE_NAME.test(name));
  return found ? vscode.Uri.joinPath(folder, found[0]) : undefined;
}

/**
 * Facts for the template, read through workspace.fs (so virtual workspaces work); missing ones stay
 * absent. The manifest goes to the server as text: it reads the version, so this bundle stays small.
 */
async function policyParams(template: PolicyTemplateKind, root: vscode.WorkspaceFolder): Promise<NewPolicyParams> {
  const read = (path: string): Promise<string | undefined> => readFactText(root.uri.with({ path }));
  const repository = await repositoryFromGit(root.uri.path, read).catch(() => undefined);
  let manifest: NewPolicyParams['manifest'];
  for (const name of ['package.json', 'Cargo.toml', 'pyproject.toml', 'go.mod']) {
    const text = await read(vscode.Uri.joinPath(root.uri, name).path);
    if (text !== undefined) {
      manifest = { name, text };
      break;
    }
  }
  return {
    template,
    facts: { projectName: root.name, ...(repository ? { repository } : {}) },
    ...(manifest ? { manifest } : {}),
  };
}
