// What an editor shows of a document's findings, as LSP diagnostics. The display cap is the language
// server's concern: the core and the CLI report every finding.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SIZE_LIMIT_ID } from '../core/limits';
import type { Finding, Severity } from '../core/types';
import { ruleDocsUrl } from '../config/ruleDocs';

export const DIAGNOSTIC_SOURCE = 'security-policy';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostics published for `findings` (sorted by position) on `document`: shownFindings, converted. */
export function shownDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return shownFindings(findings).map((finding) => toDiagnostic(document, finding));
}

function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
  };
}

/**
 * Diagnostics one rule may show per document. Past it, an editor spends its time drawing squiggles
 * nobody reads: a binary file holds tens of thousands of invalid characters, a generated 10 MB file as
 * many placeholder addresses (and each diagnostic costs the JSON-RPC message about 300 bytes). No real
 * policy comes near it: the most any rule reports on a corpus file is 53.
 */
export const MAX_SHOWN_PER_RULE = 200;

/**
 * What an editor shows of `findings` (sorted by position): each rule's first `max`, and for a rule
 * with more, one SEC000 notice where the first one not shown is. Code actions and Fix All still work
 * from the whole list; the CLI reports it all.
 */
export function shownFindings(findings: readonly Finding[], max: number = MAX_SHOWN_PER_RULE): Finding[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > max)) return [...findings];
  const seen = new Map<string, number>();
  const shown: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    if (n <= max) shown.push(f);
    else if (n === max + 1) {
      const total = counts.get(f.ruleId)!;
      const message = `${f.ruleId} found ${total.toLocaleString('en-US')} problems in this file; the first ${max} are shown, the other ${(total - max).toLocaleString('en-US')} from here on are not. \`security-policy check\` lists them all.`;
      shown.push({ ruleId: SIZE_LIMIT_ID, severity: 'info', start: f.start, end: f.start, message });
    }
  }
  return shown;
}
