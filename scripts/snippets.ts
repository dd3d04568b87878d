// Generates snippets/security-policy.code-snippets from the section templates, so the snippets and
// the quick fixes, completions and Insert Section always insert the same text.
//   npx tsx scripts/snippets.ts     rewrite the file
// test/unit/snippets.test.ts fails when the committed file differs from what this prints.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROFILES } from '../server/src/core/profiles';
import { sectionInfo, SECTIONS } from '../server/src/core/sections';
import type { SectionId } from '../server/src/core/types';

export const SNIPPETS_PATH = resolve(__dirname, '../snippets/security-policy.code-snippets');

/** The sections of the full-policy snippet: what a reporter needs, in canonical order. */
export const FULL_POLICY_SECTIONS: readonly SectionId[] = [
  'supported-versions',
  'reporting',
  'report-contents',
  'response',
  'disclosure',
];

interface Snippet {
  readonly scope: 'markdown';
  readonly prefix: string;
  readonly description: string;
  readonly body: string[];
}

/** Shifts the tab stops of a template by `offset` (`$0` stays the final stop); returns the highest stop used. */
export function renumber(template: string, offset: number): { text: string; last: number } {
  let last = offset;
  const text = template.replace(/(?<!\\)\$(\{)?(\d+)/g, (_, brace: string | undefined, n: string) => {
    if (n === '0') return `$${brace ?? ''}0`;
    const shifted = Number(n) + offset;
    last = Math.max(last, shifted);
    return `$${brace ?? ''}${shifted}`;
  });
  return { text, last };
}

function firstSentence(text: string): string {
  return /^.*?\.(?=\s|$)/.exec(text)?.[0] ?? text;
}

function fullPolicy(): Snippet {
  const lines = ['# Security Policy'];
  let offset = 0;
  for (const id of FULL_POLICY_SECTIONS) {
    const info = sectionInfo(id);
    const { text, last } = renumber(info.template, offset);
    offset = last;
    lines.push('', `## ${info.title}`, '', ...text.split('\n'));
  }
  lines.push('$0');
  return {
    scope: 'markdown',
    prefix: 'secpol-policy',
    description: `A complete SECURITY.md: ${FULL_POLICY_SECTIONS.map((id) => sectionInfo(id).title.toLowerCase()).join(', ')}. Fill in every [your …] placeholder.`,
    body: lines,
  };
}

/** A table of response targets; every time is the author's to state. */
const RESPONSE_TABLE = [
  '| Stage | Target |',
  '| ----- | ------ |',
  '| Acknowledge the report | within ${1:[your number]} business days |',
  '| Initial assessment | within ${2:[your number]} business days |',
  '| Fix released | within ${3:[your number]} days |',
  '| Public disclosure | ${4:[your number]} days after the fix at the latest |',
  '$0',
];

export function snippets(): Record<string, Snippet> {
  const result: Record<string, Snippet> = { 'Security policy (full)': fullPolicy() };
  for (const section of SECTIONS) {
    result[`Security policy section: ${section.title}`] = {
      scope: 'markdown',
      prefix: `secpol-${section.id}`,
      description: `The "${section.title}" section. ${firstSentence(section.purpose)}`,
      body: [`## ${section.title}`, '', ...section.template.split('\n'), '$0'],
    };
  }
  // Sections only a profile asks for (CISA's Guidelines and Test Methods), with the text Insert Section writes.
  for (const profile of PROFILES)
    for (const block of profile.extraBlocks ?? []) {
      result[`Security policy section: ${block.title}`] = {
        scope: 'markdown',
        prefix: `secpol-${block.id}`,
        description: `The "${block.title}" section, which the profile "${profile.title}" asks for.`,
        body: [`## ${block.title}`, '', ...block.body.replace(/[$}\\]/g, '\\$&').split('\n'), '$0'],
      };
    }
  result['Security policy: versions table'] = {
    scope: 'markdown',
    prefix: 'secpol-versions-table',
    description: 'A supported-versions table: one row per release line, ✅ for supported, ❌ for unsupported.',
    body: [...sectionInfo('supported-versions').template.split('\n'), '$0'],
  };
  result['Security policy: response timeline table'] = {
    scope: 'markdown',
    prefix: 'secpol-response-table',
    description: 'A table of response targets: acknowledgement, assessment, fix and disclosure.',
    body: RESPONSE_TABLE,
  };
  return result;
}

/** The file's text. */
export function snippetsFile(): string {
  return `${JSON.stringify(snippets(), null, 2)}\n`;
}

if (process.argv[1] && /snippets\.ts$/.test(process.argv[1])) {
  writeFileSync(SNIPPETS_PATH, snippetsFile());
  console.log(`wrote ${SNIPPETS_PATH}`);
}
