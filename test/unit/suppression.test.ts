import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { createPolicyDocument } from '../../server/src/core/document';
import { applyEdits } from '../../server/src/core/edits';
import { disableForFileEdit, disableForLineEdit } from '../../server/src/core/suppression';
import { doc } from './helpers';

const ids = (text: string, rule?: string) =>
  analyze(text)
    .filter((f) => !rule || f.ruleId === rule)
    .map((f) => `${f.ruleId}@${text.slice(0, f.start).split('\n').length}`);

const reporting = [
  '## Reporting a Vulnerability',
  '',
  'Email security@acme.dev within 2 days.',
  '',
  '## Supported Versions',
  '',
  'Only 2.x.',
];

describe('suppression comments', () => {
  it('disable-next-line silences the listed rule on the next line only', () => {
    const text = doc(
      '# P',
      '',
      ...reporting,
      '',
      '<!-- security-policy-disable-next-line SEC022 -->',
      'Test with a@example.com.',
      '',
      'Or b@example.com.',
    );
    assert.deepEqual(ids(text, 'SEC022'), ['SEC022@14']);
  });

  it('disable-line silences its own line', () => {
    const text = doc('# P', '', ...reporting, '', '| 1 | a@example.com | <!-- security-policy-disable-line SEC022 -->');
    assert.deepEqual(ids(text, 'SEC022'), []);
  });

  it('disable and enable bracket a region, per rule', () => {
    const text = doc(
      '# P',
      '',
      ...reporting,
      '',
      '<!-- security-policy-disable SEC022 -->',
      'a@example.com TODO',
      '<!-- security-policy-enable SEC022 -->',
      'b@example.com',
    );
    assert.deepEqual(
      ids(text).filter((id) => /SEC02[23]/.test(id)),
      ['SEC023@12', 'SEC022@14'],
    );
  });

  it('a disable without ids silences every rule from there on', () => {
    assert.deepEqual(ids(doc('<!-- security-policy-disable -->', '# Nothing here', 'a@example.com')), []);
  });

  it('ignores directives shown in code and unknown directives', () => {
    const text = doc(
      '# P',
      '',
      ...reporting,
      '',
      '`<!-- security-policy-disable -->`',
      '<!-- security-policy-disabled SEC022 -->',
      'a@example.com',
    );
    assert.deepEqual(ids(text, 'SEC022'), ['SEC022@13']);
  });
});

describe('disable quick-fix edits', () => {
  const fixFor = (text: string, rule: string, make: 'line' | 'file') => {
    const policy = createPolicyDocument(text);
    const finding = analyze(text).find((f) => f.ruleId === rule)!;
    const edit = make === 'line' ? disableForLineEdit(policy, finding) : disableForFileEdit(policy, rule);
    return edit && applyEdits(text, [edit]);
  };

  it('puts a next-line comment above a heading or the first line of a paragraph', () => {
    const text = doc('# P', '', ...reporting, '', 'Write to a@example.com.');
    assert.equal(
      fixFor(text, 'SEC022', 'line'),
      doc('# P', '', ...reporting, '', '<!-- security-policy-disable-next-line SEC022 -->', 'Write to a@example.com.'),
    );
  });

  it('appends a disable-line comment inside a paragraph, a list or a table, before trailing spaces', () => {
    const text = doc('# P', '', ...reporting, '', 'First line', 'then a@example.com  ', 'end.');
    assert.equal(
      fixFor(text, 'SEC022', 'line'),
      doc(
        '# P',
        '',
        ...reporting,
        '',
        'First line',
        'then a@example.com <!-- security-policy-disable-line SEC022 -->  ',
        'end.',
      ),
    );
    const table = doc('# P', '', ...reporting, '', '| Contact |', '| --- |', '| a@example.com |');
    assert.equal(
      fixFor(table, 'SEC022', 'line'),
      doc(
        '# P',
        '',
        ...reporting,
        '',
        '| Contact |',
        '| --- |',
        '| a@example.com | <!-- security-policy-disable-line SEC022 -->',
      ),
    );
  });

  it('merges into an existing directive instead of stacking another', () => {
    const text = doc(
      '# P',
      '',
      ...reporting,
      '',
      '<!-- security-policy-disable-next-line SEC023 -->',
      'TODO a@example.com',
    );
    assert.equal(
      fixFor(text, 'SEC022', 'line'),
      doc(
        '# P',
        '',
        ...reporting,
        '',
        '<!-- security-policy-disable-next-line SEC023 SEC022 -->',
        'TODO a@example.com',
      ),
    );
  });

  // Found by fuzzing (seed 1192135421): the paragraph after a definition goes on, indented, and a
  // comment line above it would make it indented code.
  it('offers nothing above an indented paragraph that a definition began', () => {
    const text = doc('# P', '', ...reporting, '', '[x]: https://acme.dev', '\tcontact a@example.com');
    assert.equal(fixFor(text, 'SEC022', 'line'), undefined);
  });

  // Found by fuzzing (seed 1192820496): an appended comment makes "[x]: <dest>" a paragraph, whose
  // comment then hides; any edit that changes what the rest shows or hides is checked by parsing.
  it('offers nothing that would turn a link definition into text', () => {
    assert.equal(fixFor('[x]: <!-- a note -->', 'SEC010', 'line'), undefined);
  });

  it('offers nothing for a line inside code', () => {
    const text = doc(
      '# P',
      '',
      '```',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      '',
      'our key goes here',
      '-----END PGP PUBLIC KEY BLOCK-----',
      '```',
    );
    assert.equal(fixFor(text, 'SEC023', 'line'), undefined);
  });

  it('offers nothing where the line ends inside an HTML comment or code span that goes on (the rest would show)', () => {
    // Appending `<!-- … -->` here would close the hidden comment early and render "password: hunter2".
    const comment = doc(
      '# P',
      '',
      ...reporting,
      '',
      'First line',
      'then a@example.com <!-- note',
      'password: hunter2',
      '-->',
    );
    assert.equal(fixFor(comment, 'SEC022', 'line'), undefined);
    const opener = doc('# P', '', ...reporting, '', 'First line', 'then a@example.com <!--', 'password: hunter2');
    assert.equal(fixFor(opener, 'SEC022', 'line'), undefined);
    const span = doc('# P', '', ...reporting, '', 'First line', 'then a@example.com `a code', 'span` end.');
    assert.equal(fixFor(span, 'SEC022', 'line'), undefined);
    // A comment or code span that closes on the line is no obstacle.
    const closed = doc('# P', '', ...reporting, '', 'First line', 'then a@example.com <!-- note --> `code`', 'end.');
    assert.equal(
      fixFor(closed, 'SEC022', 'line'),
      doc(
        '# P',
        '',
        ...reporting,
        '',
        'First line',
        'then a@example.com <!-- note --> `code` <!-- security-policy-disable-line SEC022 -->',
        'end.',
      ),
    );
  });

  it('disables for the file at the top, merging with an opening disable comment', () => {
    const text = doc('# P', '', 'Nothing.');
    const once = fixFor(text, 'SEC013', 'file')!;
    assert.equal(once, doc('<!-- security-policy-disable SEC013 -->', '# P', '', 'Nothing.'));
    assert.equal(
      fixFor(once, 'SEC011', 'file'),
      doc('<!-- security-policy-disable SEC013 SEC011 -->', '# P', '', 'Nothing.'),
    );
    assert.deepEqual(
      ids(fixFor(once, 'SEC011', 'file')!).filter((id) => /SEC01[13]/.test(id)),
      [],
    );
  });
});
