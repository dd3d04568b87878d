import { isPlaceholderUrl } from '../placeholders';
import type { Rule } from '../rule';
import { escapeRegExp } from '../regexpMatches';

// Every occurrence of a security URL in the prose is checked: link destinations, autolinks, bare
// URLs, link definitions and HTML `href`s all appear in the text (code and comments are blanked).
// A link whose visible text repeats the URL gets one finding per copy, each with its own fix.

/** Paths under `/<owner>/<repo>` that are not repositories. */
const NOT_OWNERS = new Set([
  'orgs',
  'settings',
  'sponsors',
  'enterprises',
  'marketplace',
  'apps',
  'users',
  'advisories',
  'topics',
  'features',
]);

export const rule: Rule = {
  id: 'SEC030',
  name: 'advisory-other-repository',
  description: 'A GitHub security or advisory URL points at another repository than this one.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { context, report }) {
    const repo = context.repository;
    if (!repo || !repo.owner || !repo.name) return;
    const host = repo.host.toLowerCase();
    const hostPattern = host === 'github.com' ? '(?:www\\.)?github\\.com' : escapeRegExp(host);
    const url = new RegExp(
      `\\bhttps?://${hostPattern}(?::\\d+)?/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+?)(?:\\.git)?/security(?![\\w-]|\\.\\w)[^\\s<>()"'\`\\]]*`,
      'gid',
    );
    for (const m of doc.prose.matchAll(url)) {
      const owner = m[1]!;
      const name = m[2]!;
      // `yourorg/your-project` is an unfilled template (SEC023), not another project.
      if (NOT_OWNERS.has(owner.toLowerCase()) || isPlaceholderUrl(m[0])) continue;
      const sameOwner = owner.toLowerCase() === repo.owner.toLowerCase();
      if (sameOwner && (name.toLowerCase() === repo.name.toLowerCase() || name.toLowerCase() === '.github')) continue;
      const ownerStart = m.indices![1]![0];
      const ownerEnd = m.indices![2]![1];
      // A sentence's full stop or a closing bracket is not part of the URL.
      const end = m.index + m[0].replace(/[.,;:!?*_~]+$/, '').length;
      const target = `${repo.owner}/${repo.name}`;
      report({
        start: m.index,
        end,
        message: `This security link points at ${owner}/${name}, not at this repository (${target}): reports would go to another project.`,
        fixes: [
          {
            title: `Point the link at ${target}`,
            edits: [{ start: ownerStart, end: ownerEnd, newText: target }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};
