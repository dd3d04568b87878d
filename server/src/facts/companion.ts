// Where the other policy file of a repository is: the SECURITY.md a security.txt is compared with,
// the security.txt a SECURITY.md is compared with (core/crossCheck.ts). Locations only; the listing
// and reading come in, so the server (open documents first) and the CLI (the disk) share the order.
import * as path from 'node:path';
import { isSecurityTxtName } from '../core/securitytxt/analyze';
import type { Companion } from '../core/types';

export type CompanionKind = Companion['kind'];

/** Where GitHub looks for a repository's policy, in its order. */
const POLICY_FOLDERS: readonly string[] = ['.github', '', 'docs'];

/** Where repositories keep their website's security.txt, the usual places first. */
const SECURITY_TXT_FOLDERS: readonly string[] = [
  '.well-known',
  '',
  'public/.well-known',
  'static/.well-known',
  'docs/.well-known',
  'site/.well-known',
  'src/.well-known',
  'www/.well-known',
  'web/.well-known',
  'website/static/.well-known',
  'app/public/.well-known',
];

const POLICY_NAME = /^security\.(?:md|markdown)$/i;

/** The kind of file a document is compared with: a security.txt with the policy, anything else with the security.txt. */
export function companionKindFor(file: string): CompanionKind {
  return isSecurityTxtName(file) ? 'policy' : 'security.txt';
}

/**
 * The repository root to look in: the work tree's root when there is one, else the folder of the
 * file above a `.well-known`, `.github` or `docs` folder it sits in.
 */
export function companionRoot(file: string, root: string | undefined): string {
  if (root !== undefined) return root;
  const folder = path.dirname(path.resolve(file));
  return /^(?:\.well-known|\.github|docs)$/i.test(path.basename(folder)) ? path.dirname(folder) : folder;
}

/** The place of `candidate` in the search order for `kind` under `root` (0 first), or undefined when it is no candidate. */
export function companionRank(kind: CompanionKind, root: string, candidate: string): number | undefined {
  const relative = path.relative(root, candidate).split(path.sep).join('/');
  if (relative.startsWith('../') || path.isAbsolute(relative)) return undefined;
  const slash = relative.lastIndexOf('/');
  const folder = slash < 0 ? '' : relative.slice(0, slash);
  const name = relative.slice(slash + 1);
  const folders = kind === 'policy' ? POLICY_FOLDERS : SECURITY_TXT_FOLDERS;
  const rank = folders.findIndex((f) => f.toLowerCase() === folder.toLowerCase());
  if (rank < 0) return undefined;
  const named = kind === 'policy' ? POLICY_NAME.test(name) : isSecurityTxtName(relative);
  return named ? rank : undefined;
}

/**
 * The first companion on disk, in search order: `list` gives the names in a folder (empty when
 * it does not exist). Absolute path, or undefined.
 */
export async function findCompanion(
  kind: CompanionKind,
  root: string,
  list: (folder: string) => Promise<readonly string[]>,
): Promise<string | undefined> {
  const folders = kind === 'policy' ? POLICY_FOLDERS : SECURITY_TXT_FOLDERS;
  // The root's listing says which first folders exist: most repositories have none of them, and
  // one listing then answers (an editor opening hundreds of policies reads that much less).
  const atRoot = new Set((await list(root)).map((n) => n.toLowerCase()));
  for (const folder of folders) {
    const first = folder.split('/')[0]!;
    if (first !== '' && !atRoot.has(first.toLowerCase())) continue;
    const absolute = path.join(root, folder);
    const names = [...(await list(absolute))].sort();
    const name = names.find((n) => companionRank(kind, root, path.join(absolute, n)) !== undefined);
    if (name !== undefined) return path.join(absolute, name);
  }
  return undefined;
}

/** The companion as the core takes it. */
export function companionOf(kind: CompanionKind, root: string, file: string, text: string): Companion {
  return { kind, relativePath: path.relative(root, file).split(path.sep).join('/'), text };
}
