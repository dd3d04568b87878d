// Quick fixes through VS Code's own code action pipeline (including codeAction/resolve), applied as
// the lightbulb would, and Fix All as `source.fixAll.securityPolicy`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DEFECTIVE_POLICY,
  DEFECTIVE_POLICY_DIAGNOSTICS,
  closeAll,
  codeOf,
  expectDiagnostics,
  openCase,
  ours,
  poll,
  quickFixes,
} from './helpers';

const INSERT_VERSIONS = 'Insert the "Supported Versions" section';

/** DEFECTIVE_POLICY with the Supported Versions section inserted before Reporting, its canonical place. */
const WITH_VERSIONS = [
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| [your supported versions] | ✅ |',
  '| [your unsupported versions] | ❌ |',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please do not open public issues for security problems.',
  'Email security@example.com with the details.',
  '',
  '## Disclosure Policy',
  '',
  'We publish an advisory once a fix is released.',
  '',
].join('\n');

/** A filled-in policy whose only defect is mojibake in the versions table. */
const MOJIBAKE_POLICY = [
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| 2.x     | âœ… |',
  '| 1.x     | ✅ |',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@acme-widget.org. We reply within 3 business days.',
  '',
].join('\n');

describe('quick fixes', () => {
  afterEach(closeAll);

  it('inserts a missing section at its canonical position', async () => {
    const editor = await openCase('quick-fix', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const diagnostic = ours(uri).find((d) => codeOf(d) === 'SEC015')!;
    // The built-in Markdown extension offers actions too: pick ours by title and kind.
    const fix = await poll(`the "${INSERT_VERSIONS}" quick fix`, async () =>
      (await quickFixes(uri, diagnostic.range)).find(
        (a) => a.title === INSERT_VERSIONS && a.kind?.value === 'quickfix',
      ),
    );
    assert.ok(fix.edit, 'the edit is resolved (codeAction/resolve)');
    assert.equal(fix.isPreferred, true, 'the obvious fix is the preferred one');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), WITH_VERSIONS);
    await expectDiagnostics(
      uri,
      [
        'SEC011 error 0:0-0:17',
        'SEC013 warning 0:0-0:17',
        'SEC022 error 12:6-12:26',
        'SEC023 error 6:2-6:27',
        'SEC023 error 7:2-7:29',
      ],
      'SEC015 gone, the placeholders reported',
    );
  });

  it('suppresses a rule for one line', async () => {
    const editor = await openCase('disable', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const diagnostic = ours(uri).find((d) => codeOf(d) === 'SEC022')!;
    const fix = await poll('the "Disable SEC022 for this line" quick fix', async () =>
      (await quickFixes(uri, diagnostic.range)).find((a) => a.title === 'Disable SEC022 for this line'),
    );
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    // Above a paragraph line, a comment of its own would join the paragraph: it goes at the line's end.
    assert.equal(
      editor.document.getText(),
      DEFECTIVE_POLICY.replace('with the details.', 'with the details. <!-- security-policy-disable-line SEC022 -->'),
    );
    await expectDiagnostics(
      uri,
      ['SEC011 error 0:0-0:17', 'SEC013 warning 0:0-0:17', 'SEC015 warning 0:0-0:17'],
      'SEC022 suppressed',
    );
  });

  it('fixes everything auto-fixable with source.fixAll.securityPolicy and with the Fix All command', async () => {
    const editor = await openCase('fix-all', MOJIBAKE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, ['SEC060 error 6:12-6:15']);
    const fixed = MOJIBAKE_POLICY.replace('âœ…', '✅');

    const fixAll = await poll('the source.fixAll.securityPolicy action', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        new vscode.Range(0, 0, 0, 0),
        'source.fixAll.securityPolicy',
        100,
      );
      return actions?.find((a) => a.kind?.value === 'source.fixAll.securityPolicy');
    });
    assert.ok(fixAll.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.equal(editor.document.getText(), fixed);
    await expectDiagnostics(uri, [], 'a clean policy');

    await vscode.commands.executeCommand('undo');
    await expectDiagnostics(uri, ['SEC060 error 6:12-6:15'], 'the mojibake back after undo');
    await vscode.commands.executeCommand('securityPolicy.fixAll');
    assert.equal(editor.document.getText(), fixed);
    await expectDiagnostics(uri, [], 'a clean policy after the Fix All command');
  });
});
