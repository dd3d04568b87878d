// What a profile is: the controls of one yardstick (the OpenSSF Baseline at a level, the Best Practices
// badge, the EU CRA, CISA's VDP template) that a SECURITY.md can show it meets. Plain data: a
// contributor adds a profile by writing one file of these objects and listing it in index.ts.
import type { SectionId } from '../types';

export type ProfileId =
  'github' | 'openssf-baseline-1' | 'openssf-baseline-2' | 'openssf-baseline-3' | 'best-practices' | 'cra' | 'cisa-vdp';

/**
 * Something a control asks the policy to say that no existing rule checks. `section` is met by a
 * heading the section model recognises, or by `words` anywhere in the text (a policy may say it
 * under another heading); `words` by the words alone; `response-within` by a first-response time
 * stated no later than `days`. Patterns are regular expression sources, matched case-insensitively.
 */
export type Requirement =
  | { readonly kind: 'section'; readonly section: SectionId; readonly words: string; readonly message: string }
  | { readonly kind: 'words'; readonly words: string; readonly message: string }
  | { readonly kind: 'response-within'; readonly days: number; readonly message: string };

export interface Control {
  /** Unique across profiles: `OSPS-VM-02.01`, `bp:vulnerability_report_private`, `cra:annex-i-ii-5`. */
  readonly id: string;
  /** How findings name the control: "OSPS-VM-02.01", "Best Practices: vulnerability_report_private". */
  readonly label: string;
  /** The control in this project's words, for hover and docs. */
  readonly summary: string;
  /** Where the control is defined. */
  readonly url: string;
  /** Existing rules whose findings mean the control is missed: the findings then name it. */
  readonly rules: readonly string[];
  /** What the control asks that no rule checks (reported by SEC017). */
  readonly requirement?: Requirement;
  /**
   * The control can be met outside SECURITY.md (an advisories page, the repository settings): its
   * requirement is reported one level lower (info), never as a warning the file alone could not clear.
   */
  readonly elsewhere?: boolean;
  /** Sections that serve the control: hover on their headings names it. */
  readonly sections: readonly SectionId[];
  /** The sections a new policy for the profile needs for this control (Create SECURITY.md, `init --profile`). */
  readonly scaffold: readonly SectionId[];
}

/** A heading and body that a profile's policy needs but the section model has no id for (CISA's "Test Methods"). */
export interface ExtraBlock {
  /** Unique across profiles; Insert Section takes it in place of a section id. */
  readonly id: string;
  /** The control (its id) the block meets: completion and Insert Section say so. */
  readonly control: string;
  readonly title: string;
  readonly body: string;
  /** Written after this section (or at the end when it is absent). */
  readonly after: SectionId;
}

export interface Profile {
  readonly id: ProfileId;
  readonly title: string;
  /** One sentence: what the profile measures. */
  readonly description: string;
  readonly url: string;
  readonly controls: readonly Control[];
  /** Blocks a scaffolded policy for this profile gets besides its controls' sections. */
  readonly extraBlocks?: readonly ExtraBlock[];
}
