// The analysis context of a document, built in one place: its settings, where it sits in the
// workspace, the repository facts (git remote, project version) and today's date. The core reads
// neither files nor the clock; this adapter does, for `file:` documents only (a virtual workspace has
// no file system here, so its facts are simply absent and the rules that need them stay silent).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shadowingPolicies } from './core/precedence';
import type { AnalysisContext, Companion, Repository } from './core/types';
import { companionKindFor, companionOf, companionRank, companionRoot } from './facts/companion';
import { readCompanion, readFacts, type WorkspaceFacts } from './facts/readFacts';
import { localDate } from './localDate';
import { effectiveRepository, type Settings } from './settings';
import type { Workspace } from './workspace';

/** What an adapter found out about a document besides its settings. */
export interface DocumentFacts {
  readonly relativePath?: string;
  /** The repository of the git remote; the `repository` setting wins over it. */
  readonly repository?: Repository;
  readonly projectVersion?: string;
  /** Other policy files GitHub or Scorecard read instead of this one (shadowedBy below). */
  readonly shadowedBy?: AnalysisContext['shadowedBy'];
  readonly today: string;
  /** The repository's other policy file (SECURITY.md or security.txt). */
  readonly companion?: Companion;
}

/** The files GitHub and Scorecard read instead of the policy at `file`, from the repository's listed policy files. */
export function shadowedBy(file: string, facts: WorkspaceFacts): AnalysisContext['shadowedBy'] {
  if (facts.root === undefined || facts.policyFiles === undefined) return undefined;
  const self = path.relative(facts.root, file).split(path.sep).join('/');
  const found = shadowingPolicies(self, facts.policyFiles);
  return found.github || found.scorecard ? found : undefined;
}

/** The analysis context of settings and facts: the one place the editor and the CLI build it. */
export function contextFrom(settings: Settings, facts: DocumentFacts): AnalysisContext {
  const repository = effectiveRepository(settings, facts.repository);
  return {
    ...(facts.relativePath !== undefined ? { relativePath: facts.relativePath } : {}),
    requiredSections: settings.requiredSections,
    profiles: settings.profiles,
    ruleSeverities: settings.rules,
    staleReviewMonths: settings.staleReviewMonths,
    maxFileSize: settings.maxFileSize,
    expiresWarningDays: settings.securityTxt.expiresWarningDays,
    expiresRenewDays: settings.securityTxt.expiresRenewDays,
    ...(repository ? { repository } : {}),
    ...(facts.projectVersion ? { projectVersion: facts.projectVersion } : {}),
    ...(facts.shadowedBy ? { shadowedBy: facts.shadowedBy } : {}),
    today: facts.today,
    ...(facts.companion ? { companion: facts.companion } : {}),
  };
}

export interface ContextSource {
  forDocument(uri: string, settings: Settings): Promise<AnalysisContext>;
  /** A git config or manifest changed: read the facts again on the next analysis. */
  refreshFacts(): void;
}

export interface ContextSourceOptions {
  readonly workspace: () => Workspace;
  /** Injected for tests; the real clock otherwise. */
  readonly today?: () => string;
  readonly readFacts?: (policyPath: string) => Promise<WorkspaceFacts>;
  readonly readCompanion?: typeof readCompanion;
  /** The open documents: a companion open in the editor is read as it is there, saved or not. */
  readonly openDocuments?: () => Iterable<{ readonly uri: string; getText(): string }>;
}

export function createContextSource(options: ContextSourceOptions): ContextSource {
  const today = options.today ?? (() => localDate(new Date()));
  const read = options.readFacts ?? readFacts;
  // One read per folder holding policies, shared by its documents until a watched file changes.
  const facts = new Map<string, Promise<WorkspaceFacts>>();
  const readOther = options.readCompanion ?? readCompanion;
  // The companion on disk per document file, until a watched file changes.
  const companions = new Map<string, ReturnType<typeof readCompanion>>();

  /**
   * The other policy file of the document's repository: the best-placed candidate (companion.ts
   * order) among the open documents and the disk; an open one is read from the editor.
   */
  async function companionFor(uri: string, root: string | undefined): Promise<Companion | undefined> {
    const file = filePath(uri);
    if (file === undefined) return undefined;
    const kind = companionKindFor(file);
    const base = companionRoot(file, root);
    let best: { rank: number; file: string; text: string } | undefined;
    // By the name in the URI first: an editor may hold hundreds of open files, and this runs per analysis.
    const named = kind === 'policy' ? /\/security\.(?:md|markdown)$/i : /\/security\.txt$/i;
    for (const document of options.openDocuments?.() ?? []) {
      if (!named.test(document.uri)) continue;
      const other = filePath(document.uri);
      const rank = other === undefined || other === file ? undefined : companionRank(kind, base, other);
      if (rank !== undefined && (!best || rank < best.rank)) best = { rank, file: other!, text: document.getText() };
    }
    let pending = companions.get(file);
    if (!pending) {
      pending = readOther(file, root).catch(() => undefined);
      companions.set(file, pending);
    }
    const disk = await pending;
    const diskRank = disk && companionRank(kind, base, disk.path);
    if (disk && diskRank !== undefined && (!best || diskRank < best.rank)) return { kind: disk.kind, relativePath: disk.relativePath, text: disk.text };
    return best && companionOf(kind, base, best.file, best.text);
  }

  function factsFor(uri: string): Promise<WorkspaceFacts> {
    const file = filePath(uri);
    if (file === undefined) return Promise.resolve({});
    const folder = path.dirname(file);
    let pending = facts.get(folder);
    if (!pending) {
      pending = read(file).catch(() => ({}));
      facts.set(folder, pending);
    }
    return pending;
  }

  return {
    async forDocument(uri, settings) {
      const relativePath = options.workspace().relativePath(uri);
      const facts = await factsFor(uri);
      const { repository, projectVersion, root } = facts;
      const companion = await companionFor(uri, root);
      const file = filePath(uri);
      const shadowing = file === undefined ? undefined : shadowedBy(file, facts);
      return contextFrom(settings, {
        ...(companion ? { companion } : {}),
        ...(relativePath !== undefined ? { relativePath } : {}),
        ...(repository ? { repository } : {}),
        ...(projectVersion ? { projectVersion } : {}),
        ...(shadowing ? { shadowedBy: shadowing } : {}),
        today: today(),
      });
    },
    refreshFacts() {
      facts.clear();
      companions.clear();
    },
  };
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
