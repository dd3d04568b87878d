// The command line: commands, options and their validation. Everything here is pure; a wrong
// command line becomes a `usage-error` with a message, never an exception.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import semver from 'semver';
import { POLICY_TEMPLATE_KINDS, type PolicyTemplateKind } from '../core/policyTemplates';
import { ruleMetaById } from '../core/catalogue';
import { isProfileId, PROFILE_IDS, type ProfileId } from '../core/profiles';
import type { Repository, SeveritySetting } from '../core/types';
import { parseRemoteUrl } from '../protocol/gitRemote';

export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
export const INIT_DIRS = ['.', '.github', 'docs'] as const;
export type InitDir = (typeof INIT_DIRS)[number];
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Facts given on the command line; they win over what is read from the repository. */
export interface FactOverrides {
  readonly repository?: Repository;
  readonly projectVersion?: string;
}

export interface CheckOptions extends FactOverrides {
  readonly targets: readonly string[];
  readonly format: Format;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly config?: string;
  readonly today?: string;
  /** Threads for the analysis; automatic when absent. */
  readonly jobs?: number;
  /** `--profile`, repeatable: added to the config's `profiles`. */
  readonly profiles?: readonly ProfileId[];
}

export interface InitOptions extends FactOverrides {
  readonly template?: PolicyTemplateKind;
  readonly dir: InitDir;
  /** `--profile`: the sections these profiles need are written too. */
  readonly profiles?: readonly ProfileId[];
}

export type Command =
  | { readonly kind: 'help'; readonly topic?: 'check' | 'init' | 'rules' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'init'; readonly options: InitOptions }
  | { readonly kind: 'rules'; readonly format: 'text' | 'json' }
  | { readonly kind: 'usage-error'; readonly message: string };

class UsageError extends Error {}

export function parseCommand(argv: readonly string[]): Command {
  try {
    return parse(argv);
  } catch (error) {
    // parseArgs throws TypeErrors with readable messages for unknown options and missing values.
    return { kind: 'usage-error', message: (error as Error).message };
  }
}

function parse(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command (check, init or rules)');
  if (first.startsWith('-')) {
    // Without a command, `--version` is the tool's version; after `check`/`init` it is the project's.
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    });
    if (values.help) return { kind: 'help' };
    if (values.version) return { kind: 'version' };
    throw new UsageError('missing command (check, init or rules)');
  }
  switch (first) {
    case 'check':
      return parseCheck(rest);
    case 'init':
      return parseInit(rest);
    case 'rules':
      return parseRules(rest);
    case 'help':
      return { kind: 'help', ...(isTopic(rest[0]) ? { topic: rest[0] } : {}) };
    default:
      throw new UsageError(`unknown command '${first}' (expected check, init or rules)`);
  }
}

/** The options `check` and `init` share: help, the facts they may be given, the profiles. */
const SHARED_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  repo: { type: 'string' },
  version: { type: 'string' },
  profile: { type: 'string', short: 'p', multiple: true },
} as const;

/** A command's options and paths, strictly: an unknown option is a usage error. */
function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
}

/** The shared options' values, checked. */
function sharedOptions(values: {
  readonly repo?: string;
  readonly version?: string;
  readonly profile?: string[];
}): FactOverrides & { readonly profiles?: readonly ProfileId[] } {
  return {
    ...(values.profile !== undefined ? { profiles: parseProfiles(values.profile) } : {}),
    ...(values.repo !== undefined ? { repository: parseRepo(values.repo) } : {}),
    ...(values.version !== undefined ? { projectVersion: parseVersion(values.version) } : {}),
  };
}

function parseCheck(args: readonly string[]): Command {
  const { values, positionals } = parseOptions(args, {
    ...SHARED_OPTIONS,
    format: { type: 'string', short: 'f' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string', short: 'c' },
    today: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
  });
  if (values.help) return { kind: 'help', topic: 'check' };
  return {
    kind: 'check',
    options: {
      targets: positionals,
      format: oneOf('--format', values.format ?? 'text', FORMATS),
      rules: parseRuleOverrides(values.rule ?? []),
      ...(values.config !== undefined ? { config: values.config } : {}),
      ...(values.today !== undefined ? { today: parseToday(values.today) } : {}),
      ...(values.jobs !== undefined ? { jobs: parseJobs(values.jobs) } : {}),
      ...sharedOptions(values),
    },
  };
}

/** `--profile NAME`, repeatable; `--profile a,b` too, as CI inputs are often one line. */
function parseProfiles(values: readonly string[]): ProfileId[] {
  const profiles: ProfileId[] = [];
  for (const name of values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase())) {
    if (name === '') continue;
    if (!isProfileId(name)) throw new UsageError(`--profile must be one of ${PROFILE_IDS.join(', ')} (got '${name}')`);
    if (!profiles.includes(name)) profiles.push(name);
  }
  return profiles;
}

function parseJobs(value: string): number {
  const jobs = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (jobs >= 1 && jobs <= 64) return jobs;
  throw new UsageError(`--jobs expects a number of threads from 1 to 64 (got '${value}')`);
}

function parseInit(args: readonly string[]): Command {
  const { values, positionals } = parseOptions(args, {
    ...SHARED_OPTIONS,
    template: { type: 'string', short: 't' },
    dir: { type: 'string', short: 'd' },
  });
  if (values.help) return { kind: 'help', topic: 'init' };
  if (positionals.length > 0) throw new UsageError(`init takes no paths (got '${positionals[0]}'); use --dir`);
  // `./docs`, `docs/` and `docs` are the same place.
  const dir =
    (values.dir ?? '.')
      .replace(/\\/g, '/')
      .replace(/^\.\/(?=.)/, '')
      .replace(/\/+$/, '') || '.';
  return {
    kind: 'init',
    options: {
      dir: oneOf('--dir', dir, INIT_DIRS),
      ...(values.template !== undefined
        ? { template: oneOf('--template', values.template, POLICY_TEMPLATE_KINDS) }
        : {}),
      ...sharedOptions(values),
    },
  };
}

function parseRules(args: readonly string[]): Command {
  const { values, positionals } = parseOptions(args, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', short: 'f' },
  });
  if (values.help) return { kind: 'help', topic: 'rules' };
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments (got '${positionals[0]}')`);
  return { kind: 'rules', format: oneOf('--format', values.format ?? 'text', ['text', 'json'] as const) };
}

/** `--rule SEC013=off`, repeatable; the last one for a rule wins. */
export function parseRuleOverrides(specs: readonly string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const spec of specs) {
    const m = /^\s*([A-Za-z]{3}\d{3})\s*[=:]\s*(\w+)\s*$/.exec(spec);
    if (!m) throw new UsageError(`--rule expects RULE=SEVERITY, for example SEC013=off (got '${spec}')`);
    const id = m[1]!.toUpperCase();
    if (!ruleMetaById(id))
      throw new UsageError(`--rule: unknown rule ${id} (run 'security-policy rules' for the list)`);
    rules[id] = oneOf(`--rule ${id}`, m[2]!.toLowerCase(), SEVERITY_SETTINGS);
  }
  return rules;
}

/** `owner/name` (on github.com) or a remote URL such as `https://gitlab.com/group/name`. */
function parseRepo(value: string): Repository {
  const short = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value.trim());
  if (short) return { host: 'github.com', owner: short[1]!, name: short[2]!.replace(/\.git$/i, '') };
  const parsed = /[:/]/.test(value) ? parseRemoteUrl(value) : undefined;
  if (parsed) return parsed;
  throw new UsageError(`--repo expects owner/name or a repository URL (got '${value}')`);
}

function parseVersion(value: string): string {
  const version = value.trim();
  if (/^v?\d/i.test(version) && (semver.valid(version, { loose: true }) || semver.coerce(version))) return version;
  throw new UsageError(`--version expects the project's version, for example 2.3.1 (got '${value}')`);
}

function parseToday(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  // Round-tripping rejects 2025-02-30 and friends.
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new UsageError(`--today expects a date as YYYY-MM-DD (got '${value}')`);
  return value;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function isTopic(value: string | undefined): value is 'check' | 'init' | 'rules' {
  return value === 'check' || value === 'init' || value === 'rules';
}
