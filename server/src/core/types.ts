// Plain data shared by the core and its adapters. Offsets are UTF-16 code-unit
// indexes into the analysed text (what JavaScript strings and LSP use).
import type { ProfileId } from './profiles/types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type SectionId =
  | 'supported-versions'
  | 'reporting'
  | 'report-contents'
  | 'response'
  | 'disclosure'
  | 'scope'
  | 'safe-harbor'
  | 'bug-bounty'
  | 'acknowledgments'
  | 'encryption'
  | 'contacts';

/** Replace text[start, end) with newText. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one obviously right fix for its finding; Fix All applies these. */
  readonly isPreferred?: boolean;
  /**
   * The fix inserts a template or a proposal (a section, version rows) that the author must review
   * or complete: offered, but never applied by Fix All. Facts only the author knows are `[your …]`
   * placeholders in it, reported until they are filled.
   */
  readonly needsInput?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly message: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly fixes?: readonly Fix[];
  /** Ids of the profile controls (profiles/) this finding means the policy misses. */
  readonly controls?: readonly string[];
}

export interface Repository {
  readonly host: string;
  readonly owner: string;
  readonly name: string;
}

/**
 * The other file of a repository's disclosure policy, read by the adapter: its SECURITY.md for a
 * security.txt, its security.txt for a SECURITY.md. The cross-check rules compare the two.
 */
export interface Companion {
  readonly kind: 'policy' | 'security.txt';
  /** Its path relative to the repository (or workspace) root, `/`-separated: named in messages. */
  readonly relativePath: string;
  readonly text: string;
}

/** Everything the core knows about the world besides the text. */
export interface AnalysisContext {
  /** Path of the policy relative to the workspace (or repository) root, `/`-separated; absent when unknown. */
  readonly relativePath?: string;
  /**
   * Other policy files of the repository that GitHub shows or OpenSSF Scorecard scores instead of this
   * one (repository-relative paths, found by core/precedence.ts); absent when this one is read or the
   * adapter could not list the files. SEC002 reports them.
   */
  readonly shadowedBy?: { readonly github?: string; readonly scorecard?: string };
  /** Profiles the policy answers to (profiles/): `openssf-baseline-2`, `cra` …; `["github"]`, nothing added, by default. */
  readonly profiles?: readonly ProfileId[];
  /** Sections whose absence is reported; defaults to `reporting` and `supported-versions`. */
  readonly requiredSections?: readonly SectionId[];
  /** Per-rule severity overrides, keyed by rule id. */
  readonly ruleSeverities?: Readonly<Record<string, SeveritySetting>>;
  readonly repository?: Repository;
  readonly projectVersion?: string;
  /** Today's date as `YYYY-MM-DD`; the core never reads the clock. */
  readonly today?: string;
  /** How many months a "last reviewed" date may be old before SEC050 reports it; default 12. */
  readonly staleReviewMonths?: number;
  /** Above this many characters only the cheap text rules run (limits.ts); default DEFAULT_MAX_FILE_SIZE. */
  readonly maxFileSize?: number;
  /** security.txt: days before its Expires date that TXT013 starts warning; default 30. */
  readonly expiresWarningDays?: number;
  /** security.txt: how many days ahead of today the Expires fixes set the date; default 364. */
  readonly expiresRenewDays?: number;
  /** The repository's other policy file, when there is one. */
  readonly companion?: Companion;
}
