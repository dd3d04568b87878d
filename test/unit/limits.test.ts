// The size cap and the time budget (server/src/core/limits.ts), with a fake clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, analyzeDocument, analyzeTextOnly, CHEAP_TEXT_RULES, noticeOf } from '../../server/src/core/analyze';
import {
  createBudget,
  deepLine,
  DEFAULT_MAX_FILE_SIZE,
  MAX_NESTING,
  SIZE_LIMIT_ID,
  textOnlyDocument,
} from '../../server/src/core/limits';
import { limitedDocument } from '../../server/src/core/policyModel';
import { shownFindings } from '../../server/src/lsp/shownDiagnostics';
import { closesFence, fenceOpening } from '../../server/src/core/fences';
import type { Rule } from '../../server/src/core/rule';
import type { Finding } from '../../server/src/core/types';
import { RULES } from '../../server/src/core/rules';

/** A clock that advances only when told. */
function fakeClock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

function fakeRule(id: string, check: Rule['check']): Rule {
  return { id, name: id, description: id, defaultSeverity: 'warning', kind: 'text', input: 'text', check };
}

describe('limits', () => {
  it('analyses in full up to the cap, text-only above it, saying so once', () => {
    assert.equal(limitedDocument('x'.repeat(DEFAULT_MAX_FILE_SIZE)), undefined);
    const over = limitedDocument('x'.repeat(200_001), 200_000);
    assert.equal(over?.parse, 'text-only');
    const notice = noticeOf(over)!;
    assert.equal(notice.ruleId, SIZE_LIMIT_ID);
    // An error: a policy the analysis could not read must not pass a check in CI.
    assert.equal(notice.severity, 'error');
    assert.deepEqual([notice.start, notice.end], [0, 0]);
    assert.match(notice.message, /200,001 characters, more than securityPolicy\.maxFileSize \(200,000\)/);
  });

  it('text-only too when a line nests more lists or quotes than the parser can take', () => {
    const deep = [
      '- '.repeat(MAX_NESTING + 1) + 'x',
      '> '.repeat(MAX_NESTING + 1) + 'x',
      '>'.repeat(20_000) + ' x',
      '1. '.repeat(60) + '- > '.repeat(30) + 'x',
      Array.from({ length: MAX_NESTING + 2 }, (_, i) => '  '.repeat(i) + '- item').join('\r\n'),
    ];
    for (const text of deep) {
      const limited = limitedDocument('# Policy\n\n' + text);
      assert.equal(limited?.parse, 'text-only', text.slice(0, 40));
      assert.match(noticeOf(limited)!.message, /^Line \d+ nests more than 100 lists or block quotes/);
    }
    assert.equal(deepLine('a\n\n' + '> '.repeat(101) + 'x'), 2);
    for (const text of [
      '- '.repeat(MAX_NESTING) + 'x',
      '1984. was a year\n' + '-'.repeat(500),
      '    code\n'.repeat(100),
      '2025-01-01 - 3 - 4',
    ]) {
      assert.equal(limitedDocument(text), undefined, text.slice(0, 40));
    }
  });

  it('the cheap rules are text rules that exist', () => {
    for (const id of CHEAP_TEXT_RULES) assert.equal(RULES.find((r) => r.id === id)?.kind, 'text', id);
  });

  it('text-only analysis reports character problems outside code and comments, with the notice first', () => {
    const text = [
      '# Policy',
      'Mail security@example.com, caf\u00c3\u00a9, bad \u0000.',
      '```',
      'example@example.com in a fence',
      '```',
      '<!-- reviewer@example.com -->',
      '<!-- security-policy-disable-next-line SEC022 -->',
      'test@example.com',
      '',
    ].join('\n');
    const findings = analyzeTextOnly(text, {}, 10);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]),
      [
        [SIZE_LIMIT_ID, ''],
        ['SEC022', 'security@example.com'],
        ['SEC060', 'Ã©'],
        ['SEC062', '\u0000'],
      ],
    );
    // Below the cap there is no notice (for callers that always take this path).
    assert.ok(!analyzeTextOnly(text, {}, text.length).some((f) => f.ruleId === SIZE_LIMIT_ID));
  });

  it('text-only agrees with the full analysis on the cheap rules of a plain policy', () => {
    const text =
      '# Security Policy\r\n\r\nEmail security@example.com or [insert contact].\r\n\r\nCaf\u00c3\u00a9 \ufffd\r\n';
    const cheap = (fs: ReturnType<typeof analyze>) =>
      fs.filter((f) => CHEAP_TEXT_RULES.includes(f.ruleId)).map((f) => [f.ruleId, f.start, f.end]);
    assert.deepEqual(cheap(analyzeTextOnly(text, {}, 0)), cheap(analyze(text)));
  });

  it('textOnlyDocument blanks fences (an unclosed one to the end) and comments, keeping offsets', () => {
    const text = 'a\n~~~\nx\n~~~\nb <!-- c --> d\n```\nopen';
    const doc = textOnlyDocument(text);
    assert.equal(doc.prose.length, text.length);
    assert.equal(doc.prose, 'a\n   \n \n   \nb            d\n   \n    ');
    assert.deepEqual(doc.lineStarts, [0, 2, 6, 8, 12, 27, 31]);
    assert.deepEqual(
      doc.comments.map((c) => c.body),
      [' c '],
    );
    assert.deepEqual(doc.headings, []);
  });

  it('a rule that throws is skipped and logged; the others still report', () => {
    const skipped: string[] = [];
    const rules = [
      fakeRule('SEC901', (_doc, { report }) => report({ start: 0, end: 1, message: 'one' })),
      fakeRule('SEC902', () => {
        throw new Error('boom');
      }),
      fakeRule('SEC903', (_doc, { report }) => report({ start: 2, end: 99, message: 'three' })),
    ];
    const findings = analyzeDocument(
      textOnlyDocument('abcd'),
      {},
      { rules, onRuleError: (_id, s) => skipped.push(`${s.ruleId} ${s.reason}: ${s.message}`) },
    );
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.start, f.end]),
      [
        ['SEC901', 0, 1],
        ['SEC903', 2, 4],
      ],
    );
    assert.deepEqual(skipped, ['SEC902 threw: rule SEC902 threw: boom']);
  });

  it('with a clock, a rule over the budget is dropped and the rules after the deadline are skipped', () => {
    const clock = fakeClock();
    const skipped: string[] = [];
    const ran: string[] = [];
    const rule = (id: string, ms: number) =>
      fakeRule(id, (_doc, { report }) => {
        ran.push(id);
        clock.advance(ms);
        report({ start: 0, end: 0, message: id });
      });
    const rules = [rule('SEC901', 10), rule('SEC902', 600), rule('SEC903', 10), rule('SEC904', 10)];
    const findings = analyzeDocument(
      textOnlyDocument('x'),
      {},
      { rules, now: clock.now, budgetMs: 500, onRuleError: (_id, s) => skipped.push(`${s.ruleId} ${s.reason}`) },
    );
    // Time between rules (an adapter answering other requests) does not count.
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ['SEC901'],
    );
    assert.deepEqual(ran, ['SEC901', 'SEC902']);
    assert.deepEqual(skipped, ['SEC902 over-budget', 'SEC903 out-of-time', 'SEC904 out-of-time']);
  });

  it('with the rule times of earlier runs, a rule that would pass the budget is not started; the most each took is kept', () => {
    const clock = fakeClock();
    const ran: string[] = [];
    const skipped: string[] = [];
    const delays: Record<string, number> = { SEC901: 10, SEC902: 300, SEC903: 20 };
    const rules = Object.keys(delays).map((id) =>
      fakeRule(id, () => {
        ran.push(id);
        clock.advance(delays[id]!);
      }),
    );
    const costs = new Map<string, number>();
    const run = (budgetMs: number) =>
      analyzeDocument(
        textOnlyDocument('x'),
        {},
        {
          rules,
          now: clock.now,
          budgetMs,
          costs,
          onRuleError: (_id, s) => skipped.push(`${s.ruleId} ${s.reason}: ${s.message}`),
        },
      );
    run(2000);
    assert.deepEqual(Object.fromEntries(costs), { SEC901: 10, SEC902: 300, SEC903: 20 });
    ran.length = 0;
    run(100);
    // SEC902 took 300 ms last time: starting it would hold the thread past the 100 ms; SEC903 still fits.
    assert.deepEqual(ran, ['SEC901', 'SEC903']);
    assert.deepEqual(skipped, [
      'SEC902 out-of-time: rule SEC902 skipped: it took 300 ms before, more than the 90 ms left of the analysis budget',
    ]);
    assert.equal(costs.get('SEC902'), 300, 'a rule not run keeps its time');
    delays.SEC901 = 50;
    run(2000);
    delays.SEC901 = 5;
    run(2000);
    assert.deepEqual(Object.fromEntries(costs), { SEC901: 50, SEC902: 300, SEC903: 20 }, 'the most, not the last');
  });

  it('a budget reports what is left and never reads the real clock', () => {
    const clock = fakeClock();
    const budget = createBudget({ now: clock.now, budgetMs: 100 });
    assert.equal(budget.remaining(), 100);
    const outcome = budget.run('SEC901', () => {
      clock.advance(40);
      return 'done';
    });
    assert.deepEqual(outcome, { ok: true, value: 'done' });
    assert.equal(budget.remaining(), 60);
    clock.advance(1000); // between rules
    assert.equal(budget.remaining(), 60);
    const failed = budget.run('SEC902', () => {
      throw new TypeError('bad');
    });
    assert.ok(!failed.ok && failed.skipped.reason === 'threw' && failed.skipped.cause instanceof TypeError);
  });

  it("shows each rule's first findings and one notice, with the total, where the rest begin", () => {
    const finding = (ruleId: string, start: number): Finding => ({
      ruleId,
      message: `${ruleId} at ${start}`,
      severity: 'warning',
      start,
      end: start + 1,
    });
    // SEC062 five times, SEC022 twice, interleaved and sorted by position as analyses return them.
    const findings = [
      finding('SEC062', 0),
      finding('SEC022', 1),
      finding('SEC062', 2),
      finding('SEC062', 3),
      finding('SEC022', 4),
      finding('SEC062', 5),
      finding('SEC062', 6),
    ];
    assert.deepEqual(shownFindings(findings, 2), [
      findings[0],
      findings[1],
      findings[2],
      {
        ruleId: SIZE_LIMIT_ID,
        severity: 'info',
        start: 3,
        end: 3,
        message:
          'SEC062 found 5 problems in this file; the first 2 are shown, the other 3 from here on are not. `security-policy check` lists them all.',
      },
      findings[4],
    ]);
    // At the limit nothing is dropped.
    assert.deepEqual(shownFindings(findings, 5), findings);
    // The real limit, on a binary-looking text: 200 invalid characters shown of 1,000.
    const shown = shownFindings(analyze('x\u0001'.repeat(1000), { relativePath: 'SECURITY.md' }));
    assert.equal(shown.filter((f) => f.ruleId === 'SEC062').length, 200);
    assert.deepEqual(
      shown.filter((f) => f.ruleId === SIZE_LIMIT_ID).map((f) => [f.start, f.message.slice(0, 40)]),
      [[401, 'SEC062 found 1,000 problems in this file']],
    );
  });
});

describe('fences outside the parser', () => {
  // "```js" inside a fence is a line of code, not its end (CommonMark: a closing fence has no info
  // string). The text-only path over the size cap must see the same code block as the parser.
  const text = [
    'Report vulnerabilities to security@acme.dev; we answer within three days.',
    '',
    '```',
    'code',
    '```js',
    'write to security@example.com',
    '```',
    '',
    'Thank you for keeping our users safe.',
    '',
  ].join('\n');

  it('the text-only analysis keeps a fence open past a line with an info string, as the full analysis does', () => {
    const full = analyze(text).filter((f) => f.ruleId === 'SEC022');
    const textOnly = analyzeTextOnly(text, {}, 10).filter((f) => f.ruleId === 'SEC022');
    assert.deepEqual([full, textOnly], [[], []]);
  });

  it('fenceOpening and closesFence follow CommonMark', () => {
    const open = fenceOpening('```js')!;
    assert.deepEqual(open, { char: '`', length: 3 });
    assert.equal(fenceOpening('``` a`b'), undefined);
    assert.equal(fenceOpening('    ```'), undefined);
    assert.equal(closesFence('```js', open), false);
    assert.equal(closesFence('````  ', open), true);
    assert.equal(closesFence('~~~', open), false);
  });
});
