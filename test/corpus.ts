// The third-party policies in ../shared/corpus, listed by its two manifests (file, repo, path, …),
// for tests, benchmarks and the evaluation. The corpus is test data only: nothing in it is copied here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisContext } from '../server/src/core/types';

export const CORPUS = join(__dirname, '../../shared/corpus');

export interface CorpusEntry {
  readonly file: string;
  /** `owner/name` of the repository the policy comes from. */
  readonly repo: string;
  /** The policy's path in that repository. */
  readonly path: string;
}

/**
 * The \`skip\` option of a test that reads the corpus (`dir`: ../shared/corpus or a folder of it).
 * Without ../shared such tests would pass by checking nothing, so a missing corpus fails them (the
 * error says what is missing). SECURITY_POLICY_NO_CORPUS=1 skips them instead, on a developer's
 * machine only: in CI (`CI` set) a missing corpus always fails.
 */
export function corpusSkip(dir: string = CORPUS): string | false {
  if (existsSync(join(dir, 'MANIFEST.tsv'))) return false;
  if (process.env['SECURITY_POLICY_NO_CORPUS'] === '1' && !process.env['CI'])
    return `no ${dir} (SECURITY_POLICY_NO_CORPUS=1)`;
  throw new Error(
    `${dir} is missing: the corpus tests need ../shared/corpus beside the repository (SECURITY_POLICY_NO_CORPUS=1 skips them, except in CI)`,
  );
}

/** `MANIFEST.tsv`: the first 150 policies; `MANIFEST-extra.tsv`: the ones added for the evaluation. */
export const MANIFESTS = ['MANIFEST.tsv', 'MANIFEST-extra.tsv'] as const;

/** Every policy of the given manifests (all by default), in manifest order; none without ../shared. */
export function corpusEntries(manifests: readonly string[] = MANIFESTS, dir: string = CORPUS): CorpusEntry[] {
  return manifests.flatMap((name) => {
    const manifest = join(dir, name);
    if (!existsSync(manifest)) return [];
    return readFileSync(manifest, 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [file = '', repo = '', path = ''] = line.split('\t');
        // A repository may be given as its URL: `https://github.com/owner/name.git`.
        return {
          file,
          repo: repo
            .replace(/^(?:git\+)?https?:\/\/github\.com\//, '')
            .replace(/[#?].*$/, '')
            .replace(/\.git$/, ''),
          path,
        };
      });
  });
}

/** Whether a file at `path` is a policy by its name alone (`SECURITY.md`, `.markdown`, any case), as the editor and CLI find them. */
export function isPolicyName(path: string): boolean {
  return /(?:^|\/)security\.(?:md|markdown)$/i.test(path);
}

export function corpusText(entry: CorpusEntry | string, dir: string = CORPUS): string {
  return readFileSync(join(dir, typeof entry === 'string' ? entry : entry.file), 'utf8');
}

/** A fixed date, so that date rules give the same result on every run. */
export const CORPUS_TODAY = '2026-11-22';

/** What the editor would know about each policy: where it sits in its repository, and which repository. */
export function corpusContext(entry: CorpusEntry): AnalysisContext {
  const [owner, name] = entry.repo.split('/');
  return {
    today: CORPUS_TODAY,
    ...(entry.path ? { relativePath: entry.path } : {}),
    ...(owner && name ? { repository: { host: 'github.com', owner, name } } : {}),
  };
}
