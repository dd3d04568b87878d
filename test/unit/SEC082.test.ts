import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { at, doc, findingsOf } from './helpers';

describe('SEC082 duplicate-section', () => {
  it('reports the second copy of a section', () => {
    const text = doc(
      '# Policy',
      '## Supported Versions',
      'a',
      '## Reporting a Vulnerability',
      'b',
      '## Supported Versions',
      'c',
    );
    const findings = findingsOf('SEC082', text);
    assert.deepEqual(findings, [at(text, '## Supported Versions', 'warning', 1)]);
  });

  it('takes one subsection under two different topics for parts of each (holdout39 kind), a section copied under one for a copy', () => {
    const parts = doc(
      '# Policy',
      '## Principles',
      '### Encryption',
      'a',
      '## Data protection',
      '### Encryption',
      'b',
      '## Deutsch',
      '### Unterstützte Versionen',
      'c',
      '## English',
      '### Supported Versions',
      'd',
    );
    assert.deepEqual(findingsOf('SEC082', parts), []);
    const copy = doc('# Policy', '## Data protection', '### Encryption', 'a', '### Encryption', 'b');
    assert.deepEqual(findingsOf('SEC082', copy), [at(copy, '### Encryption', 'warning', 1)]);
  });

  it('reports a copy reworded with another name for the thing reported, or without its article', () => {
    const text = doc('# Policy', '## Reporting Security Bugs', 'a', '## REPORTING A VULNERABILITY', 'b');
    assert.deepEqual(findingsOf('SEC082', text), [at(text, '## REPORTING A VULNERABILITY', 'warning')]);
    const distinct = doc(
      '# Policy',
      '## Reporting a vulnerability',
      'a',
      '## Reporting a vulnerability in a dependency',
      'b',
    );
    assert.deepEqual(findingsOf('SEC082', distinct), []);
    // The same in another script: "security" before "vulnerability" adds nothing.
    const korean = doc('# 보안 정책', '## 보안 취약점 보고', 'a', '## 취약점 보고', 'b');
    assert.deepEqual(findingsOf('SEC082', korean), [at(korean, '## 취약점 보고', 'warning')]);
  });

  it('reports a heading repeated without the translation it had beside it, not two headings in other scripts', () => {
    const text = doc(
      '## Policy',
      '### Reporting a Vulnerability 脆弱性の報告',
      'a',
      '# Reporting a vulnerability',
      'b',
    );
    assert.deepEqual(findingsOf('SEC082', text), [at(text, '# Reporting a vulnerability', 'warning')]);
    const translated = doc('# Policy', '## Reporting a Vulnerability', 'a', '## 脆弱性の報告', 'b');
    assert.deepEqual(findingsOf('SEC082', translated), []);
  });

  it('takes two names of one section for two deliberate parts, not a copy', () => {
    for (const [first, second] of [
      ['## Reporting a Vulnerability', '## How to Report'],
      ['## Response Timeline', '## What to Expect'],
    ] as const) {
      assert.deepEqual(findingsOf('SEC082', doc('# Policy', first, 'a', second, 'b')), [], second);
    }
  });

  it('does not take a policy written again in a second language for a copy', () => {
    assert.deepEqual(
      findingsOf(
        'SEC082',
        doc('# Policy', '## Supported Versions', 'a', '# Политика', '## Поддерживаемые версии', 'b'),
      ),
      [],
    );
  });

  it('accepts nested headings and distinct parts of one topic', () => {
    assert.deepEqual(findingsOf('SEC082', doc('# P', '## Reporting a Vulnerability', '### How to report', 'x')), []);
    assert.deepEqual(findingsOf('SEC082', doc('# P', '## Scope', 'x', '## Out of Scope', 'y')), []);
    assert.deepEqual(
      findingsOf('SEC082', doc('# P', '## Reporting a bug in the server', 'x', '## Reporting a bug in a plugin', 'y')),
      [],
    );
  });

  it("reports a subsection that repeats its parent's heading word for word (holdout17 kind)", () => {
    const text = doc(
      '# P',
      '## Reporting Vulnerabilities',
      'x',
      '### Our policy',
      'y',
      '### Reporting vulnerabilities',
      'z',
    );
    assert.deepEqual(findingsOf('SEC082', text), [at(text, '### Reporting vulnerabilities', 'warning')]);
    // Reworded, it names a part of its parent's topic.
    assert.deepEqual(findingsOf('SEC082', doc('# P', '## Reporting a Vulnerability', '### Reporting', 'x')), []);
  });

  it('reports a heading of no known section repeated under the same parent, not under another parent or as a title', () => {
    const copied = doc('# Política', '## Respuesta', 'a', '## Contacto', 'b', '## Respuesta', 'c', '## Contacto', 'd');
    assert.deepEqual(findingsOf('SEC082', copied), [
      at(copied, '## Respuesta', 'warning', 1),
      at(copied, '## Contacto', 'warning', 1),
    ]);
    // One subsection per release, and a title per language: structure, not copies.
    assert.deepEqual(findingsOf('SEC082', doc('# P', '## 2.x', '### Details', 'a', '## 1.x', '### Details', 'b')), []);
    assert.deepEqual(findingsOf('SEC082', doc('# Security', 'a', '# Security', 'b')), []);
  });

  it('names the line of the first copy', () => {
    const text = doc('# P', '## Scope', 'x', '## Scope', 'y');
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC082');
    assert.match(finding!.message, /line 2\b/);
  });

  it('reads one borrowed Latin word in a heading of another script as part of it, not as a translation (holdout32 kind)', () => {
    const text = doc('# Политика', '', '## Scope', '', 'API.', '', '## Что НЕ в scope', '', 'Сайт.');
    assert.deepEqual(findingsOf('SEC082', text), []);
    // A heading with its translation beside it is still the same heading.
    const twice = doc(
      '# Policy',
      '',
      '## Reporting a Vulnerability 报告漏洞',
      '',
      'Mail us.',
      '',
      '## Reporting a Vulnerability',
      '',
      'Mail us.',
    );
    assert.equal(findingsOf('SEC082', twice).length, 1);
  });
});
