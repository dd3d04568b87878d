// What GitHub code scanning needs of a SARIF log beyond the standard: fingerprints that follow a
// finding when lines move, and a results count within its limits.
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../core/types';

/** The partialFingerprints key; a new version if what is hashed ever changes. */
export const FINGERPRINT_KEY = 'securityPolicyFinding/v1';

/**
 * One fingerprint per finding: the rule, the file and the flagged text (white space collapsed),
 * plus how many identical ones came before it in the file. Line numbers are left out, so an alert
 * stays the same alert when text is added above it, and closes when its text is fixed.
 */
export function fingerprints(path: string, text: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const flagged = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim().slice(0, 500);
    const key = JSON.stringify([f.ruleId, path, flagged]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\n${occurrence}`).digest('hex').slice(0, 32);
  });
}

/**
 * Code scanning rejects a run of more than 25,000 results and keeps only the 5,000 most severe
 * (docs.github.com, "SARIF results exceed limit"); a binary-like policy can have more. Keeping
 * the 5,000 most severe here makes the file small and says what was left out.
 */
export const MAX_RESULTS = 5000;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The indices of the results to keep, in their original order: the most severe first when there are too many. */
export function keptResults(severities: readonly Severity[], max = MAX_RESULTS): number[] {
  const all = severities.map((_, i) => i);
  if (all.length <= max) return all;
  return all
    .sort((a, b) => RANK[severities[a]!] - RANK[severities[b]!] || a - b)
    .slice(0, max)
    .sort((a, b) => a - b);
}
