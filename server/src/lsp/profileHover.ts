// The profile part of a hover: on a section heading, the controls of the document's profiles that the
// section serves, met or missed; on a finding that misses controls, what each control asks and where
// it is defined. Text only; hover.ts places it.
import { controlById, controlsServedBy, type Control } from '../core/profiles';
import type { AnalysisContext, Finding, SectionId } from '../core/types';

/** Lines about the controls a section serves, or undefined when the profiles name none for it. */
export function sectionControlsHover(
  section: SectionId,
  context: AnalysisContext,
  findings: readonly Finding[],
  markdown: boolean,
): string | undefined {
  const controls = controlsServedBy(section, context);
  if (controls.length === 0) return undefined;
  const missed = new Set(findings.flatMap((f) => f.controls ?? []));
  const lines = controls.map((c) => `- ${missed.has(c.id) ? 'missed' : 'met'}: ${describe(c, markdown)}`);
  return [
    markdown ? '**Profile controls this section serves**' : 'Profile controls this section serves',
    ...lines,
  ].join('\n');
}

/** Lines about the controls the findings at a position miss, or undefined when they miss none. */
export function findingControlsHover(findings: readonly Finding[], markdown: boolean): string | undefined {
  const controls = [...new Set(findings.flatMap((f) => f.controls ?? []))]
    .map(controlById)
    .filter((c): c is Control => c !== undefined);
  if (controls.length === 0) return undefined;
  return [
    markdown ? '**Profile controls this finding misses**' : 'Profile controls this finding misses',
    ...controls.map((c) => `- ${describe(c, markdown)}`),
  ].join('\n');
}

function describe(control: Control, markdown: boolean): string {
  return markdown
    ? `**${control.label}**: ${control.summary} ([source](${control.url}))`
    : `${control.label}: ${control.summary} (${control.url})`;
}
