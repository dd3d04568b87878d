// The analysis context of a document, built in one place: its settings, where it sits in the
// workspace, the repository facts (git remote, project version) and today's date. The core reads
// neither files nor the clock; this adapter does, through the platform's fact reader: the disk for
// `file:` documents in Node (facts/readFacts.ts), the client's workspace.fs in the browser
// (facts/uriFacts.ts). Where a reader finds nothing, the rules that need the facts stay silent.
import { shadowingPolicies } from '../core/precedence';
import type { AnalysisContext, Companion, Repository } from '../core/types';
import type { WorkspaceFacts } from '../facts/factsWalk';
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

/** The files GitHub and Scorecard read instead of the policy at `self` (root-relative, `/`-separated), from the repository's listed policy files. */
export function shadowedBy(self: string, facts: WorkspaceFacts): AnalysisContext['shadowedBy'] {
  if (facts.policyFiles === undefined) return undefined;
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
  /** The facts of the document at `uri`; `relativePath` is its place in the workspace, when inside one. */
  readonly readFacts: (uri: string, relativePath: string | undefined) => Promise<WorkspaceFacts>;
  /** The repository's other policy file; absent where files cannot be listed (the browser). */
  readonly companions?: CompanionSource;
  /** The document's path relative to its work tree's root, `/`-separated (for SEC002); absent where the reader lists no policy files. */
  readonly rootRelative?: (uri: string, root: string) => string | undefined;
}

/** Where a document's companion comes from (companionSource.ts); `root` is the work tree's, when known. */
export interface CompanionSource {
  companionFor(uri: string, root: string | undefined): Promise<Companion | undefined>;
  /** A watched file changed: read again. */
  clear(): void;
}

export function createContextSource(options: ContextSourceOptions): ContextSource {
  const today = options.today ?? (() => localDate(new Date()));
  const read = options.readFacts;
  // One read per folder holding policies, shared by its documents until a watched file changes.
  const facts = new Map<string, Promise<WorkspaceFacts>>();

  function factsFor(uri: string, relativePath: string | undefined): Promise<WorkspaceFacts> {
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
    let pending = facts.get(folder);
    if (!pending) {
      pending = read(uri, relativePath).catch(() => ({}));
      facts.set(folder, pending);
    }
    return pending;
  }

  return {
    async forDocument(uri, settings) {
      const relativePath = options.workspace().relativePath(uri);
      const facts = await factsFor(uri, relativePath);
      const { repository, projectVersion, root } = facts;
      const companion = await options.companions?.companionFor(uri, root);
      const self = root === undefined ? undefined : options.rootRelative?.(uri, root);
      const shadowing = self === undefined ? undefined : shadowedBy(self, facts);
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
      options.companions?.clear();
    },
  };
}
