import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { at, doc, findingsOf } from './helpers';
import { checkDocument } from './fixCheck';

describe('SEC081 empty-section', () => {
  it('reports a recognised heading with nothing under it', () => {
    const text = doc(
      '# Policy',
      '',
      '## Supported Versions',
      '',
      '## Reporting a Vulnerability',
      '<!-- fill in -->',
      '',
      '## Scope',
      '',
      'All of it.',
    );
    assert.deepEqual(findingsOf('SEC081', text), [
      at(text, '## Supported Versions', 'warning'),
      at(text, '## Reporting a Vulnerability', 'warning'),
    ]);
  });

  it('leaves a heading that is itself a sentence of instructions alone, in any script', () => {
    for (const heading of [
      '###### After you report it, please also send me an email',
      '###### 报告之后，也请发邮件告诉我，我们会尽快修复',
      // A closing tagline set as a heading: clauses joined by a dash, or a dozen words.
      '###### Security research keeps the site dull - exactly as security should be',
      '###### Thank you for helping us keep this little project safe for everyone who uses it',
    ]) {
      const text = doc('# Policy', '', '## Reporting a Vulnerability', '', 'Use the Security tab.', '', heading);
      assert.deepEqual(findingsOf('SEC081', text), [], heading);
    }
  });

  it('leaves a heading framed by headings of symbols alone: its content follows the frame (holdout21 kind)', () => {
    const text = doc('# Policy', '', '## ======', '## English', '## ======', '', 'Report it to sec@acme.dev.');
    assert.deepEqual(findingsOf('SEC081', text), []);
  });

  it('leaves numbered step headings alone, each heading its own step', () => {
    const text = doc(
      '# Policy',
      '',
      '## Reporting',
      '',
      '### 1. Do not open a public issue',
      '',
      '### 2. Email jane@acme.dev',
    );
    assert.deepEqual(findingsOf('SEC081', text), []);
  });

  it('still reports an empty heading that lists topics with commas', () => {
    const text = doc(
      '# Policy',
      '',
      '## Scope, Bounty and Safe Harbor',
      '',
      '## Scope - In and Out',
      '',
      '## Reporting',
      '',
      'Mail us.',
    );
    assert.deepEqual(findingsOf('SEC081', text), [
      at(text, '## Scope, Bounty and Safe Harbor', 'warning'),
      at(text, '## Scope - In and Out', 'warning'),
    ]);
  });

  it('reports an empty last section', () => {
    const text = doc('# Policy', '## Disclosure Policy');
    assert.deepEqual(findingsOf('SEC081', text), [at(text, '## Disclosure Policy', 'warning')]);
  });

  it('counts subsections, code and tables as content', () => {
    const text = doc(
      '# Policy',
      '## Reporting',
      '### By email',
      'Mail us.',
      '## PGP Key',
      '```',
      'key',
      '```',
      '## Supported Versions',
      '| V | S |',
      '| - | - |',
      '| 1 | y |',
    );
    assert.deepEqual(findingsOf('SEC081', text), []);
  });

  it('reports an empty heading of no known section before a sibling, without a template to insert', () => {
    const text = doc('# Policy', '## Update policy', '## Known gaps', '## Reporting', 'Mail security@acme.dev.');
    assert.deepEqual(findingsOf('SEC081', text), [
      at(text, '## Update policy', 'warning'),
      at(text, '## Known gaps', 'warning'),
    ]);
    assert.deepEqual(
      analyze(text)
        .filter((f) => f.ruleId === 'SEC081')
        .map((f) => f.fixes ?? []),
      [[], []],
    );
  });

  it('leaves a subtitle before a higher heading and an empty title alone', () => {
    assert.deepEqual(
      findingsOf(
        'SEC081',
        doc('# Policy', '## Our measures', '##### What we do to keep it safe', '### Dependabot', 'On.'),
      ),
      [],
    );
    assert.deepEqual(findingsOf('SEC081', doc('# Acme', '# Security Policy', 'Mail security@acme.dev.')), []);
    // The heading being typed: "## " with no words yet.
    assert.deepEqual(findingsOf('SEC081', doc('# Policy', '## ', '## Reporting', 'Mail security@acme.dev.')), []);
  });

  it('offers its template only after a heading that is a block of its own (found by fuzzing)', () => {
    // The heading sits in a list item that the tab-indented line continues: a template after it would
    // end the list, turn that line into code and leave the address in the versions section.
    const inList = '* ###### Supported Versions\n\t#### \nme@acme.dev';
    const inItem = '1. ## Supported Versions\n   ## Reporting\n   me@acme.dev\n';
    for (const text of [inList, inItem]) {
      const finding = analyze(text).find((f) => f.ruleId === 'SEC081');
      assert.ok(finding, text);
      assert.equal(finding.fixes, undefined, text);
      checkDocument('nested heading', text);
    }
    assert.equal(
      analyze('## Supported Versions\n\n## Reporting\n\nme@acme.dev\n').find((f) => f.ruleId === 'SEC081')?.fixes
        ?.length,
      1,
    );
  });

  it('finds no empty section in a plain-text file, whose # lines are comments (holdout30 kind)', () => {
    const text = doc(
      '# Acme security policy',
      '# (security.txt style)',
      '',
      'Contact: mailto:security@acme.dev',
      '',
      '# Scope',
      '#   the API only',
    );
    assert.deepEqual(findingsOf('SEC081', text, { relativePath: 'SECURITY.txt' }), []);
    assert.deepEqual(
      findingsOf('SEC081', text, { relativePath: 'SECURITY.md' }).map((f) => f.text),
      ['# Scope'],
    );
  });

  it("finds no empty section in a heading that is only a language's name, over that language's sections (holdout34 kind)", () => {
    const text = doc(
      '# Безопасность',
      '',
      '## Русский',
      '',
      '## Содержание',
      '',
      'Текст.',
      '',
      '## English',
      '',
      '## Contents',
      '',
      'Text.',
    );
    assert.deepEqual(findingsOf('SEC081', text), []);
  });

  it('finds a section holding only a thematic break empty (holdout60 kind)', () => {
    for (const rule of ['______', '---', '* * *']) {
      const text = doc('# Security', '', '## Reporting a Vulnerability', '', rule, '', '## Scope', '', 'The CLI.');
      assert.deepEqual(
        findingsOf('SEC081', text).map((f) => f.text),
        ['## Reporting a Vulnerability'],
        rule,
      );
    }
  });

  it('leaves a tagline in an HTML heading closing the file alone, and still reports a Markdown one (holdout62 kind)', () => {
    const footer = doc('# Security', '', '## Comments', '', 'Tell us.', '', '<h3 align="center">We ship safely</h3>');
    assert.deepEqual(findingsOf('SEC081', footer), []);
    const markdown = doc('# Security', '', '## Comments', '', 'Tell us.', '', '## Contact');
    assert.deepEqual(
      findingsOf('SEC081', markdown).map((f) => f.text),
      ['## Contact'],
    );
  });

  it('leaves a numbered heading over its lettered or decimal items at its own level alone (holdout89 kind)', () => {
    for (const item of ['### a. Configuration', '### 1.1 Configuration', '### ii) Configuration'])
      assert.deepEqual(
        findingsOf(
          'SEC081',
          doc('# Security', '', '### 1. Core features', '', item, '', 'Secrets come from the environment.'),
        ),
        [],
        item,
      );
    const plain = doc(
      '# Security',
      '',
      '### 1. Core features',
      '',
      '### Configuration',
      '',
      'Secrets come from the environment.',
    );
    assert.deepEqual(
      findingsOf('SEC081', plain).map((f) => f.text),
      ['### 1. Core features'],
    );
  });

  it('leaves a sentence with its subject first, the title again, and a label whose colon leads nowhere, each of no known section', () => {
    const text = doc(
      '# Acme',
      '',
      '### Security Policy',
      '',
      '### Reporting a Vulnerability',
      '',
      'Email sec@acme-lab.org.',
      '',
      '### Rules of engagement',
      '',
      'Test only your own accounts.',
      '### We watch public channels for abuse',
      '',
      '### Hardening',
      '',
      '#### Sandboxing measures:',
    );
    assert.deepEqual(findingsOf('SEC081', text), []);
    // A heading of no known section left empty among its siblings is still reported.
    const empty = doc('# Acme', '', '## Hardening', '', '## Logging', '', 'We keep logs for 30 days.');
    assert.deepEqual(findingsOf('SEC081', empty), [at(empty, '## Hardening', 'warning')]);
  });
});
