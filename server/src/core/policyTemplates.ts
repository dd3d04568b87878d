// Whole policies for a new repository (`security-policy init`, the editor's Create SECURITY.md), built
// from the section templates in canonical order. Known facts are filled in; facts only the author
// knows stay `[your …]` placeholders, which SEC023 reports until they are replaced. Pure: no fs, no clock.
import { plainTemplate } from './insertSection';
import { profileById, sectionsFor, type ProfileId } from './profiles';
import { sectionInfo, SECTIONS } from './sections';
import type { Repository, SectionId } from './types';
import { versionsTable } from './versionRows';

export type PolicyTemplateKind = 'minimal' | 'github' | 'email-pgp' | 'comprehensive';

export const POLICY_TEMPLATE_KINDS: readonly PolicyTemplateKind[] = ['minimal', 'github', 'email-pgp', 'comprehensive'];

export const POLICY_TEMPLATE_DESCRIPTIONS: Readonly<Record<PolicyTemplateKind, string>> = {
  minimal: 'supported versions, how to report, response times',
  github: "reports through GitHub's private vulnerability reporting, with disclosure policy",
  'email-pgp': 'reports by email, encrypted with a PGP key',
  comprehensive: 'every section: scope, safe harbor, bug bounty, acknowledgments, team …',
};

export interface PolicyFacts {
  readonly projectName?: string;
  readonly repository?: Repository;
  readonly projectVersion?: string;
}

const SECTIONS_OF: Readonly<Record<PolicyTemplateKind, readonly SectionId[]>> = {
  minimal: ['supported-versions', 'reporting', 'response'],
  github: ['supported-versions', 'reporting', 'report-contents', 'response', 'disclosure'],
  'email-pgp': ['supported-versions', 'reporting', 'report-contents', 'response', 'disclosure', 'encryption'],
  comprehensive: SECTIONS.map((s) => s.id),
};

/**
 * The policy as Markdown, `\n` line endings, ending in one newline. `profiles` (core/profiles) add the
 * sections their controls need and the blocks the section model has no id for (CISA's "Test Methods").
 */
export function policyTemplate(
  kind: PolicyTemplateKind,
  facts: PolicyFacts = {},
  profiles: readonly ProfileId[] = [],
): string {
  const project = facts.projectName?.trim() ? facts.projectName.trim() : 'this project';
  const parts = [
    '# Security Policy',
    `This policy says how to report a vulnerability in ${project}, which versions receive security fixes and what happens after a report.`,
  ];
  const wanted = new Set([...SECTIONS_OF[kind], ...sectionsFor(profiles)]);
  const extra = profiles.flatMap((id) => profileById(id)?.extraBlocks ?? []);
  const written = new Set<string>();
  const writeExtra = (after: SectionId | undefined): void => {
    for (const block of extra) {
      if ((after !== undefined && block.after !== after) || written.has(block.title)) continue;
      written.add(block.title);
      parts.push(`## ${block.title}`, block.body);
    }
  };
  // Canonical order whatever the lists above say, so every template reads the same way.
  for (const section of SECTIONS.filter((s) => wanted.has(s.id))) {
    parts.push(`## ${section.title}`, body(kind, section.id, facts, profiles));
    writeExtra(section.id);
  }
  writeExtra(undefined);
  return parts.join('\n\n') + '\n';
}

function body(kind: PolicyTemplateKind, id: SectionId, facts: PolicyFacts, profiles: readonly ProfileId[]): string {
  const template = plainTemplate(sectionInfo(id).template);
  switch (id) {
    case 'supported-versions':
      return versionsTable(facts.projectVersion) ?? template;
    case 'reporting':
      return reportingBody(kind, facts.repository);
    case 'response':
      // The badge's limit, said where the author fills in the number.
      return profiles.includes('best-practices')
        ? template.replace('[your number] business days and send', '[your number, 10 at most] business days and send')
        : template;
    default:
      return template;
  }
}

function reportingBody(kind: PolicyTemplateKind, repository: Repository | undefined): string {
  const template = plainTemplate(sectionInfo('reporting').template);
  const [dontUsePublic = '', byEmail = ''] = template.split('\n\n');
  const advisory = repository && isGitHubHost(repository.host) ? advisoryUrl(repository) : undefined;
  // Without a known repository the prose still names GitHub's feature, which is a real channel.
  const throughGitHub = advisory
    ? `Instead, report them privately through GitHub's private vulnerability reporting: <${advisory}>.`
    : 'Instead, report them privately through GitHub\'s private vulnerability reporting: the "Report a vulnerability" button on the Security tab of this repository.';
  switch (kind) {
    case 'github':
      return `${dontUsePublic}\n\n${throughGitHub}`;
    case 'email-pgp':
      return `${dontUsePublic}\n\n${byEmail} Please encrypt the report with our PGP key (see Encrypted Communication below).`;
    case 'minimal':
    case 'comprehensive':
      // No address is known; prefer the one channel the facts can provide.
      return advisory ? `${dontUsePublic}\n\n${throughGitHub}` : template;
  }
}

/** github.com and GitHub Enterprise Server hosts (`github.example.com`); other forges have no advisory form. */
function isGitHubHost(host: string): boolean {
  return host === 'github.com' || host.startsWith('github.');
}

export function advisoryUrl(repository: Repository): string {
  return `https://${repository.host}/${repository.owner}/${repository.name}/security/advisories/new`;
}
