import { LANGUAGE_NAMES } from '../channels';
import { eolOf, headingParents, startsBlock } from '../document';
import { fixFrom, templateBody } from '../fixes';
import type { Rule } from '../rule';
import { normalizeHeading } from '../sections';

export const rule: Rule = {
  id: 'SEC081',
  name: 'empty-section',
  description: 'A section heading has no content.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { report, context }) {
    // A plain-text file (`SECURITY.txt`) is shown as it is written: its `# …` lines are comments or
    // titles of a text, not sections a renderer would show empty.
    if (/\.txt$/i.test(context.relativePath ?? '')) return;
    const parents = headingParents(doc);
    doc.headings.forEach((heading, index) => {
      const hasParent = parents[index] !== undefined;
      // A heading of no known section counts only under a parent (a top-level one may be a title) and
      // before a sibling or the end: before a higher heading it may be a subtitle ("##### What we do").
      const next = doc.headings[index + 1];
      // A heading with no words yet ("## " as it is typed) names nothing to be empty.
      if (
        !heading.section &&
        (!hasParent || (next && next.depth !== heading.depth) || normalizeHeading(heading.text) === '')
      )
        return;
      // Comments are invisible to readers, so a section holding only a comment is still empty; so is
      // one holding only a rule (`---`, `______`), which separates sections and says nothing.
      const content = doc.text
        .slice(heading.end, heading.contentEnd)
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .replace(THEMATIC_BREAK, '');
      if (content.trim() !== '') return;
      // "# TLDR: report issues at [hackerone.com/…](…)": the heading is its own content.
      if (doc.links.some((l) => heading.start <= l.start && l.end <= heading.end)) return;
      // "# In scope: all subdomains", "# We credit reporters.": a line of text written as a heading.
      if (/[:：]\s*\S|[.。]$/.test(heading.text) || isSentence(heading.text)) return;
      // `<h3 align="center">We stop breaches</h3>` closing the file: a footer's tagline in HTML layout.
      if (!heading.section && heading.html && !next) return;
      // "## Русский" over "## Contents": a language's part of a bilingual policy, its sections after it.
      if (!heading.section && LANGUAGE_HEADING.test(heading.text)) return;
      // Of no known section: the policy's own title again ("### Security Policy" under a logo's `<h1>`), or a
      // label whose colon leads to what never came ("#### Isolation measures:" ending the file): no topic of a policy.
      if (!heading.section && (POLICY_TITLE.test(normalizeHeading(heading.text)) || /[:：]\s*$/.test(heading.text)))
        return;
      // "## ====" under "## English": a frame of symbols around the heading, its content after the frame.
      if (next && next.start - heading.end < 4 && /^[=*_~#+.-]{3,}$/.test(next.text.trim())) return;
      // "### 1. Do not open an issue" over "### 2. Email us": numbered steps, each heading its own step;
      // "### 1. Core features" over "### a. Configuration": a parent by its numbering, at its items' level.
      if (
        STEP.test(heading.text) &&
        next?.depth === heading.depth &&
        (STEP.test(next.text) || SUB_STEP.test(next.text))
      )
        return;
      const section = heading.section;
      report({
        start: heading.start,
        end: heading.end,
        message: `The "${heading.text}" section is empty: write its content or remove the heading.`,
        // Only after a heading that is a block of its own: after one in a list item or block quote the
        // template would end that container, and the lines that continued it would change meaning.
        ...(section && startsBlock(doc, heading.start)
          ? {
              fixes: [
                fixFrom(
                  'Insert the section template',
                  [
                    {
                      start: heading.end,
                      end: heading.end,
                      newText: bodyAfterHeading(doc.text, heading.end, templateBody(doc, section)),
                    },
                  ],
                  {
                    proposal: true,
                  },
                ),
              ],
            }
          : {}),
      });
    });
  },
};

/** A heading that is only a language's name: "English", "🇷🇺 Русский", "中文版". */
const LANGUAGE_HEADING = new RegExp(`^[^\\p{L}]*${LANGUAGE_NAMES}(?:\\s+version|\\s*版)?[^\\p{L}]*$`, 'iu');

const STEP = /^\d{1,2}[.)]\s/;
/** An item numbered under a step: "a.", "b)", "ii.", "1.1". */
const SUB_STEP = /^(?:[a-z][.)]|[ivx]{1,4}[.)]|\d{1,2}\.\d{1,2}\.?)\s/i;

/** A line that is a thematic break: three or more of one of `-`, `*`, `_`, spaces between allowed. */
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/gm;

/**
 * "After you report, please also write to me": clauses joined by commas or dashes, two of them at least
 * three words (or four CJK characters) long, make a sentence; so do twelve words (a closing tagline set
 * as a heading). A list of topics ("Scope, Bounty and Safe Harbor") has at most one such part.
 */
function isSentence(heading: string): boolean {
  const words = heading.trim().split(/\s+/);
  if (words.length >= 12) return true;
  // "We actively monitor public channels for misuse patterns": a subject and its verb
  if (words.length >= 4 && SUBJECT_FIRST.test(heading.trim())) return true;
  const clauses = heading.split(/[,，]|\s[-–—]\s/).filter((part) => {
    const words = part
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    return words.length >= 3 || /[\u3040-\u9fff\uac00-\ud7af]{4}/.test(part);
  });
  return clauses.length >= 2;
}

/** Personal pronouns that open a sentence, in the languages whose policies write one as a heading. */
const SUBJECT_FIRST = /^(?:we|i|you|they|nous|wir|noi|nós|nosotros|мы|я)\s+\p{L}/iu;
/** "Security Policy", "Acme Security", "Security": the document's title, whatever its level. */
const POLICY_TITLE = /^(?:[\p{L}\p{N}.-]+\s+)?security(?:\s+(?:polic(?:y|ies)|guidelines))?$/u;

/** The body goes after the heading with a blank line before it, and one after it unless the text ends. */
function bodyAfterHeading(text: string, headingEnd: number, body: string): string {
  const eol = eolOf(text);
  const rest = text.slice(headingEnd);
  const after = rest.trim() === '' ? (rest.length > 0 ? '' : eol) : /^[ \t]*\r?\n[ \t]*\r?\n/.test(rest) ? '' : eol;
  return `${eol}${eol}${body}${after}`;
}
