// Settings apply live: the server re-reads them per document when VS Code reports a change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DEFECTIVE_POLICY,
  DEFECTIVE_POLICY_DIAGNOSTICS,
  closeAll,
  expectDiagnostics,
  openCase,
  ours,
  poll,
  withStub,
} from './helpers';

const BASE_RULES = { SEC001: 'off' }; // as in the fixture's .vscode/settings.json

describe('settings', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('securityPolicy');
  after(async () => {
    await config().update('rules', BASE_RULES, vscode.ConfigurationTarget.Workspace);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('profiles', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('changing securityPolicy.rules severities updates the diagnostics live', async () => {
    const editor = await openCase('settings', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);

    await config().update('rules', { ...BASE_RULES, SEC013: 'error' }, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(
      uri,
      ['SEC011 error 0:0-0:17', 'SEC013 error 0:0-0:17', 'SEC015 warning 0:0-0:17', 'SEC022 error 5:6-5:26'],
      'SEC013 as an error',
    );

    await config().update(
      'rules',
      { ...BASE_RULES, SEC013: 'off', SEC022: 'hint' },
      vscode.ConfigurationTarget.Workspace,
    );
    await expectDiagnostics(
      uri,
      ['SEC011 error 0:0-0:17', 'SEC015 warning 0:0-0:17', 'SEC022 hint 5:6-5:26'],
      'SEC013 off, SEC022 a hint',
    );

    await config().update('rules', BASE_RULES, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS, 'the defaults again');
  });

  it('securityPolicy.profiles adds the findings of a profile, naming its controls', async () => {
    const editor = await openCase('profiles', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    await config().update('profiles', ['cisa-vdp'], vscode.ConfigurationTarget.Workspace);
    // Scope, Authorization, Guidelines, Test Methods and What to Expect are missing (SEC017).
    await expectDiagnostics(
      uri,
      [...DEFECTIVE_POLICY_DIAGNOSTICS, ...Array<string>(5).fill('SEC017 warning 0:0-0:17')].sort(),
      'the CISA VDP profile',
    );
    const messages = ours(uri).map((d) => d.message);
    assert.ok(
      messages.includes(
        'CISA VDP: Scope: no scope: say which products and systems the policy covers and which it does not (a "Scope" section).',
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('CISA VDP: Reporting a Vulnerability: ') && m.includes('security@example.com')),
      'SEC022 names the control',
    );

    // The profile's code lens on the first line counts the controls met; running it lists them, missed first.
    const lens = await poll('the CISA VDP code lens', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
      return lenses?.find((l) => l.command?.command === 'securityPolicy.showProfileControls');
    });
    assert.equal(lens.command!.title, "CISA's VDP template: 0/6 controls met");
    assert.equal(lens.range.start.line, 0);
    const picks: string[][] = [];
    const recordPick = ((items: readonly vscode.QuickPickItem[]) => {
      picks.push(items.map((i) => i.label));
      return Promise.resolve(undefined);
    }) as unknown as typeof vscode.window.showQuickPick;
    await withStub('showQuickPick', recordPick, () =>
      vscode.commands.executeCommand(lens.command!.command, ...((lens.command!.arguments ?? []) as unknown[])),
    );
    assert.deepEqual(picks[0], [
      '$(x) missed: CISA VDP: Scope',
      '$(x) missed: CISA VDP: Authorization',
      '$(x) missed: CISA VDP: Guidelines',
      '$(x) missed: CISA VDP: Test Methods',
      '$(x) missed: CISA VDP: Reporting a Vulnerability',
      '$(x) missed: CISA VDP: What to Expect',
    ]);
    await config().update('profiles', undefined, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS, 'the default profile again');
  });

  it('securityPolicy.enable turns the diagnostics off and on', async () => {
    const editor = await openCase('enable', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(uri, [], 'nothing while disabled');
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS, 'the diagnostics back');
  });
});
