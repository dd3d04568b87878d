// The contributions that do not go through the language server: the `$security-policy` problem
// matcher, read by a real task running the CLI in VS Code's terminal, and the walkthrough's buttons.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFECTIVE_POLICY, EXTENSION_ID, DEADLINE_MS, closeAll, fileIn, poll, workspaceRoot } from './helpers';

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, EXTENSION_ID);
  return found;
}

describe('tasks and the walkthrough', () => {
  afterEach(closeAll);

  it('a task running `security-policy check` with the $security-policy matcher fills the Problems view', async () => {
    const uri = fileIn('cases/task/SECURITY.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DEFECTIVE_POLICY));
    const cli = vscode.Uri.joinPath(extension().extensionUri, 'dist', 'cli.js').fsPath;
    const folder = vscode.workspace.workspaceFolders![0]!;
    // As a tasks.json task would run it, in the terminal (coloured output) from the workspace folder.
    const task = new vscode.Task(
      { type: 'process' },
      folder,
      'Check SECURITY.md',
      'security-policy',
      new vscode.ProcessExecution(process.execPath, [cli, 'check', 'cases/task/SECURITY.md'], {
        cwd: workspaceRoot().fsPath,
      }),
      '$security-policy',
    );
    const ended = new Promise<number | undefined>((resolve) => {
      const listener = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.name !== task.name) return;
        listener.dispose();
        resolve(e.exitCode);
      });
    });
    await vscode.tasks.executeTask(task);
    assert.equal(
      await Promise.race([ended, new Promise((r) => setTimeout(() => r('timeout'), DEADLINE_MS * 3))]),
      1,
      'exit status 1: an error-level finding',
    );
    // The task's problems are markers of the matcher's owner; the file was never opened, so the server reported nothing.
    // (as long as the task's own run may take: on a loaded machine the terminal's lines reach the matcher late)
    let seen = 0;
    const problems = await poll(
      "the matcher's five problems",
      () => {
        const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'security-policy check');
        seen = found.length;
        // (all five: the matcher adds them as the terminal's lines arrive, and stopping at four raced the last)
        return found.length >= 5 ? found : undefined;
      },
      DEADLINE_MS * 3,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; ${seen} seen`);
    });
    const described = problems
      .map(
        (d) =>
          `${typeof d.code === 'object' ? d.code.value : d.code} ${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line}:${d.range.start.character}`,
      )
      .sort();
    assert.deepEqual(described, [
      'SEC001 Warning 0:0',
      'SEC011 Error 0:0',
      'SEC013 Warning 0:0',
      'SEC015 Warning 0:0',
      'SEC022 Error 5:6',
    ]);
    assert.ok(
      problems
        .find((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line === 5)
        ?.message.includes('security@example.com'),
    );
  });

  it('the walkthrough names only commands that VS Code has, and opens', async () => {
    const manifest = extension().packageJSON as {
      contributes: { walkthroughs: { id: string; steps: { description: string }[] }[] };
    };
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough);
    const named = walkthrough.steps.flatMap((s) =>
      [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!),
    );
    assert.ok(named.length >= 4, named.join(', '));
    await extension().activate();
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      named.filter((c) => !commands.has(c)),
      [],
    );
    await vscode.commands.executeCommand(
      'workbench.action.openWalkthrough',
      `${EXTENSION_ID}#${walkthrough.id}`,
      false,
    );
  });
});
