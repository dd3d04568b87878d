// `security-policy init`: writes a new SECURITY.md from the same templates as the editor's Create
// SECURITY.md command, filled with the repository's facts. Never overwrites: an existing policy in the
// target folder (any case, .md or .markdown) makes it stop with exit 2.
import { lstat, mkdir, readdir, realpath, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { policyTemplate, type PolicyTemplateKind } from '../core/policyTemplates';
import type { Repository } from '../core/types';
import { isInside, readFacts, repositoryRoot } from '../facts/readFacts';
import type { InitOptions } from './args';
import { POLICY_NAME, toSlashes } from './discovery';
import { EXIT_OK, EXIT_USAGE } from './exitCodes';
import { printablePath } from './formats';
import type { Io } from './io';

export async function init(options: InitOptions, io: Io): Promise<number> {
  // The locations GitHub honours are relative to the repository root, wherever the command runs.
  const root = (await repositoryRoot(io.cwd)) ?? io.cwd;
  const folder = path.join(root, options.dir);
  const target = path.join(folder, 'SECURITY.md');
  const shown = toSlashes(path.relative(io.cwd, target));

  const existing = await existingPolicy(folder);
  if (existing !== undefined) {
    io.err(`security-policy: ${toSlashes(path.relative(io.cwd, existing))} already exists; not overwriting it.`);
    return EXIT_USAGE;
  }

  const facts = await readFacts(target);
  const repository = options.repository ?? facts.repository;
  const projectVersion = options.projectVersion ?? facts.projectVersion;
  const kind = options.template ?? defaultTemplate(repository);
  const text = policyTemplate(
    kind,
    {
      projectName: repository?.name ?? path.basename(root),
      ...(repository ? { repository } : {}),
      ...(projectVersion ? { projectVersion } : {}),
    },
    options.profiles,
  );

  try {
    // A folder symlinked out of the repository (`.github -> /somewhere`) is not written through:
    // checked before mkdir (which would follow it) and after (in case it was swapped in). `wx`
    // (O_EXCL) then refuses a SECURITY.md that is itself a symlink, and never overwrites.
    const leaves = async (): Promise<boolean> => {
      const real = await realpath(folder).catch(() => undefined);
      if (real !== undefined) return !isInside(await realpath(root), real);
      // Nothing there yet stays inside; a dangling symlink may point anywhere.
      return lstat(folder).then(
        () => true,
        () => false,
      );
    };
    if (!(await leaves())) await mkdir(folder, { recursive: true });
    if (await leaves()) {
      io.err(
        `security-policy: cannot write ${printablePath(shown)}: ${printablePath(options.dir)} leads out of the repository (a symlink); not writing there.`,
      );
      return EXIT_USAGE;
    }
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      `security-policy: cannot write ${shown}: ${code === 'EEXIST' ? 'it already exists; not overwriting it' : (code ?? String(error))}.`,
    );
    return EXIT_USAGE;
  }

  io.out(`Wrote ${shown} (${kind} template).`);
  io.out(
    repository
      ? `  Repository: ${repository.host}/${repository.owner}/${repository.name}${options.repository ? ' (--repo)' : ' (git remote)'}`
      : '  Repository: unknown (no git remote; use --repo owner/name to link its advisory form)',
  );
  io.out(
    projectVersion
      ? `  Supported versions: from ${projectVersion}${options.projectVersion ? ' (--version)' : facts.manifest ? ` (${toSlashes(path.relative(io.cwd, facts.manifest))})` : ''}`
      : '  Supported versions: unknown (no manifest version; use --version x.y.z)',
  );
  const placeholders = text.match(/\[your [^\]]*\]/g) ?? [];
  if (placeholders.length > 0) {
    io.out(
      `Fill in the ${placeholders.length} [your …] ${placeholders.length === 1 ? 'placeholder' : 'placeholders'}, then run: security-policy check ${shown}`,
    );
  }
  return EXIT_OK;
}

/** GitHub's private reporting is the easiest channel on GitHub (or when the host is unknown); elsewhere, email. */
function defaultTemplate(repository: Repository | undefined): PolicyTemplateKind {
  return !repository || repository.host === 'github.com' || repository.host.startsWith('github.')
    ? 'github'
    : 'minimal';
}

async function existingPolicy(folder: string): Promise<string | undefined> {
  try {
    const name = (await readdir(folder)).find((n) => POLICY_NAME.test(n));
    return name === undefined ? undefined : path.join(folder, name);
  } catch {
    return undefined; // the folder does not exist yet
  }
}
