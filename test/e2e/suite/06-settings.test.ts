// Settings apply live: the server re-reads them per document when VS Code reports a change.
import * as vscode from 'vscode';
import { DEFECTIVE_POLICY, DEFECTIVE_POLICY_DIAGNOSTICS, closeAll, expectDiagnostics, openCase } from './helpers';

const BASE_RULES = { SEC001: 'off' }; // as in the fixture's .vscode/settings.json

describe('settings', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('securityPolicy');
  after(async () => {
    await config().update('rules', BASE_RULES, vscode.ConfigurationTarget.Workspace);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('changing securityPolicy.rules severities updates the diagnostics live', async () => {
    const editor = await openCase('settings', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);

    await config().update('rules', { ...BASE_RULES, SEC013: 'error' }, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(uri, ['SEC011 error 0:0-0:17', 'SEC013 error 0:0-0:17', 'SEC015 warning 0:0-0:17', 'SEC022 error 5:6-5:26'], 'SEC013 as an error');

    await config().update('rules', { ...BASE_RULES, SEC013: 'off', SEC022: 'hint' }, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(uri, ['SEC011 error 0:0-0:17', 'SEC015 warning 0:0-0:17', 'SEC022 hint 5:6-5:26'], 'SEC013 off, SEC022 a hint');

    await config().update('rules', BASE_RULES, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS, 'the defaults again');
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
