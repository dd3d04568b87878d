// Diagnostics as VS Code shows them: codes, severities, ranges, documentation links; live updates.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DEFECTIVE_POLICY,
  DEFECTIVE_POLICY_DIAGNOSTICS,
  closeAll,
  codeOf,
  expectDiagnostics,
  fileIn,
  openCase,
  ours,
} from './helpers';

describe('diagnostics', () => {
  afterEach(closeAll);

  it('reports the defects with exact codes, severities, ranges and links', async () => {
    const editor = await openCase('diagnostics', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const placeholder = ours(uri).find((d) => codeOf(d) === 'SEC022');
    assert.ok(placeholder);
    assert.equal(editor.document.getText(placeholder.range), 'security@example.com');
    assert.match(placeholder.message, /placeholder address/);
    const code = placeholder.code;
    assert.ok(
      typeof code === 'object' && code.target.toString().endsWith('/docs/rules/SEC022.md'),
      `documentation link: ${JSON.stringify(code)}`,
    );
  });

  it('clears a diagnostic once the text is corrected, and reports again when it comes back', async () => {
    const editor = await openCase('correction', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const placeholder = ours(uri).find((d) => codeOf(d) === 'SEC022')!;
    // A real address fixes both the placeholder (SEC022) and the missing private channel (SEC011).
    assert.ok(await editor.edit((b) => b.replace(placeholder.range, 'security@acme-widget.org')));
    await expectDiagnostics(uri, ['SEC013 warning 0:0-0:17', 'SEC015 warning 0:0-0:17'], 'the corrected policy');
    await vscode.commands.executeCommand('undo');
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS, 'the placeholder back after undo');
  });

  it('clears the diagnostics when the document closes', async () => {
    const uri = fileIn('cases/close/SECURITY.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DEFECTIVE_POLICY));
    // Opened by the workbench, not with openTextDocument: VS Code keeps a document an extension opened
    // loaded for minutes after its editor closes, and only an unloaded document is closed for the server.
    await vscode.commands.executeCommand('vscode.open', uri);
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await expectDiagnostics(uri, [], 'no diagnostics after closing');
  });
});
