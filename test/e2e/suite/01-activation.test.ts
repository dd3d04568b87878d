// The extension starts its server for policy files only: other Markdown in the same workspace, with
// the same defects, gets nothing from it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DEFECTIVE_POLICY,
  DEFECTIVE_POLICY_DIAGNOSTICS,
  EXTENSION_ID,
  FIRST_DEADLINE_MS,
  closeAll,
  expectDiagnostics,
  fileIn,
  open,
  ours,
} from './helpers';

describe('activation', () => {
  after(closeAll);

  it('is installed and not yet active before any Markdown file is opened', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded from the development path`);
    assert.equal(extension.isActive, false);
  });

  it('lints SECURITY.md and leaves other Markdown alone', async () => {
    // README.md and docs/SECURITY-notes.md hold the very same defective text as SECURITY.md.
    const others = [fileIn('README.md'), fileIn('docs/SECURITY-notes.md')];
    // The first Markdown file activates the extension, which starts the server.
    const activated = Date.now();
    for (const uri of others) await open(uri);
    const policy = fileIn('SECURITY.md');
    const opened = Date.now();
    const editor = await open(policy);
    assert.equal(editor.document.getText(), DEFECTIVE_POLICY, 'the fixture workspace is fresh');
    await expectDiagnostics(policy, DEFECTIVE_POLICY_DIAGNOSTICS, 'the diagnostics of SECURITY.md', FIRST_DEADLINE_MS);
    // A figure for the README, not an assertion: timings vary with the machine.
    console.log(
      `first diagnostics ${Date.now() - opened} ms after opening the policy, ${Date.now() - activated} ms after the first Markdown file`,
    );
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    // The server handles documents in order: had it been given the others, their diagnostics would be there by now.
    for (const uri of others) assert.deepEqual(ours(uri), [], `no Security Policy diagnostics for ${uri.path}`);
  });
});
