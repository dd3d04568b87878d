// `--config file.json`: the editor's settings for CI. Keys are those of the `securityPolicy.*`
// settings, written either as in VS Code's settings.json (`"securityPolicy.rules"`) or without the
// prefix (`"rules"`). Values are validated by the same code as the editor's; unlike the editor, which
// falls back to defaults, the CLI refuses a config it cannot fully apply: a typo in CI should fail.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ruleMetaById } from '../core/catalogue';
import type { ProfileId } from '../core/profiles';
import type { SeveritySetting } from '../core/types';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_SECTION, type Settings } from '../config/settings';

/** Editor-only settings: accepted so a settings.json excerpt can be reused, but meaningless here. */
const EDITOR_ONLY_KEYS: ReadonlySet<string> = new Set(['trace.server', 'run', 'files']);

export type ConfigResult = { readonly settings: Settings } | { readonly problems: readonly string[] };

export async function loadConfig(file: string | undefined, cwd: string): Promise<ConfigResult> {
  if (file === undefined) return { settings: DEFAULT_SETTINGS };
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    return { problems: [`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [`config ${file} is not valid JSON (comments are not allowed): ${(error as Error).message}`] };
  }
  return configFromJson(raw, file);
}

export function configFromJson(raw: unknown, file: string): ConfigResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problems: [`config ${file}: expected a JSON object`] };
  // `repository` has no default (the git remote is), so it is not among the defaults' keys.
  const known = new Set([...Object.keys(DEFAULT_SETTINGS), 'repository']);
  const problems: string[] = [];
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const bare = key.startsWith(`${SETTINGS_SECTION}.`) ? key.slice(SETTINGS_SECTION.length + 1) : key;
    if (EDITOR_ONLY_KEYS.has(bare)) continue;
    if (!known.has(bare)) {
      problems.push(`config ${file}: unknown setting "${key}" (known: ${[...known].join(', ')})`);
      continue;
    }
    if (bare in settings)
      problems.push(`config ${file}: "${bare}" is given twice (with and without the ${SETTINGS_SECTION}. prefix)`);
    settings[bare] = value;
  }
  // The editor's messages end in what it falls back to; the CLI stops instead, so that part is dropped.
  const parsed = parseSettings(settings, (message) =>
    problems.push(`config ${file}: ${message.replace(/;\s*using [^;]*$/, '.')}`),
  );
  for (const id of Object.keys(parsed.rules)) {
    if (!ruleMetaById(id))
      problems.push(`config ${file}: unknown rule ${id} in rules (run 'security-policy rules' for the list)`);
  }
  return problems.length > 0 ? { problems } : { settings: parsed };
}

/** `--rule` overrides win over the config's `rules`; `--profile` adds to its `profiles`. */
export function withOverrides(
  settings: Settings,
  rules: Readonly<Record<string, SeveritySetting>>,
  profiles: readonly ProfileId[] = [],
): Settings {
  const withRules =
    Object.keys(rules).length === 0 ? settings : { ...settings, rules: { ...settings.rules, ...rules } };
  const added = profiles.filter((p) => !withRules.profiles.includes(p));
  return added.length === 0 ? withRules : { ...withRules, profiles: [...withRules.profiles, ...added] };
}
