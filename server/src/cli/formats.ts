// Output of `check`: text lines for people, JSON for scripts, SARIF 2.1.0 for code scanning.
// Lines and columns are 1-based; columns count UTF-16 code units, as LSP and editors do.
import { version } from '../../../package.json';
import { ALL_RULES as RULES } from '../core/catalogue';
import { lineAt, lineStartsOf } from '../core/document';
import { controlById } from '../core/profiles';
import { scorecardSecurityPolicy, scorecardSummary, type ScorecardProbe } from '../core/scorecard';
import { isSecurityTxtName } from '../core/securitytxt/analyze';
import type { AnalysisContext, Finding, Severity } from '../core/types';
import { ruleDocsUrl } from '../config/ruleDocs';
import { FINGERPRINT_KEY, fingerprints, keptResults, MAX_RESULTS } from './sarifCodeScanning';
import type { Colors } from './terminal';

export const TOOL_NAME = 'security-policy';
export const INFORMATION_URI = 'https://github.com/security-policy/security-policy-vscode';

export interface CheckedFile {
  /** As given on the command line, or relative to the working directory. */
  readonly display: string;
  readonly absolute: string;
  /** Relative to the SARIF source root, `/`-separated; undefined when the file lies outside it. */
  readonly rootRelative?: string;
  readonly text: string;
  readonly context: AnalysisContext;
  readonly findings: readonly Finding[];
}

/** A file that could not be checked (unreadable, binary) or an argument that named nothing. */
export interface Problem {
  readonly display?: string;
  readonly message: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Maps offsets to 1-based lines and columns; `\r\n`, `\r` and `\n` end lines, as in LSP. */
export class LineIndex {
  private readonly starts: readonly number[];

  constructor(text: string) {
    this.starts = lineStartsOf(text);
  }

  position(offset: number): Position {
    const line = lineAt(this.starts, offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1, offset };
  }
}

// --- text ---------------------------------------------------------------------------------------

export function textLines(file: CheckedFile, colors: Colors): string[] {
  const index = new LineIndex(file.text);
  const display = printablePath(file.display);
  return file.findings.map((f) => {
    const { line, column } = index.position(f.start);
    return `${colors.bold(`${display}:${line}:${column}`)} ${colors.severity(f.severity)} ${colors.dim(f.ruleId)} ${printable(f.message)}`;
  });
}

/**
 * Control characters, line breaks and bidirectional controls, which in text output could end the
 * line (and start a CI workflow command such as `::add-mask::`), move the cursor, retitle the
 * terminal or reorder what is shown. C1 controls too: some terminals take U+009B as ESC [.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Document-derived text (messages quote the document) made safe for one line of text output; JSON and SARIF keep it exact. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A path for text output: printable, and never the start of a line that reads as a workflow command (`::`). */
export function printablePath(display: string): string {
  const shown = printable(display);
  return shown.startsWith('::') ? `./${shown}` : shown;
}

/** The file's OpenSSF Scorecard Security-Policy score, what the missing points need, and what the score hides. */
export function scorecardLine(file: CheckedFile, colors: Colors): string {
  const summary = scorecardSummary(
    scorecardSecurityPolicy(file.text),
    file.findings.map((f) => f.ruleId),
  );
  return colors.dim(`${printablePath(file.display)}: ${summary}`);
}

export interface JsonScorecard {
  readonly check: 'Security-Policy';
  readonly score: number;
  /** Scorecard's probe names with their outcomes, as Scorecard reports them. */
  readonly probes: Readonly<Record<ScorecardProbe, 'True' | 'False'>>;
}

/** What OpenSSF Scorecard's Security-Policy check would give the file (core/scorecard.ts). */
export function jsonScorecard(text: string): JsonScorecard {
  const { score, probes } = scorecardSecurityPolicy(text);
  const outcomes = Object.fromEntries(
    Object.entries(probes).map(([probe, met]) => [probe, met ? 'True' : 'False']),
  ) as Record<ScorecardProbe, 'True' | 'False'>;
  return { check: 'Security-Policy', score, probes: outcomes };
}

export function textSummary(files: readonly CheckedFile[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of files) for (const f of file.findings) counts[f.severity]++;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const checked = `${files.length} ${plural(files.length, 'file')}`;
  if (total === 0) return `No problems in ${checked}.`;
  const parts = (Object.keys(counts) as Severity[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${plural(counts[s], s)}`);
  return `${total} ${plural(total, 'problem')} (${parts.join(', ')}) in ${checked}.`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

// --- JSON ---------------------------------------------------------------------------------------

export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: Position;
  readonly end: Position;
  /** Ids of the profile controls the finding misses (`--profile`), when any. */
  readonly controls?: readonly string[];
}

/** The facts the rules saw; settings are left out, they are the same for every file. */
export type JsonContext = Pick<AnalysisContext, 'relativePath' | 'repository' | 'projectVersion' | 'today'>;

export type JsonFile =
  | {
      readonly path: string;
      readonly findings: readonly JsonFinding[];
      readonly context: JsonContext;
      readonly scorecard?: JsonScorecard;
    }
  | { readonly path: string; readonly error: string };

/** One entry per file: its findings and the context (path, facts, date) they were computed in, or why it was not checked. */
export function jsonReport(files: readonly CheckedFile[], problems: readonly Problem[]): JsonFile[] {
  const checked: JsonFile[] = files.map((file) => {
    const index = new LineIndex(file.text);
    return {
      path: file.display,
      findings: file.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        start: index.position(f.start),
        end: index.position(f.end),
        ...(f.controls ? { controls: f.controls } : {}),
      })),
      context: {
        relativePath: file.context.relativePath,
        repository: file.context.repository,
        projectVersion: file.context.projectVersion,
        today: file.context.today,
      },
      // Scorecard scores the security policy, not a security.txt.
      ...(isSecurityTxtName(file.absolute) ? {} : { scorecard: jsonScorecard(file.text) }),
    };
  });
  const failed: JsonFile[] = problems
    .filter((p) => p.display !== undefined)
    .map((p) => ({ path: p.display!, error: p.message }));
  return [...checked, ...failed];
}

/**
 * JSON or SARIF as printed: JSON.stringify leaves C1 controls and U+2028/U+2029 raw inside strings,
 * and some readers take them as line breaks; escaped, the value parses back the same.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u0080-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// --- SARIF 2.1.0 --------------------------------------------------------------------------------

const SARIF_LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

export const SRCROOT = '%SRCROOT%';

/**
 * A SARIF log with one run. Every rule is described (so `ruleIndex` does not depend on what was
 * found); results point into files relative to `%SRCROOT%`, the repository root of the working
 * directory, which is what GitHub code scanning expects. Files outside it get absolute `file:` URIs.
 */
export function sarifReport(files: readonly CheckedFile[], problems: readonly Problem[], srcRoot: string): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const found = files.flatMap((file) => {
    const index = new LineIndex(file.text);
    const prints = fingerprints(file.rootRelative ?? file.absolute, file.text, file.findings);
    return file.findings.map((f, i) => {
      const start = index.position(f.start);
      const end = index.position(f.end);
      const result = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: SARIF_LEVELS[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(file),
              // SARIF's endColumn is the column just past the region: our end offset is exclusive too.
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
        // The profile controls the finding misses, by id and by the label its message starts with.
        ...(f.controls
          ? { properties: { controls: f.controls.map((id) => ({ id, label: controlById(id)?.label ?? id })) } }
          : {}),
      };
      return { severity: f.severity, result };
    });
  });
  const kept = keptResults(found.map((r) => r.severity));
  const results = kept.map((i) => found[i]!.result);
  const leftOut = found.length - kept.length;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => {
              const helpUri = ruleDocsUrl(rule.id);
              return {
                id: rule.id,
                name: rule.name,
                shortDescription: { text: rule.description },
                fullDescription: { text: `${rule.description} Default severity: ${rule.defaultSeverity}.` },
                helpUri,
                help: {
                  text: `${rule.description} Why it matters, examples and how to fix it: ${helpUri}`,
                  markdown: `${rule.description}\n\nWhy it matters, examples and how to fix it: [${rule.id} ${rule.name}](${helpUri})`,
                },
                defaultConfiguration: { level: SARIF_LEVELS[rule.defaultSeverity] },
              };
            }),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(srcRoot, true) } },
        // The Scorecard Security-Policy score of each file, for dashboards that read run properties.
        properties: {
          scorecard: files
            .filter((file) => !isSecurityTxtName(file.absolute))
            .map((file) => ({ artifactLocation: artifactLocation(file), ...jsonScorecard(file.text) })),
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: [
              ...problems.map((p) => ({
                level: 'error',
                message: { text: p.display !== undefined ? `${p.display}: ${p.message}` : p.message },
              })),
              ...(leftOut > 0
                ? [
                    {
                      level: 'warning',
                      message: {
                        text: `${leftOut} less severe results left out: code scanning keeps at most ${MAX_RESULTS} per run.`,
                      },
                    },
                  ]
                : []),
            ],
          },
        ],
        results,
      },
    ],
  };
}

function artifactLocation(file: CheckedFile): { uri: string; uriBaseId?: string } {
  if (file.rootRelative === undefined) return { uri: fileUri(file.absolute, false) };
  return { uri: file.rootRelative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** `file:` URI of an absolute path; a base URI must end in `/` (SARIF §3.14.14). */
function fileUri(absolute: string, directory: boolean): string {
  let p = absolute.replace(/\\/g, '/');
  if (!p.startsWith('/')) p = `/${p}`; // C:/x → /C:/x
  if (directory && !p.endsWith('/')) p += '/';
  return `file://${p
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/%3A/gi, ':'))
    .join('/')}`;
}
