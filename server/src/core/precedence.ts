// Which policy file GitHub and OpenSSF Scorecard read when a repository has several. GitHub shows
// SECURITY.md from .github/, then the root, then docs/ on the Security tab; Scorecard takes the first
// of its names (security.md, .markdown, .adoc, .rst, any case) in the root, then .github/, then docs/
// (ossf/scorecard, checks/raw/security_policy.go, isSecurityPolicyFilename). Pure: the adapter lists
// the files (facts/readFacts.ts).

const GITHUB_ORDER = ['.github/', '', 'docs/'];
const GITHUB_NAME = /^security\.(?:md|markdown)$/i;
const SCORECARD_ORDER = ['', '.github/', 'docs/', 'doc/'];
const SCORECARD_NAMES: Readonly<Record<string, RegExp>> = {
  '': /^security\.(?:md|markdown|adoc|rst)$/i,
  '.github/': /^security\.(?:md|markdown|adoc|rst)$/i,
  'docs/': /^security\.(?:md|markdown|adoc|rst)$/i,
  'doc/': /^security\.rst$/i,
};

/** The folders (root-relative, `''` for the root) the platforms look in: what the adapter lists. */
export const POLICY_FOLDERS: readonly string[] = ['', '.github', 'docs', 'doc'];

/**
 * The files GitHub and Scorecard read instead of the policy at `self` (root-relative), given the
 * root-relative policy files of the repository; a platform that reads `self`, or none, is left out.
 */
export function shadowingPolicies(self: string, files: readonly string[]): { github?: string; scorecard?: string } {
  const same = (other: string | undefined) => other === undefined || other.toLowerCase() === self.toLowerCase();
  const github = githubPick(files);
  const scorecard = scorecardPick(files);
  return { ...(same(github) ? {} : { github: github! }), ...(same(scorecard) ? {} : { scorecard: scorecard! }) };
}

/** The policy GitHub shows among root-relative `files`, if any. */
export function githubPick(files: readonly string[]): string | undefined {
  return pick(files, GITHUB_ORDER, () => GITHUB_NAME);
}

/** The policy Scorecard scores among root-relative `files`, if any. */
export function scorecardPick(files: readonly string[]): string | undefined {
  return pick(files, SCORECARD_ORDER, (folder) => SCORECARD_NAMES[folder]!);
}

function pick(
  files: readonly string[],
  order: readonly string[],
  nameIn: (folder: string) => RegExp,
): string | undefined {
  for (const folder of order) {
    // Sorted, so that two names in one folder (SECURITY.md and security.rst) give the same answer every time.
    const found = files
      .filter(
        (f) =>
          f.toLowerCase().startsWith(folder) &&
          !f.slice(folder.length).includes('/') &&
          nameIn(folder).test(f.slice(folder.length)),
      )
      .sort()[0];
    if (found) return found;
  }
  return undefined;
}
