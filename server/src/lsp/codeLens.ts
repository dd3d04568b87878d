// A code lens on the policy's first line: the score OpenSSF Scorecard's Security-Policy check gives
// the file (core/scorecard.ts), what the missing points need, and, where the number looks good but
// the findings say the policy cannot be used (no private channel, a placeholder contact), that too.
// The lens runs the client command that lists the probes one by one. With profiles enabled, one lens
// per profile says how many of its controls the policy meets and runs the command that lists them.
import type { CodeLens, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { profileTallies, tallyTitle, type ProfileTally } from '../core/profiles';
import {
  SCORECARD_POINTS,
  SCORECARD_PROBE_HELP,
  scorecardSecurityPolicy,
  scorecardSummary,
  type ScorecardResult,
} from '../core/scorecard';
import type { DocumentStore } from './documentStore';
import { isTextDocumentParams, requireParams } from './params';
import type { ProfileControlsArgument } from '../protocol/requests';
import { isPolicyUri } from '../config/workspace';

/** The client command the lens runs (client/src/commands.ts): the probes in a quick pick. */
export const SHOW_SCORECARD_COMMAND = 'securityPolicy.showScorecard';
/** The client command a profile's lens runs: its controls in a quick pick, missed ones first. */
export const SHOW_PROFILE_CONTROLS_COMMAND = 'securityPolicy.showProfileControls';

export function registerCodeLens(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  store: DocumentStore,
): void {
  connection.onCodeLens(async (params: unknown): Promise<CodeLens[]> => {
    const { textDocument } = requireParams('textDocument/codeLens', params, isTextDocumentParams, 'a text document');
    const document = documents.get(textDocument.uri);
    if (!document || !isPolicyUri(document.uri)) return [];
    const analysis = await store.analysis(document);
    // Disabled for this document (securityPolicy.enable), or closed meanwhile.
    if (!analysis?.enabled || analysis.version !== document.version) return [];
    const result = scorecardSecurityPolicy(document.getText());
    const title = scorecardSummary(
      result,
      analysis.findings.map((f) => f.ruleId),
    );
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [
      {
        range,
        command: {
          title,
          command: SHOW_SCORECARD_COMMAND,
          arguments: [{ score: result.score, probes: probeLines(result.probes) }],
        },
      },
      ...profileTallies(analysis.findings, analysis.context).map((tally) => ({
        range,
        command: {
          title: tallyTitle(tally),
          command: SHOW_PROFILE_CONTROLS_COMMAND,
          arguments: [profileControls(tally)],
        },
      })),
    ];
  });
}

/** The probes with their points and what they ask for, for the client's list. */
export function probeLines(
  probes: ScorecardResult['probes'],
): Array<{ probe: string; points: number; met: boolean; help: string }> {
  return (Object.keys(SCORECARD_PROBE_HELP) as Array<keyof typeof SCORECARD_PROBE_HELP>).map((probe) => ({
    probe,
    points: SCORECARD_POINTS[probe],
    met: probes[probe],
    help: SCORECARD_PROBE_HELP[probe],
  }));
}

/** A profile's controls for the client's list: missed ones first, each with the findings that miss it. */
export function profileControls(tally: ProfileTally): ProfileControlsArgument {
  return {
    title: tallyTitle(tally),
    controls: [
      ...tally.missed.map(({ control, messages }) => ({
        label: control.label,
        summary: control.summary,
        met: false,
        findings: messages,
      })),
      ...tally.met.map((control) => ({ label: control.label, summary: control.summary, met: true, findings: [] })),
    ],
  };
}
