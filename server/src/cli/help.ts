import { POLICY_TEMPLATE_DESCRIPTIONS, POLICY_TEMPLATE_KINDS } from '../core/policyTemplates';
import { PROFILES } from '../core/profiles';

const EXIT_STATUS = `Exit status: 0 no error-level problem (warnings are fine), 1 an error-level
problem was found, 2 a wrong command line, or a file or config that could not be
read or is not text.`;

export const HELP = `Usage: security-policy check [paths, directories or globs...] [options]
       security-policy init [--template NAME] [--dir .|.github|docs]
       security-policy rules

Commands:
  check   lint SECURITY.md files (the same checks as the editor)
  init    write a new SECURITY.md from a template
  rules   list the rules and their default severities

Run 'security-policy COMMAND --help' for a command's options.
  -h, --help     show this help
  -v, --version  show the version

${EXIT_STATUS}
`;

export const CHECK_HELP = `Usage: security-policy check [paths, directories or globs...] [options]

With no paths, checks the repository's policies where GitHub looks for them:
SECURITY.md (any case, .md or .markdown) in the root of the repository holding
the current directory, its .github/ and docs/. A directory is searched the same
way. Quote globs ('**/SECURITY.md') to let the tool expand them.

Options:
  -f, --format text|json|sarif  output format (default: text)
      --repo OWNER/NAME         the repository, instead of the git remote
      --version X.Y.Z           the project's version, instead of the manifest's
      --rule RULE=SEVERITY      off, hint, info, warning or error; repeatable
  -p, --profile NAME            also check a framework's controls; repeatable:
${PROFILES.map((p) => `                                  ${p.id}`).join('\n')}
                                (docs/profiles.md; also "profiles" in --config)
  -c, --config FILE             JSON with the editor's settings, keys with or
                                without the "securityPolicy." prefix
      --today YYYY-MM-DD        the date to judge review dates by (default: today)
  -j, --jobs N                  analyse on N threads (default: automatic, by the
                                number of files and idle cores; 1 = no threads)
  -h, --help                    show this help

${EXIT_STATUS}
`;

export const INIT_HELP = `Usage: security-policy init [--template NAME] [--dir .|.github|docs] [--profile NAME]

Writes SECURITY.md into the repository root, .github/ or docs/, filled with the
repository's facts (advisory link from the git remote, supported versions from
the manifest's version). Never overwrites an existing policy.

Options:
  -t, --template NAME   ${POLICY_TEMPLATE_KINDS.join(', ')}
                        (default: github; minimal when the remote is not on GitHub)
${POLICY_TEMPLATE_KINDS.map((k) => `                          ${k.padEnd(14)}${POLICY_TEMPLATE_DESCRIPTIONS[k]}`).join('\n')}
  -d, --dir DIR         ., .github or docs (default: .)
  -p, --profile NAME    also write the sections a profile needs; repeatable
                        (the names of check --profile)
      --repo OWNER/NAME the repository, instead of the git remote
      --version X.Y.Z   the project's version, instead of the manifest's
  -h, --help            show this help
`;

export const RULES_HELP = `Usage: security-policy rules [--format text|json]

Lists every rule with its default severity, name and what it reports.
`;
