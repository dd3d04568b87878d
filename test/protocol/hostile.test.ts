// Hostile input over the protocol (SPEC §9, issue 8): each input of test/unit/hostileInputs.ts is
// opened in the built server; it publishes diagnostics for it (findings, or [] when the analysis
// failed) with every range inside the document, and keeps serving: a normal policy opened after it
// gets exactly the core's findings. Inputs the parser cannot handle in reasonable time yet are `todo`
// (run them with HOSTILE_SLOW=1; they need the maxFileSize cap of server/src/core/limits.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { HOSTILE_INPUTS } from '../unit/hostileInputs';
import { expectedDiagnostics, TestClient } from './client';

const FOLDER = 'file:///work/hostile';
const SLOW_DEADLINE_MS = 20 * 60_000;

function assertInside(document: TextDocument, diagnostics: readonly Diagnostic[], label: string): void {
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < document.lineCount, `${label}: line ${p.line} of ${document.lineCount}`);
      // positionAt/offsetAt round trip: a position past the end of its line would be clamped.
      assert.deepEqual(document.positionAt(document.offsetAt(p)), p, `${label}: ${d.code} position ${JSON.stringify(p)} outside its line`);
    }
  }
}

describe('protocol: hostile input', () => {
  let client: TestClient;
  let served = 0;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER] }));
  });
  after(async () => client.stop());

  /** A normal policy opened after the hostile one gets exactly the core's findings. */
  async function assertStillServing(): Promise<void> {
    const uri = `${FOLDER}/normal${++served}/SECURITY.md`;
    const document = client.open(uri, '# Security Policy\n\n## Reporting\n\nEmail security@example.com.\n');
    assert.deepEqual((await client.published(uri, 1)).diagnostics, expectedDiagnostics(document, { relativePath: `normal${served}/SECURITY.md` }));
    client.close(uri);
  }

  for (const [i, input] of HOSTILE_INPUTS.entries()) {
    const slow = input.slow !== undefined && process.env.HOSTILE_SLOW !== '1';
    it(input.name, slow ? { todo: input.slow } : {}, async (t) => {
      if (slow) return;
      const uri = `${FOLDER}/h${i}/SECURITY.md`;
      const from = client.diagnostics.items.length;
      const started = performance.now();
      const document = client.open(uri, input.text());
      const published = await client.diagnostics.next((p) => p.uri === uri && p.version === 1, `diagnostics for ${input.name}`, from, input.slow ? SLOW_DEADLINE_MS : 60_000);
      const ms = performance.now() - started;
      assertInside(document, published.diagnostics, input.name);
      const codes = [...new Set(published.diagnostics.map((d) => String(d.code)))].join(' ');
      t.diagnostic(`${input.name}: ${document.getText().length} chars, ${ms.toFixed(0)} ms, ${published.diagnostics.length} diagnostics ${codes}`);
      client.close(uri);
      await assertStillServing();
    });
  }

  it('no internal error reached the user as a diagnostic; failures went to the log', () => {
    for (const p of client.diagnostics.items) for (const d of p.diagnostics) assert.match(String(d.code), /^SEC\d{3}$/);
    for (const log of client.logs.items.filter((l) => l.type === 1)) {
      assert.match(log.message, /^security-policy: (?:rule SEC\d{3} failed on|analysis of) file:\/\/\//);
    }
  });
});
