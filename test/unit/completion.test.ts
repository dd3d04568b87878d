// Completion items computed on text (the protocol tests cover the wiring): status markers in each
// table style, plain text for clients without snippets, line endings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt } from '../../server/src/lsp/completion';
import { plainTemplate } from '../../server/src/core/insertSection';
import { profileById, type ProfileId } from '../../server/src/core/profiles';
import { sectionInfo } from '../../server/src/core/sections';
import { expandSnippet, parseSnippet } from './snippetSyntax';

/** Completions at the `‸` in `text`. */
function at(textWithCursor: string, snippets = true) {
  const offset = textWithCursor.indexOf('‸');
  const text = textWithCursor.replace('‸', '');
  const before = text.slice(0, offset).split(/\r?\n/);
  return completionsAt(text, { line: before.length - 1, character: before.at(-1)!.length }, snippets);
}

const labels = (items: ReturnType<typeof completionsAt>): unknown => items?.map((i) => i.label) ?? null;
const table = (...rows: string[]): string =>
  ['# Policy', '', '## Supported Versions', '', '| Version | Supported |', '| --- | --- |', ...rows, ''].join('\n');

describe('completion: status markers', () => {
  it('continues the style the table uses', () => {
    assert.deepEqual(labels(at(table('| 2.x | ✅ |', '| 1.x | ‸'))), ['✅', '❌']);
    assert.deepEqual(labels(at(table('| 2.x | :white_check_mark: |', '| 1.x | ‸'))), [':white_check_mark:', ':x:']);
    assert.deepEqual(labels(at(table('| 2.x | Yes |', '| 1.x | No |', '| 0.x | ‸'))), ['Yes', 'No']);
    // The table's own tokens, not the defaults of the style.
    assert.deepEqual(labels(at(table('| 2.x | ✔️ |', '| 1.x | ✖️ |', '| 0.x | ‸'))), ['✔️', '✖️']);
    // A majority wins over a stray marker; a table with no marker yet gets emoji.
    assert.deepEqual(labels(at(table('| 3.x | Yes |', '| 2.x | Yes |', '| 1.x | ❌ |', '| 0.x | ‸'))), ['Yes', 'No']);
    assert.deepEqual(labels(at(table('| 2.x | |', '| 1.x | ‸'))), ['✅', '❌']);
  });

  it('replaces what the cell holds and pads a marker typed right after the pipe', () => {
    const items = at(table('| 2.x | ✅ |', '| 1.x | Ye‸s |'));
    assert.deepEqual(items?.[0]?.textEdit, {
      range: { start: { line: 7, character: 8 }, end: { line: 7, character: 11 } },
      newText: '✅',
    });
    const padded = at(table('| 2.x | ✅ |', '| 1.x |‸'));
    assert.deepEqual(padded?.[1]?.textEdit, {
      range: { start: { line: 7, character: 7 }, end: { line: 7, character: 7 } },
      newText: ' ❌',
    });
  });

  it('offers nothing in the version column, the header, the delimiter row or a table that is not about versions', () => {
    assert.equal(at(table('| 2.x | ✅ |', '| 1.‸x | ❌ |')), null);
    assert.equal(at(table('| 2.x | ✅ |').replace('| Supported |', '| Supported ‸|')), null);
    assert.equal(at(table('| 2.x | ✅ |').replace('| --- | --- |', '| --- | -‸-- |')), null);
    assert.equal(at('| Name | Role |\n| --- | --- |\n| Ann | ‸ |\n'), null);
  });
});

describe('completion: section headings', () => {
  it('inserts plain text for clients without snippet support', () => {
    const items = at('# Policy\n\n##‸\n', false)!;
    const reporting = items.find((i) => i.label === 'Reporting a Vulnerability')!;
    assert.equal(reporting.insertTextFormat, 1);
    assert.deepEqual(reporting.textEdit, {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } },
      newText: `## Reporting a Vulnerability\n\n${plainTemplate(sectionInfo('reporting').template)}`,
    });
  });

  it('keeps the line endings and leaves a blank line before the next block', () => {
    const items = at('# Policy\r\n\r\n## Rep‸\r\nSome text.\r\n')!;
    const edit = items.find((i) => i.label === 'Reporting a Vulnerability')!.textEdit!;
    assert.equal(edit.newText, `## Reporting a Vulnerability\r\n\r\n${sectionInfo('reporting').template}$0\r\n`);
  });

  it('inserts valid snippets whose expansion is the plain template', () => {
    for (const item of at('# Policy\n\n## ‸\n')!) {
      const newText = item.textEdit!.newText;
      assert.doesNotThrow(() => parseSnippet(newText), String(item.label));
      const plain = at('# Policy\n\n## ‸\n', false)!.find((i) => i.label === item.label)!.textEdit!.newText;
      assert.equal(expandSnippet(newText), plain);
    }
  });

  it('counts a half-typed heading as missing, not present', () => {
    const items = at('# Policy\n\n## Reporting‸\n')!;
    assert.equal(items.find((i) => i.label === 'Reporting a Vulnerability')!.sortText, '1-01');
  });

  it('offers nothing after more than six #, in a list or after text', () => {
    assert.equal(at('#######‸\n'), null);
    assert.equal(at('- ##‸\n'), null);
    assert.equal(at('Text ##‸\n'), null);
  });
});

describe('completion: the sections the profiles ask for', () => {
  const POLICY = '# Policy\n\n## Reporting a Vulnerability\n\nEmail security@acme.dev.\n\n## ‸\n';
  const offered = (profiles: ProfileId[], text = POLICY) => {
    const offset = text.indexOf('‸');
    const lines = text.slice(0, offset).split('\n');
    const items = completionsAt(
      text.replace('‸', ''),
      { line: lines.length - 1, character: lines.at(-1)!.length },
      true,
      undefined,
      { profiles },
    )!;
    return items
      .filter((i) => i.sortText!.startsWith('0-'))
      .sort((a, b) => a.sortText!.localeCompare(b.sortText!))
      .map((i) => [i.label, i.detail]);
  };

  it("offers CISA's sections first, in the order of its controls, each naming the control it meets; present ones are not offered", () => {
    assert.deepEqual(offered(['cisa-vdp']), [
      ['Scope', 'Security Policy: meets CISA VDP: Scope'],
      ['Safe Harbor', 'Security Policy: meets CISA VDP: Authorization'],
      ['Guidelines', 'Security Policy: meets CISA VDP: Guidelines'],
      ['Test Methods', 'Security Policy: meets CISA VDP: Test Methods'],
      ['What to Include in a Report', 'Security Policy: meets CISA VDP: Reporting a Vulnerability'],
      ['Response Timeline', 'Security Policy: meets CISA VDP: What to Expect'],
      ['Disclosure Policy', 'Security Policy: meets CISA VDP: What to Expect'],
    ]);
    const withScopeAndGuidelines = POLICY.replace(
      '## ‸',
      '## Scope\n\nThe widget only.\n\n## Guidelines\n\nBe kind.\n\n## ‸',
    );
    assert.deepEqual(
      offered(['cisa-vdp'], withScopeAndGuidelines).map(([label]) => label),
      ['Safe Harbor', 'Test Methods', 'What to Include in a Report', 'Response Timeline', 'Disclosure Policy'],
    );
  });

  it("offers the Baseline's disclosure policy, naming both controls it meets; nothing for the default profile", () => {
    assert.deepEqual(offered(['openssf-baseline-2']), [
      ['Response Timeline', 'Security Policy: meets OSPS-VM-01.01'],
      ['Disclosure Policy', 'Security Policy: meets OSPS-VM-01.01; OSPS-VM-04.01'],
    ]);
    assert.deepEqual(offered(['openssf-baseline-1']), []);
    assert.deepEqual(offered(['github']), []);
  });

  it('inserts a block the section model has no id for at the level sections use; missing and present sections come after', () => {
    const text = POLICY.replace('‸', '');
    const items = completionsAt(text, { line: 6, character: 3 }, false, undefined, { profiles: ['cisa-vdp'] })!;
    const testMethods = items.find((i) => i.label === 'Test Methods')!;
    assert.equal(
      testMethods.textEdit!.newText,
      `## Test Methods\n\n${profileById('cisa-vdp')!.extraBlocks!.find((b) => b.id === 'cisa-test-methods')!.body}`,
    );
    assert.match(
      (testMethods.documentation as { value: string }).value,
      /^\*\*CISA VDP: Test Methods\*\*: Which test methods are not allowed/,
    );
    assert.equal(items.find((i) => i.label === 'Supported Versions')!.sortText, '1-00');
    assert.equal(items.find((i) => i.label === 'Reporting a Vulnerability')!.sortText, '2-01');
  });
});

describe('completions from the workspace facts', () => {
  const facts = { repository: { host: 'github.com', owner: 'acme', name: 'widget' }, projectVersion: '2.4.1' };
  const ADVISORY = 'https://github.com/acme/widget/security/advisories/new';

  it("offers this repository's private reporting URL while a link is typed", () => {
    const text = '# P\n\n## Reporting a Vulnerability\n\nReport it at <http\n';
    const items = completionsAt(text, { line: 4, character: 18 }, true, undefined, facts)!;
    assert.deepEqual(
      items.map((i) => [i.label, i.textEdit]),
      [
        [
          ADVISORY,
          { range: { start: { line: 4, character: 14 }, end: { line: 4, character: 18 } }, newText: ADVISORY },
        ],
      ],
    );
    assert.equal(completionsAt(text, { line: 4, character: 18 }, true), null, 'nothing without a repository');
    assert.equal(
      completionsAt('```\nhttp\n```\n', { line: 1, character: 4 }, true, undefined, facts),
      null,
      'nothing in code',
    );
  });

  it("offers the current release line in a versions table's version column", () => {
    const text = '| Version | Supported |\n| ------- | --------- |\n| 1.x | ✅ |\n| \n';
    const items = completionsAt(text, { line: 3, character: 2 }, true, undefined, facts)!;
    assert.deepEqual(
      items.map((i) => [i.label, i.textEdit]),
      [['2.4.x', { range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } }, newText: '2.4.x' }]],
    );
  });
});
