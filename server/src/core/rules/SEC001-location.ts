import { documentAnchor } from '../document';
import type { Rule } from '../rule';

/** Folders GitHub reads a security policy from (besides the repository root). */
const POLICY_FOLDERS = new Set(['.github', 'docs']);

export const rule: Rule = {
  id: 'SEC001',
  name: 'location',
  description: 'The policy is not where GitHub looks for it (the repository root, .github/ or docs/).',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { context, report }) {
    const path = context.relativePath;
    if (path === undefined) return;
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (folder === '' || POLICY_FOLDERS.has(folder)) return;
    report({
      ...documentAnchor(doc),
      message: `GitHub does not show a policy in ${folder}/: move it to the repository root, .github/ or docs/.`,
    });
  },
};
