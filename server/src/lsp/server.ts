// Transport-agnostic server: wires the features to a connection. Each feature lives in its own file
// and is attached by a small register function; capabilities list only what is registered here.
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import { createContextSource, type CompanionSource, type ContextSourceOptions } from '../config/analysisContext';
import { clientSupportOf, MINIMAL_CLIENT, type ClientSupport } from './clientSupport';
import { CODE_ACTION_KINDS, registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerCommandRequests } from './commands';
import { COMPLETION_TRIGGER_CHARACTERS, registerCompletion } from './completion';
import { registerDiagnostics, type SavedDiagnostics } from './diagnostics';
import { createDocumentStore } from './documentStore';
import { registerHover } from './hover';
import { isRecord, withCheckedTextSync } from './params';
import { registerSecurityTxtRequests } from './securityTxtCommands';
import { createSettingsSource, SETTINGS_SECTION } from '../config/settings';
import { createWorkspace, isPolicyUri, isSecurityTxtUri, type Workspace } from '../config/workspace';

export const SERVER_NAME = 'security-policy';

/**
 * Where the workspace facts come from (analysisContext.ts): the git config, the manifests, and the
 * policy files each is cross-checked with (facts/companion.ts), saved, created or deleted.
 */
const FACT_FILES = [
  '**/.git/config',
  '**/package.json',
  '**/Cargo.toml',
  '**/pyproject.toml',
  '**/go.mod',
  '**/SECURITY.md',
  '**/security.md',
  '**/security.txt',
];
/** Policy files created or deleted (not saved: that changes no fact) can change which one GitHub shows (SEC002). */
const POLICY_FILES_WATCHER = {
  globPattern: '**/[sS][eE][cC][uU][rR][iI][tT][yY].*',
  kind: WatchKind.Create | WatchKind.Delete,
};

/** What differs between the Node server (main.ts) and the browser one in a web worker (browserMain.ts). */
export interface ServerPlatform {
  /** Where the repository facts of a document come from. */
  readonly readFacts: ContextSourceOptions['readFacts'];
  /** Report diagnostics timing notifications (the benchmark counts analyses through them). */
  readonly trace?: boolean;
  /** The repository's other policy file, given the open documents; absent in the browser (no listing of folders). */
  readonly companions?: (openDocuments: () => Iterable<{ readonly uri: string; getText(): string }>) => CompanionSource;
  /** Warms the parser and rules in idle time unless `policyOpen()` (warmUp.ts). */
  readonly warmUp?: (policyOpen: () => boolean) => void;
  /** A document's path in its work tree, where the platform's facts list the policy files (SEC002). */
  readonly rootRelative?: ContextSourceOptions['rootRelative'];
  /** The client's `initializationOptions`, before any document (the browser: where its libraries are). */
  readonly initializationOptions?: (options: unknown) => void;
  /** Called after each analysis whose diagnostics were sent (Node: the libraries' code cache is written after the first). */
  readonly published?: () => void;
  /** Diagnostics kept between starts (savedDiagnostics.ts); absent in the browser. */
  readonly saved?: SavedDiagnostics;
}

export function startServer(connection: Connection, platform: ServerPlatform): void {
  const documents = new TextDocuments(TextDocument);
  // Replaced on initialize; no document arrives before it.
  let workspace: Workspace = { relativePath: () => undefined };
  let supportsConfiguration = false;
  let registerConfigurationChanges = false;
  let registerFileWatchers = false;
  let client: ClientSupport = MINIMAL_CLIENT;

  const settings = createSettingsSource(connection, () => supportsConfiguration);

  connection.onInitialize((params): InitializeResult => {
    platform.initializationOptions?.(params.initializationOptions);
    workspace = createWorkspace(params);
    // A client that sends no (or malformed) capabilities gets what every client understands.
    const capabilities: ClientCapabilities = isRecord(params.capabilities) ? params.capabilities : {};
    const workspaceCapabilities: NonNullable<ClientCapabilities['workspace']> = isRecord(capabilities.workspace)
      ? capabilities.workspace
      : {};
    supportsConfiguration = workspaceCapabilities.configuration === true;
    registerConfigurationChanges = workspaceCapabilities.didChangeConfiguration?.dynamicRegistration === true;
    registerFileWatchers = workspaceCapabilities.didChangeWatchedFiles?.dynamicRegistration === true;
    try {
      client = clientSupportOf(capabilities);
    } catch {
      client = MINIMAL_CLIENT;
    }
    return {
      capabilities: {
        // `save`: securityPolicy.run = onSave lints on save only.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        // resolveProvider: codeAction/resolve is implemented (codeActions.ts), whatever the client supports.
        codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS], resolveProvider: true },
        completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: SERVER_NAME, version },
    };
  });

  connection.onInitialized(() => {
    platform.warmUp?.(() =>
      documents.all().some((document) => isPolicyUri(document.uri) || isSecurityTxtUri(document.uri)),
    );
    // The files facts come from: a change re-reads them and re-checks the open policies.
    if (registerFileWatchers) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [...FACT_FILES.map((globPattern) => ({ globPattern })), POLICY_FILES_WATCHER],
        })
        .catch((error: unknown) => {
          connection.console.error(`security-policy: could not watch the git config and manifests: ${String(error)}`);
        });
    }
    // Pull-model clients (VS Code) send didChangeConfiguration only for sections a server registers.
    if (registerConfigurationChanges) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).then(
        () => settings.cacheUntilChanged(),
        (error: unknown) =>
          connection.console.error(`security-policy: could not register for configuration changes: ${String(error)}`),
      );
    }
  });

  const context = createContextSource({
    workspace: () => workspace,
    readFacts: platform.readFacts,
    ...(platform.companions ? { companions: platform.companions(() => documents.all()) } : {}),
    ...(platform.rootRelative ? { rootRelative: platform.rootRelative } : {}),
  });
  const store = createDocumentStore(connection, documents, { settings, workspace: () => workspace, context });
  const diagnostics = registerDiagnostics(connection, documents, store, {
    context,
    trace: platform.trace === true,
    ...(platform.published ? { published: platform.published } : {}),
    ...(platform.saved ? { saved: platform.saved } : {}),
  });
  registerCodeActions(connection, documents, store, () => client);
  registerCompletion(
    connection,
    documents,
    () => client,
    (document) => (text) => store.parsed(document, text),
    async (document) => (await store.analysis(document))?.context ?? {},
  );
  registerHover(connection, documents, () => client, store);
  registerCommandRequests(connection, documents, store);
  registerSecurityTxtRequests(connection, documents, store, settings, context);
  registerCodeLens(connection, documents, store);

  connection.onDidChangeWatchedFiles(() => {
    context.refreshFacts();
    diagnostics.revalidateAll();
  });

  connection.onDidChangeConfiguration((change: unknown) => {
    settings.setPushed(isRecord(change) ? change['settings'] : undefined);
    settings.invalidate();
    diagnostics.revalidateAll();
    // The profile lenses count controls under the settings that just changed.
    if (client.codeLensRefresh) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  });

  documents.onDidClose(({ document }) => settings.forget(document.uri));

  documents.listen(withCheckedTextSync(connection));
  connection.listen();
}
