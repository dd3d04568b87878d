// The hostile inputs of SPEC §9 / issue 8, shared by the core test (hostile.test.ts), the protocol
// test (test/protocol/hostile.slow.ts) and the timing table (`npx tsx test/unit/hostileInputs.ts`).

/** Deterministic pseudo-random bytes decoded as UTF-8 the way an editor would (invalid bytes become U+FFFD). */
function binary(length: number): string {
  const bytes = new Uint8Array(length);
  let state = 0x9e3779b9;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  // A PNG signature and NUL runs, as in an image saved under the wrong name.
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 0);
  return new TextDecoder('utf-8').decode(bytes);
}

export interface HostileInput {
  readonly name: string;
  readonly text: () => string;
  /** Kept from the parser by the size cap or the depth guard (server/src/core/limits.ts): one SEC000 notice, cheap rules only. */
  readonly limited?: true;
  /** Already analysed by this core test (the protocol test still sends it). */
  readonly coveredBy?: string;
}

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'empty file', text: () => '' },
  { name: 'only whitespace', text: () => ' \t\n\r\n   \n\u00a0\u2003\n'.repeat(1000) },
  { name: 'binary data with NUL bytes', text: () => binary(64 * 1024) },
  {
    name: 'NUL bytes in a policy',
    text: () => '# Security\0 Policy\n\n## Reporting\0\n\nEmail security@acme-widget.org\0.\n'.repeat(200),
  },
  {
    name: 'lone surrogates',
    text: () =>
      '# Security Policy \ud800\n\n## Reporting \udc00 a Vulnerability\n\n\udfff Email sec@acme-widget.org \ud83d.\n'.repeat(
        100,
      ),
  },
  {
    name: 'a BOM',
    text: () => '\ufeff# Security Policy\n\n## Reporting a Vulnerability\n\nEmail security@example.com.\n',
  },
  {
    name: 'CRLF line endings',
    text: () => '# Security Policy\r\n\r\n## Reporting a Vulnerability\r\n\r\nEmail security@example.com.\r\n',
  },
  {
    name: 'mixed line endings',
    text: () => '# Security Policy\n\r\n## Reporting a Vulnerability\r\rEmail security@example.com.\r\n',
  },
  {
    name: 'a 100,000-character heading',
    coveredBy: 'test/unit/robustness.slow.ts',
    text: () => '# ' + 'Security '.repeat(11_112).slice(0, 100_000) + '\n\nEmail security@acme-widget.org.\n',
    limited: true,
  },
  {
    name: 'a 100,000-character table row',
    coveredBy: 'test/unit/robustness.slow.ts',
    text: () => '| Version | Supported |\n| --- | --- |\n| ' + '1.x '.repeat(25_000) + ' | ✅ |\n',
    limited: true,
  },
  {
    name: '10,000 headings',
    coveredBy: 'test/unit/robustness.slow.ts',
    text: () =>
      '# Security Policy\n\n' + Array.from({ length: 10_000 }, (_, i) => `## Section ${i}\n\ntext\n`).join('\n'),
    limited: true,
  },
  {
    name: 'a table with 1,000 columns',
    text: () => {
      const row = (f: (i: number) => string) =>
        '|' + Array.from({ length: 1000 }, (_, i) => ` ${f(i)} `).join('|') + '|\n';
      return (
        '# Security Policy\n\n' + row((i) => `v${i}`) + row(() => '---') + row((i) => (i % 2 ? '✅' : '❌')).repeat(3)
      );
    },
  },
  {
    name: '200-deep nested lists',
    coveredBy: 'test/unit/robustness.slow.ts',
    text: () => Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n',
    limited: true,
  },
  { name: '5,000-deep nested lists', text: () => '- '.repeat(5000) + 'item\n', limited: true },
  {
    name: '5,000-deep indented lists',
    text: () => Array.from({ length: 5000 }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n',
    limited: true,
  },
  { name: '5,000-deep block quotes', text: () => '> '.repeat(5000) + 'deep\n', limited: true },
  { name: '20,000 nested > in one line', text: () => '>'.repeat(20_000) + ' deep\n', limited: true },
  // The shapes of issue 14's review: rules that were quadratic on them (now linear, test/unit/linearity.slow.ts).
  { name: 'a 90,000-character mojibake run', text: () => 'Ã©'.repeat(45_000) + '\n' },
  { name: 'U+FFFD inside mojibake, 64,000 characters', text: () => 'Ã\ufffd'.repeat(32_000) + '\n' },
  { name: 'collapsed headings to 95,000 characters', text: () => 'a ## '.repeat(19_000) },
  { name: '<address> repeated to 1 MB', text: () => '<address> '.repeat(100_000), limited: true },
  { name: 'addresses on one line, 1 MB', text: () => 'a@b.co '.repeat(143_000), limited: true },
  {
    name: 'a suppression comment on every line, 2 MB',
    text: () => '<!-- security-policy-disable-next-line SEC023 -->\n[your email]\n'.repeat(32_000),
    limited: true,
  },
  {
    name: '10 MB of text',
    text: () =>
      (
        '## Notes\n\n' +
        'Lorem ipsum dolor sit amet, security@example.com consectetur adipiscing elit. '.repeat(10) +
        '\n\n'
      )
        .repeat(12_000)
        .slice(0, 10_000_000),
    limited: true,
  },
];

if (require.main === module) {
  // The timing table: each input in a fresh process would be fairer; one process is enough for magnitudes.
  void (async () => {
    const { analyze, analyzeTextOnly } = await import('../../server/src/core/analyze');
    const only = process.argv.slice(2);
    for (const input of HOSTILE_INPUTS) {
      if (only.length > 0 && !only.some((o) => input.name.includes(o))) continue;
      const text = input.text();
      const t0 = performance.now();
      let result: string;
      try {
        const findings = analyze(text, { relativePath: 'SECURITY.md' });
        result = `${findings.length} findings: ${[...new Set(findings.map((f) => f.ruleId))].join(' ')}`;
      } catch (error) {
        result = `threw ${error instanceof Error ? error.name + ': ' + error.message.slice(0, 80) : String(error)}`;
      }
      const full = performance.now() - t0;
      const t1 = performance.now();
      const cheap = analyzeTextOnly(text, { relativePath: 'SECURITY.md' }, 0).length;
      console.log(
        `${input.name} | ${text.length} chars | full ${full.toFixed(0)} ms | text-only ${(performance.now() - t1).toFixed(0)} ms (${cheap} findings) | ${result}`,
      );
    }
  })();
}
