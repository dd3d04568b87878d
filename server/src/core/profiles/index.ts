// The profile registry and what the analysis does with the profiles a context names: the rules they
// use report with the control named, the sections those rules need are required, and SEC017 checks
// what no rule does. Profiles never lower a severity and never change what the user set per rule.
import type { PolicyDocument } from '../document';
import { DEFAULT_REQUIRED_SECTIONS } from '../requirements';
import { sectionInfo } from '../sections';
import type { AnalysisContext, Finding, SectionId } from '../types';
import { profile as bestPractices } from './best-practices';
import { profile as cisaVdp } from './cisa-vdp';
import { profile as cra } from './cra';
import { profile as github } from './github';
import { profile as baseline1 } from './openssf-baseline-1';
import { profile as baseline2 } from './openssf-baseline-2';
import { profile as baseline3 } from './openssf-baseline-3';
import type { Control, ExtraBlock, Profile, ProfileId } from './types';

export type { Control, ExtraBlock, Profile, ProfileId, Requirement } from './types';

export const PROFILES: readonly Profile[] = [github, baseline1, baseline2, baseline3, bestPractices, cra, cisaVdp];
export const PROFILE_IDS: readonly ProfileId[] = PROFILES.map((p) => p.id);
export const DEFAULT_PROFILES: readonly ProfileId[] = ['github'];

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

export function isProfileId(id: unknown): id is ProfileId {
  return typeof id === 'string' && PROFILE_IDS.includes(id as ProfileId);
}

/** The controls of the context's profiles, each once (the Baseline levels share theirs), in profile order. */
export function activeControls(context: Pick<AnalysisContext, 'profiles'>): readonly Control[] {
  const seen = new Map<string, Control>();
  for (const id of context.profiles ?? DEFAULT_PROFILES)
    for (const control of profileById(id)?.controls ?? []) if (!seen.has(control.id)) seen.set(control.id, control);
  return [...seen.values()];
}

export function controlById(id: string): Control | undefined {
  for (const profile of PROFILES) for (const control of profile.controls) if (control.id === id) return control;
  return undefined;
}

/** The rules SEC010 and SEC015 report only when their section is required: a profile using them requires it. */
const SECTION_OF_RULE: Readonly<Record<string, SectionId>> = { SEC010: 'reporting', SEC015: 'supported-versions' };

/** The context the rules run in: the sections the profiles' rules need added to the required ones. */
export function withProfiles(context: AnalysisContext): AnalysisContext {
  const controls = activeControls(context);
  if (controls.length === 0) return context;
  const required = new Set<SectionId>(context.requiredSections ?? DEFAULT_REQUIRED_SECTIONS);
  const before = required.size;
  for (const control of controls)
    for (const rule of control.rules) if (SECTION_OF_RULE[rule]) required.add(SECTION_OF_RULE[rule]);
  return required.size === before ? context : { ...context, requiredSections: [...required] };
}

/** The findings of rules the profiles use, their message prefixed with the controls they miss and those controls listed. */
export function labelFindings(findings: readonly Finding[], context: AnalysisContext): Finding[] {
  const controls = activeControls(context);
  if (controls.length === 0) return [...findings];
  return findings.map((finding) => {
    const missed = controls.filter((c) => c.rules.includes(finding.ruleId));
    if (missed.length === 0) return finding;
    return {
      ...finding,
      message: `${missed.map((c) => c.label).join('; ')}: ${finding.message}`,
      controls: missed.map((c) => c.id),
    };
  });
}

/** The controls of the context's profiles that a section serves (hover on its heading). */
export function controlsServedBy(section: SectionId, context: Pick<AnalysisContext, 'profiles'>): readonly Control[] {
  return activeControls(context).filter((c) => c.sections.includes(section));
}

/** The sections a policy meeting these profiles has, in no particular order (Create SECURITY.md writes them). */
export function sectionsFor(profiles: readonly string[]): SectionId[] {
  const sections = new Set<SectionId>();
  for (const control of activeControls({ profiles: profiles.filter(isProfileId) }))
    for (const s of control.scaffold) sections.add(s);
  return [...sections];
}

/** A section, or a block the section model has no id for, that the profiles ask for and the policy lacks. */
export type SectionOffer =
  | {
      readonly kind: 'section';
      readonly section: SectionId;
      readonly title: string;
      readonly controls: readonly Control[];
    }
  | {
      readonly kind: 'block';
      readonly block: ExtraBlock;
      readonly title: string;
      readonly controls: readonly Control[];
    };

/**
 * What completion and Insert Section offer first: the sections (and blocks) the context's controls
 * ask a policy to have, in the order of the controls, each with the controls it meets; those the
 * document already has are left out (a block counts as present by its heading's text).
 */
export function sectionsAskedFor(doc: PolicyDocument, context: Pick<AnalysisContext, 'profiles'>): SectionOffer[] {
  const present = new Set(doc.headings.map((h) => h.section));
  const headingTexts = new Set(doc.headings.map((h) => h.text.toLowerCase()));
  const offers = new Map<string, SectionOffer>();
  // A section several controls ask for is offered once, naming them all.
  const add = (key: string, offer: SectionOffer): void => {
    const found = offers.get(key);
    offers.set(key, found ? { ...found, controls: [...found.controls, ...offer.controls] } : offer);
  };
  for (const control of activeControls(context)) {
    for (const section of control.scaffold) {
      if (!present.has(section))
        add(section, { kind: 'section', section, title: sectionInfo(section).title, controls: [control] });
    }
    for (const block of EXTRA_BLOCKS) {
      if (block.control === control.id && !headingTexts.has(block.title.toLowerCase()))
        add(block.id, { kind: 'block', block, title: block.title, controls: [control] });
    }
  }
  return [...offers.values()];
}

/** Every profile's blocks without a section id: Insert Section takes their ids in place of a section id. */
export const EXTRA_BLOCKS: readonly ExtraBlock[] = PROFILES.flatMap((p) => p.extraBlocks ?? []);

/** How a profile fares on a policy: its controls some finding says are missed, with those findings' messages, and the others. */
export interface ProfileTally {
  readonly profile: Profile;
  readonly met: readonly Control[];
  readonly missed: ReadonlyArray<{ readonly control: Control; readonly messages: readonly string[] }>;
}

/** The tally of each of the context's profiles that has controls, from the findings of one analysis. */
export function profileTallies(
  findings: ReadonlyArray<Pick<Finding, 'controls' | 'message'>>,
  context: Pick<AnalysisContext, 'profiles'>,
): ProfileTally[] {
  const profiles = (context.profiles ?? DEFAULT_PROFILES)
    .map(profileById)
    .filter((p): p is Profile => p !== undefined && p.controls.length > 0);
  return profiles.map((profile) => {
    const missed = profile.controls
      .map((control) => ({
        control,
        messages: findings.filter((f) => f.controls?.includes(control.id)).map((f) => f.message),
      }))
      .filter((m) => m.messages.length > 0);
    return { profile, met: profile.controls.filter((c) => !missed.some((m) => m.control === c)), missed };
  });
}

/** The code lens's words for a tally: "OpenSSF Baseline level 2: 3/4 controls met". */
export function tallyTitle(tally: ProfileTally): string {
  const total = tally.profile.controls.length;
  return `${tally.profile.title}: ${tally.met.length}/${total} control${total === 1 ? '' : 's'} met`;
}
