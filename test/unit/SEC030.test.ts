import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisContext } from '../../server/src/core/types';
import { applyFixOf } from './fixCheck';
import { at, doc, findingsOf } from './helpers';

const ctx: AnalysisContext = { repository: { host: 'github.com', owner: 'acme', name: 'widgets' } };

describe('SEC030 advisory-other-repository', () => {
  it('reports an advisory link copied from another project, as the URL', () => {
    const url = 'https://github.com/electron/electron/security/advisories/new';
    const text = doc('# Security', '', `Report it [here](${url}).`);
    assert.deepEqual(findingsOf('SEC030', text, ctx), [at(text, url, 'warning')]);
  });

  it('reports bare, autolinked, referenced and HTML URLs, and every security path', () => {
    const urls = [
      'https://github.com/other/thing/security',
      'https://github.com/other/thing/security/policy',
      'https://github.com/Other/Thing/security/advisories?state=published',
      'https://github.com/other/thing/security/advisories/GHSA-abcd-efgh-ijkl',
    ];
    const text = doc(
      '# Security',
      '',
      `See ${urls[0]}.`,
      '',
      `<${urls[1]}>`,
      '',
      '[ref]: ' + urls[2],
      '',
      `<a href="${urls[3]}">x</a>`,
    );
    assert.deepEqual(
      findingsOf('SEC030', text, ctx),
      urls.map((u) => at(text, u, 'warning')),
    );
  });

  it('accepts this repository in any case, and the owner’s .github repository', () => {
    const text = doc(
      '# Security',
      'https://github.com/acme/widgets/security/advisories/new',
      'https://github.com/ACME/Widgets/security/policy',
      'https://github.com/acme/.github/security/policy',
      'https://www.github.com/acme/widgets/security',
    );
    assert.deepEqual(findingsOf('SEC030', text, ctx), []);
  });

  it('leaves other GitHub pages, other hosts, code and comments alone', () => {
    const text = doc(
      '# Security',
      'https://github.com/other/thing/issues',
      'https://github.com/advisories/GHSA-abcd-efgh-ijkl',
      'https://github.com/orgs/other/security/advisories',
      'https://docs.github.com/en/code-security/security-advisories',
      'https://gitlab.com/other/thing/security',
      'https://github.com/other/thing/security-policy-tool',
      '`https://github.com/other/thing/security`',
      '<!-- https://github.com/other/thing/security -->',
    );
    assert.deepEqual(findingsOf('SEC030', text, ctx), []);
  });

  it('is silent without a repository', () => {
    const text = doc('# Security', 'https://github.com/other/thing/security/advisories/new');
    assert.deepEqual(findingsOf('SEC030', text), []);
  });

  it('matches the repository host, so GitHub Enterprise works and github.com links are not judged there', () => {
    const ghe: AnalysisContext = { repository: { host: 'github.corp.example', owner: 'team', name: 'tool' } };
    const url = 'https://GitHub.Corp.Example/other/tool/security/advisories/new';
    const text = doc('# Security', url, 'https://github.com/other/tool/security');
    assert.deepEqual(findingsOf('SEC030', text, ghe), [at(text, url, 'warning')]);
  });

  it('does not take a closing full stop or emphasis into the range', () => {
    const text = doc('# Security', 'Use **https://github.com/other/thing/security**.');
    assert.deepEqual(findingsOf('SEC030', text, ctx), [at(text, 'https://github.com/other/thing/security', 'warning')]);
  });

  it('fixes by rewriting only the owner/repo part', () => {
    const text = doc(
      '# Security',
      '',
      'Report it [here](https://github.com/other/thing/security/advisories/new?x=1#top).',
      '',
      'Thanks.',
    );
    const { fix, text: fixed } = applyFixOf('SEC030', text, ctx);
    assert.equal(fix.title, 'Point the link at acme/widgets');
    assert.equal(fix.isPreferred, true);
    assert.equal(
      fixed,
      doc(
        '# Security',
        '',
        'Report it [here](https://github.com/acme/widgets/security/advisories/new?x=1#top).',
        '',
        'Thanks.',
      ),
    );
  });

  it('fixes each copy of a URL shown as its own link text', () => {
    const url = 'https://github.com/other/thing/security/advisories/new';
    const text = doc('# Security', `[${url}](${url})`);
    assert.equal(findingsOf('SEC030', text, ctx).length, 2);
    const once = applyFixOf('SEC030', text, ctx, 0).text;
    const twice = applyFixOf('SEC030', once, ctx, 0).text;
    const good = 'https://github.com/acme/widgets/security/advisories/new';
    assert.equal(twice, doc('# Security', `[${good}](${good})`));
  });
});
