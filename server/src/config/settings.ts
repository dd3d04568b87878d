// `securityPolicy.*` settings: fetched per document (scopeUri = the document, so folder-level settings
// apply) and validated. They are cached per document only while the client announces changes (the
// server registered for didChangeConfiguration): a keystroke then costs no round trip to the client,
// and a change empties the cache. Otherwise every analysis asks again.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_MAX_FILE_SIZE, MAX_MAX_FILE_SIZE, MIN_MAX_FILE_SIZE } from '../core/limits';
import { DEFAULT_PROFILES, isProfileId, PROFILE_IDS, type ProfileId } from '../core/profiles';
import { DEFAULT_REQUIRED_SECTIONS } from '../core/requirements';
import { DEFAULT_RENEW_DAYS, DEFAULT_WARNING_DAYS } from '../core/securitytxt/datetime';
import { SECTIONS } from '../core/sections';
import type { Repository, SectionId, SeveritySetting } from '../core/types';
import { compileGlob } from './workspace';

export const SETTINGS_SECTION = 'securityPolicy';

export interface Settings {
  readonly enable: boolean;
  readonly requiredSections: readonly SectionId[];
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Months after which a "last reviewed" date is stale (SEC050). */
  readonly staleReviewMonths: number;
  /** `owner/name` overriding the git remote, for SEC030 and the advisory link. */
  readonly repository?: string;
  /** Lint while typing, or only when the file is saved. */
  readonly run: 'onType' | 'onSave';
  /** Extra glob patterns (workspace-relative) for files to treat as policies. */
  readonly files: readonly string[];
  /** Above this many characters only the cheap text rules run, with one info diagnostic saying so. */
  readonly maxFileSize: number;
  /** security.txt: days before Expires that TXT013 warns, and how far ahead renewing sets it. */
  readonly securityTxt: SecurityTxtSettings;
  /** The profiles the policy answers to (core/profiles): their controls are checked and named in findings. */
  readonly profiles: readonly ProfileId[];
}

export interface SecurityTxtSettings {
  readonly expiresWarningDays: number;
  readonly expiresRenewDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  requiredSections: DEFAULT_REQUIRED_SECTIONS,
  rules: {},
  staleReviewMonths: 12,
  run: 'onType',
  files: [],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  securityTxt: { expiresWarningDays: DEFAULT_WARNING_DAYS, expiresRenewDays: DEFAULT_RENEW_DAYS },
  profiles: DEFAULT_PROFILES,
};

/** Bounds of the security.txt day counts: RFC 9116 §2.5.5 recommends less than a year ahead. */
export const MAX_WARNING_DAYS = 365;
export const MAX_RENEW_DAYS = 365;

const SEVERITY_SETTINGS: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'] satisfies SeveritySetting[];
const SECTION_IDS: ReadonlySet<string> = new Set(SECTIONS.map((s) => s.id));

export interface SettingsSource {
  /** The effective settings for one document. Never rejects: problems fall back to defaults. */
  forDocument(uri: string): Promise<Settings>;
  /** For clients without `workspace/configuration`: the settings pushed by didChangeConfiguration. */
  setPushed(settings: unknown): void;
  /** Caches settings per document from now on: the client will announce every change. */
  cacheUntilChanged(): void;
  /** The settings changed (didChangeConfiguration): ask the client again. */
  invalidate(): void;
  /** The document closed: drop what is cached for it. */
  forget(uri: string): void;
}

export function createSettingsSource(connection: Connection, supportsConfiguration: () => boolean): SettingsSource {
  // Each distinct problem is logged once, not on every keystroke.
  const logged = new Set<string>();
  const warn = (message: string): void => {
    if (logged.has(message)) return;
    logged.add(message);
    connection.console.warn(message);
  };
  let pushed: unknown;
  let cache: Map<string, Promise<Settings>> | undefined;

  async function askClient(uri: string): Promise<Settings> {
    try {
      return parseSettings(
        await connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }),
        warn,
      );
    } catch (error) {
      warn(`Could not read ${SETTINGS_SECTION} settings; using defaults: ${String(error)}`);
      return DEFAULT_SETTINGS;
    }
  }

  return {
    forDocument(uri) {
      if (!supportsConfiguration()) return Promise.resolve(parseSettings(pushed, warn));
      if (!cache) return askClient(uri);
      let settings = cache.get(uri);
      if (!settings) {
        settings = askClient(uri);
        cache.set(uri, settings);
      }
      return settings;
    },
    setPushed(settings) {
      pushed = isRecord(settings) ? settings[SETTINGS_SECTION] : undefined;
    },
    cacheUntilChanged() {
      cache ??= new Map();
    },
    invalidate() {
      cache?.clear();
    },
    forget(uri) {
      cache?.delete(uri);
    },
  };
}

/** `repository` ("owner/name") wins over the git remote; the host stays the remote's. */
export function effectiveRepository(settings: Settings, fromGit: Repository | undefined): Repository | undefined {
  if (!settings.repository) return fromGit;
  const [owner, name] = settings.repository.split('/') as [string, string];
  return { host: fromGit?.host ?? 'github.com', owner, name };
}

/** Validates raw settings; a missing key takes its default, an invalid one too (reported through `warn`). */
export function parseSettings(raw: unknown, warn: (message: string) => void): Settings {
  // Clients that do not know the section answer null.
  if (raw === null || raw === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) {
    warn(`${SETTINGS_SECTION}: expected an object, got ${JSON.stringify(raw)}; using defaults.`);
    return DEFAULT_SETTINGS;
  }
  const repository = parseRepository(raw['repository'], warn);
  return {
    enable: parseEnable(raw['enable'], warn),
    requiredSections: parseRequiredSections(raw['requiredSections'], warn),
    rules: parseRules(raw['rules'], warn),
    staleReviewMonths: parseStaleReviewMonths(raw['staleReviewMonths'], warn),
    ...(repository ? { repository } : {}),
    run: parseRun(raw['run'], warn),
    files: parseFiles(raw['files'], warn),
    maxFileSize: parseMaxFileSize(raw['maxFileSize'], warn),
    securityTxt: parseSecurityTxtSettings(raw['securityTxt'], warn),
    profiles: parseProfiles(raw['profiles'], warn),
  };
}

function parseSecurityTxtSettings(value: unknown, warn: (message: string) => void): SecurityTxtSettings {
  const defaults = DEFAULT_SETTINGS.securityTxt;
  if (value === undefined || value === null) return defaults;
  if (!isRecord(value)) {
    warn(`${SETTINGS_SECTION}.securityTxt: expected an object, got ${preview(value)}; using the defaults.`);
    return defaults;
  }
  const days = (key: keyof SecurityTxtSettings, min: number, max: number): number => {
    const raw = value[key];
    if (raw === undefined || raw === null) return defaults[key];
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) return raw;
    warn(
      `${SETTINGS_SECTION}.securityTxt.${key}: expected a whole number of days from ${min} to ${max}, got ${preview(raw)}; using ${defaults[key]}.`,
    );
    return defaults[key];
  };
  return {
    expiresWarningDays: days('expiresWarningDays', 0, MAX_WARNING_DAYS),
    expiresRenewDays: days('expiresRenewDays', 1, MAX_RENEW_DAYS),
  };
}

function parseStaleReviewMonths(value: unknown, warn: (message: string) => void): number {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.staleReviewMonths;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 120) return value;
  warn(
    `${SETTINGS_SECTION}.staleReviewMonths: expected a whole number of months from 1 to 120, got ${JSON.stringify(value)}; using ${DEFAULT_SETTINGS.staleReviewMonths}.`,
  );
  return DEFAULT_SETTINGS.staleReviewMonths;
}

function parseMaxFileSize(value: unknown, warn: (message: string) => void): number {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.maxFileSize;
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_MAX_FILE_SIZE && value <= MAX_MAX_FILE_SIZE)
    return value;
  warn(
    `${SETTINGS_SECTION}.maxFileSize: expected a whole number of characters from ${MIN_MAX_FILE_SIZE} to ${MAX_MAX_FILE_SIZE}, got ${JSON.stringify(value)}; using ${DEFAULT_SETTINGS.maxFileSize}.`,
  );
  return DEFAULT_SETTINGS.maxFileSize;
}

function parseRepository(value: unknown, warn: (message: string) => void): string | undefined {
  // An empty string is the "not set" default in the settings UI.
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^[\w.-]+\/[\w.-]+$/.test(value.trim())) return value.trim();
  warn(`${SETTINGS_SECTION}.repository: expected "owner/name", got ${JSON.stringify(value)}; using the git remote.`);
  return undefined;
}

function parseRun(value: unknown, warn: (message: string) => void): Settings['run'] {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.run;
  if (value === 'onType' || value === 'onSave') return value;
  warn(
    `${SETTINGS_SECTION}.run: expected "onType" or "onSave", got ${JSON.stringify(value)}; using "${DEFAULT_SETTINGS.run}".`,
  );
  return DEFAULT_SETTINGS.run;
}

function parseFiles(value: unknown, warn: (message: string) => void): readonly string[] {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.files;
  if (!Array.isArray(value) || !value.every((glob) => typeof glob === 'string' && glob.trim() !== '')) {
    warn(`${SETTINGS_SECTION}.files: expected a list of glob patterns, got ${preview(value)}; using none.`);
    return DEFAULT_SETTINGS.files;
  }
  // An over-large pattern would be matched against every Markdown file on every analysis.
  return (value as string[]).filter((glob) => {
    const { problem } = compileGlob(glob);
    if (problem) warn(`${SETTINGS_SECTION}.files: ${preview(glob)}: ${problem}; ignored.`);
    return problem === undefined;
  });
}

/** A setting's value for a warning: the start of it, never all of a huge one. */
function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 100 ? `${json.slice(0, 100)}…` : json;
}

function parseEnable(value: unknown, warn: (message: string) => void): boolean {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.enable;
  if (typeof value === 'boolean') return value;
  warn(
    `${SETTINGS_SECTION}.enable: expected true or false, got ${JSON.stringify(value)}; using ${DEFAULT_SETTINGS.enable}.`,
  );
  return DEFAULT_SETTINGS.enable;
}

function parseRequiredSections(value: unknown, warn: (message: string) => void): readonly SectionId[] {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.requiredSections;
  if (!Array.isArray(value)) {
    warn(
      `${SETTINGS_SECTION}.requiredSections: expected a list of section ids, got ${JSON.stringify(value)}; using the default.`,
    );
    return DEFAULT_SETTINGS.requiredSections;
  }
  // Drop only the unknown entries: one typo should not discard the rest of the user's list.
  const sections: SectionId[] = [];
  for (const id of value) {
    if (typeof id === 'string' && SECTION_IDS.has(id)) sections.push(id as SectionId);
    else
      warn(
        `${SETTINGS_SECTION}.requiredSections: unknown section id ${JSON.stringify(id)} ignored (known: ${[...SECTION_IDS].join(', ')}).`,
      );
  }
  return sections;
}

function parseProfiles(value: unknown, warn: (message: string) => void): readonly ProfileId[] {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.profiles;
  if (!Array.isArray(value)) {
    warn(`${SETTINGS_SECTION}.profiles: expected a list of profile names, got ${preview(value)}; using the default.`);
    return DEFAULT_SETTINGS.profiles;
  }
  // As with requiredSections, one unknown name does not discard the others.
  const profiles: ProfileId[] = [];
  for (const id of value) {
    if (isProfileId(id)) {
      if (!profiles.includes(id)) profiles.push(id);
    } else
      warn(`${SETTINGS_SECTION}.profiles: unknown profile ${preview(id)} ignored (known: ${PROFILE_IDS.join(', ')}).`);
  }
  return profiles;
}

function parseRules(value: unknown, warn: (message: string) => void): Readonly<Record<string, SeveritySetting>> {
  if (value === undefined || value === null) return DEFAULT_SETTINGS.rules;
  if (!isRecord(value)) {
    warn(
      `${SETTINGS_SECTION}.rules: expected an object of rule id to severity, got ${JSON.stringify(value)}; using defaults.`,
    );
    return DEFAULT_SETTINGS.rules;
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && SEVERITY_SETTINGS.includes(severity)) rules[id] = severity as SeveritySetting;
    else
      warn(
        `${SETTINGS_SECTION}.rules.${id}: expected one of ${SEVERITY_SETTINGS.join(', ')}, got ${JSON.stringify(severity)}; using the rule's default.`,
      );
  }
  return rules;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
