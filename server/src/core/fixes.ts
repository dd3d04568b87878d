// Fix builders shared by several rules.
import { eolOf, type PolicyDocument } from './document';
import { insertSectionEdit, plainTemplate } from './insertSection';
import { sectionInfo } from './sections';
import type { Fix, SectionId, TextEdit } from './types';

export interface FixOptions {
  /** The one obviously right fix (default true). */
  readonly isPreferred?: boolean;
  /** The fix proposes text for the author to review or complete (see Fix.needsInput). */
  readonly proposal?: boolean;
}

export function fixFrom(
  title: string,
  edits: readonly TextEdit[],
  { isPreferred = true, proposal = false }: FixOptions = {},
): Fix {
  return { title, edits, isPreferred, ...(proposal ? { needsInput: true } : {}) };
}

/** "Insert the … section" at its canonical position, with `body` or the section's template: a proposal. */
export function insertSectionFix(doc: PolicyDocument, id: SectionId, body?: string): Fix {
  return fixFrom(`Insert the "${sectionInfo(id).title}" section`, [insertSectionEdit(doc, id, body)], {
    proposal: true,
  });
}

/** The template body of a section as plain text in the document's line endings. */
export function templateBody(doc: PolicyDocument, id: SectionId): string {
  return plainTemplate(sectionInfo(id).template).replace(/\r?\n/g, eolOf(doc.text));
}
