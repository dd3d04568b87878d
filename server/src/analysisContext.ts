// The analysis context of a document, built in one place: its settings, where it sits in the
// workspace, the repository facts (git remote, project version) and today's date. The core reads
// neither files nor the clock; this adapter does, for `file:` documents only (a virtual workspace has
// no file system here, so its facts are simply absent and the rules that need them stay silent).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisContext, Repository } from './core/types';
import { readFacts, type WorkspaceFacts } from './facts/readFacts';
import { localDate } from './localDate';
import { effectiveRepository, type Settings } from './settings';
import type { Workspace } from './workspace';

/** What an adapter found out about a document besides its settings. */
export interface DocumentFacts {
  readonly relativePath?: string;
  /** The repository of the git remote; the `repository` setting wins over it. */
  readonly repository?: Repository;
  readonly projectVersion?: string;
  readonly today: string;
}

/** The analysis context of settings and facts: the one place the editor and the CLI build it. */
export function contextFrom(settings: Settings, facts: DocumentFacts): AnalysisContext {
  const repository = effectiveRepository(settings, facts.repository);
  return {
    ...(facts.relativePath !== undefined ? { relativePath: facts.relativePath } : {}),
    requiredSections: settings.requiredSections,
    ruleSeverities: settings.rules,
    staleReviewMonths: settings.staleReviewMonths,
    maxFileSize: settings.maxFileSize,
    ...(repository ? { repository } : {}),
    ...(facts.projectVersion ? { projectVersion: facts.projectVersion } : {}),
    today: facts.today,
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
}

export function createContextSource(options: ContextSourceOptions): ContextSource {
  const today = options.today ?? (() => localDate(new Date()));
  const read = options.readFacts ?? readFacts;
  // One read per folder holding policies, shared by its documents until a watched file changes.
  const facts = new Map<string, Promise<WorkspaceFacts>>();

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
      const { repository, projectVersion } = await factsFor(uri);
      return contextFrom(settings, {
        ...(relativePath !== undefined ? { relativePath } : {}),
        ...(repository ? { repository } : {}),
        ...(projectVersion ? { projectVersion } : {}),
        today: today(),
      });
    },
    refreshFacts() {
      facts.clear();
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
