// The snippets file: generated from the section templates, valid snippet syntax, and a full policy
// whose defaults leave exactly the author's facts to fill in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SNIPPETS_PATH, snippetsFile } from '../../scripts/snippets';
import { analyze } from '../../server/src/core/analyze';
import { EXTRA_BLOCKS } from '../../server/src/core/profiles';
import { matchSection, SECTIONS } from '../../server/src/core/sections';
import { expandSnippet, parseSnippet, SnippetSyntaxError } from './snippetSyntax';

interface Snippet {
  scope: string;
  prefix: string;
  description: string;
  body: string[];
}

const committed = readFileSync(SNIPPETS_PATH, 'utf8');
const snippets = JSON.parse(committed) as Record<string, Snippet>;
const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));
const bodyOf = (prefix: string): string => {
  const snippet = byPrefix.get(prefix);
  assert.ok(snippet, `no snippet ${prefix}`);
  return snippet.body.join('\n');
};

describe('snippets file', () => {
  it('is what scripts/snippets.ts generates (run `npx tsx scripts/snippets.ts` after changing a template)', () => {
    assert.equal(committed, snippetsFile());
  });

  it('has the full policy, one snippet per section, a versions table and a response-timeline table, all prefixed secpol-', () => {
    assert.deepEqual(
      [...byPrefix.keys()].sort(),
      [
        'secpol-policy',
        'secpol-response-table',
        'secpol-versions-table',
        ...SECTIONS.map((s) => `secpol-${s.id}`),
        ...EXTRA_BLOCKS.map((b) => `secpol-${b.id}`),
      ].sort(),
    );
    for (const snippet of Object.values(snippets)) {
      assert.equal(snippet.scope, 'markdown');
      assert.ok(snippet.description.length > 0);
      assert.ok(snippet.body.every((line) => typeof line === 'string' && !/[\r\n]/.test(line)));
    }
  });

  it('every body parses as a VS Code snippet', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.doesNotThrow(() => parseSnippet(snippet.body.join('\n')), name);
    }
  });

  it("each profile's own section is a snippet that writes what Insert Section writes", () => {
    assert.ok(EXTRA_BLOCKS.length > 0);
    for (const block of EXTRA_BLOCKS)
      assert.equal(expandSnippet(bodyOf(`secpol-${block.id}`)), `## ${block.title}\n\n${block.body}\n`);
  });

  it('each section snippet starts with a heading recognised as its section', () => {
    for (const section of SECTIONS) {
      const [heading] = expandSnippet(bodyOf(`secpol-${section.id}`)).split('\n');
      assert.equal(heading, `## ${section.title}`);
      assert.equal(matchSection(section.title), section.id);
    }
  });

  it('the full policy with its defaults is reported only for the facts the author must fill in', () => {
    const text = expandSnippet(bodyOf('secpol-policy'));
    const findings = analyze(text, { relativePath: 'SECURITY.md' });
    // SEC011: the contact is a placeholder; SEC013: the times are placeholders; SEC023: each placeholder.
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), ['SEC011', 'SEC013', 'SEC023']);
    const placeholders = [...text.matchAll(/\[your [^\]]*\]/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'SEC023').map((f) => ({ start: f.start, end: f.end })),
      placeholders,
    );
  });

  it('the full policy, once its placeholders are filled in, is clean', () => {
    const facts = ['2.x', '< 2.0', 'security@acme.dev', '3', '10', '90'];
    let i = 0;
    const filled = expandSnippet(bodyOf('secpol-policy')).replace(/\[your [^\]]*\]/g, () => facts[i++]!);
    assert.equal(i, facts.length);
    assert.deepEqual(analyze(filled, { relativePath: 'SECURITY.md' }), []);
  });
});

describe('snippet syntax parser', () => {
  it('parses tab stops, placeholders, choices, variables and escapes', () => {
    assert.deepEqual(
      parseSnippet('a $1 ${2} ${3:x ${4:y}} ${5|one,t\\,wo|} $CURRENT_YEAR ${TM_FILENAME:f} \\$ \\} \\\\'),
      [
        { type: 'text', value: 'a ' },
        { type: 'tabstop', index: 1 },
        { type: 'text', value: ' ' },
        { type: 'tabstop', index: 2 },
        { type: 'text', value: ' ' },
        {
          type: 'placeholder',
          index: 3,
          children: [
            { type: 'text', value: 'x ' },
            { type: 'placeholder', index: 4, children: [{ type: 'text', value: 'y' }] },
          ],
        },
        { type: 'text', value: ' ' },
        { type: 'choice', index: 5, options: ['one', 't,wo'] },
        { type: 'text', value: ' ' },
        { type: 'variable', name: 'CURRENT_YEAR' },
        { type: 'text', value: ' ' },
        { type: 'variable', name: 'TM_FILENAME', children: [{ type: 'text', value: 'f' }] },
        { type: 'text', value: ' $ } \\' },
      ],
    );
    assert.equal(expandSnippet('${1:a} $1 ${2|x,y|} $0'), 'a a x ');
  });

  it('rejects what VS Code would silently take as text', () => {
    for (const bad of [
      'costs $',
      '${1:open',
      'a } b',
      '${1|a,b}',
      '$UNKNOWN_VARIABLE',
      '${1:a} ${1:b}',
      '${',
      '${x-y}',
    ]) {
      assert.throws(() => parseSnippet(bad), SnippetSyntaxError, bad);
    }
  });
});
