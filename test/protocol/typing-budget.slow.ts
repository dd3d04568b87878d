// The typing budget over the protocol (issue 14): the first analysis of a document has the document
// budget; after an edit the rules stop at TYPING_BUDGET_MS of CPU time, and a rule that took longer
// than that before is not started (it could not be stopped once it was). The diagnostics of the edit
// say in a SEC000 notice which rules did not run, a hover sent with the edit is answered before them,
// and once typing pauses the full analysis replaces them: exactly the core's findings. The rules that
// share the slow one's work (SEC062 computes the mojibake runs when SEC060 did not) wait too, from the
// edit after the one where they did that work themselves. What an edit costs the server beside the first analysis is reported, not
// asserted (a loaded machine's CI once measured 530 ms against 970): the bench measures typing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { SIZE_LIMIT_ID } from '../../server/src/core/limits';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { expectedDiagnostics, messageOf, TestClient } from './client';

const FOLDER = 'file:///work/typing-budget';
/** 96 KB of mojibake, under the size cap: SEC060 alone takes 150 to 400 ms of CPU on it, more than the typing budget. */
const TEXT = '# Security Policy\n\n' + 'Ã©'.repeat(48_000) + '\n';
const CONTEXT = { relativePath: 'SECURITY.md' };

describe('protocol: the typing budget', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER] }));
  });
  after(async () => client.stop());

  it('after an edit the slow rules wait for a pause in typing, with a notice; a hover is answered meanwhile', async (t) => {
    const uri = `${FOLDER}/SECURITY.md`;
    const cpuAtOpen = client.cpuMs();
    const opened = client.open(uri, TEXT);
    const first = await client.diagnostics.next(
      (p) => p.uri === uri && p.version === 1,
      'the first analysis',
      0,
      60_000,
    );
    const cpuFirst = cpuAtOpen === undefined ? undefined : client.cpuMs()! - cpuAtOpen;
    assert.deepEqual(first.diagnostics, expectedDiagnostics(opened, CONTEXT), 'the first analysis is complete');

    /** Appends a line and sends a hover; checks the run while typing and the one after the pause. */
    const edit = async (document: TextDocument) => {
      const from = client.diagnostics.items.length;
      const cpuAtEdit = client.cpuMs();
      const sent = performance.now();
      const end = document.positionAt(document.getText().length);
      const edited = client.change(uri, [{ range: { start: end, end }, text: 'More text.\n' }]);
      const hover = client.connection
        .sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } })
        .then(() => client.diagnostics.items.length);
      const partial = await client.diagnostics.next(
        (p) => p.uri === uri && p.version === edited.version,
        'the analysis while typing',
        from,
        60_000,
      );
      const partialMs = performance.now() - sent;
      const cpuMs = cpuAtEdit === undefined ? undefined : client.cpuMs()! - cpuAtEdit;
      const notices = partial.diagnostics.filter(
        (d) => d.code === SIZE_LIMIT_ID && messageOf(d).startsWith('While you type'),
      );
      assert.equal(notices.length, 1, 'one notice says which rules waited');
      assert.equal(notices[0]!.severity, 3, 'an information: the full analysis follows');
      const waited = [...messageOf(notices[0]!).matchAll(/SEC\d{3}/g)].map((m) => m[0]);
      assert.deepEqual(
        partial.diagnostics.filter((d) => waited.includes(String(d.code))),
        [],
        'no findings of the rules that waited',
      );
      assert.ok(
        (await hover) <= client.diagnostics.items.indexOf(partial),
        'the hover was answered before the analysis of the edit was published',
      );
      const full = await client.diagnostics.next(
        (p) => p.uri === uri && p.version === edited.version,
        'the analysis after the pause',
        client.diagnostics.items.indexOf(partial) + 1,
        60_000,
      );
      assert.deepEqual(
        full.diagnostics,
        expectedDiagnostics(edited, CONTEXT),
        'after the pause, the complete analysis',
      );
      return { edited, waited, cpuMs, partialMs };
    };

    const one = await edit(opened);
    // The rules' costs are measured, not counted: on a loaded machine the first analysis may record
    // SEC060 under the budget (a clean-clone CI run did once, while five cheap rules recorded over it).
    // Then it runs on the first edit, records what it took there, and must wait from the second on.
    assert.ok(one.waited.length > 0, 'some rules wait on the first edit');
    const two = await edit(one.edited);
    // SEC062 is costly only where SEC060 did not compute the runs before it: if SEC060 still ran on the first
    // edit, SEC062's recorded cost is the cheap one until the second edit, where it computes them itself; it
    // waits from the third edit then (a clean-clone CI run showed that order once).
    const three = two.waited.includes('SEC062') ? undefined : await edit(two.edited);
    assert.ok(
      two.waited.includes('SEC060') && (three ?? two).waited.includes('SEC062'),
      `SEC060 waits from the second edit, SEC062 from the second or the third: ${two.waited.join(' ')}` +
        `${three ? ` then ${three.waited.join(' ')}` : ''} (first edit: ${one.waited.join(' ')})`,
    );
    t.diagnostic(
      `server CPU: first analysis ${cpuFirst ?? '?'} ms; first edit ${one.cpuMs ?? '?'} ms (${one.partialMs.toFixed(0)} ms by the clock), ${one.waited.join(' ')} waited; ` +
        `second edit ${two.cpuMs ?? '?'} ms (${two.partialMs.toFixed(0)} ms by the clock), ${two.waited.join(' ')} waited` +
        (three ? `; third edit ${three.cpuMs ?? '?'} ms, ${three.waited.join(' ')} waited` : ''),
    );
  });
});
