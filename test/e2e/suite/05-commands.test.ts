// The contributed commands, run as a keybinding or another extension would (arguments), and with
// their quick picks answered by a stub (the test and the extension share one `vscode` API object).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DEFECTIVE_POLICY,
  DEFECTIVE_POLICY_DIAGNOSTICS,
  closeAll,
  expectDiagnostics,
  fileIn,
  open,
  openCase,
  withStub,
} from './helpers';

/** DEFECTIVE_POLICY with the Response Timeline section between Reporting and Disclosure, its canonical place. */
const WITH_RESPONSE = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please do not open public issues for security problems.',
  'Email security@example.com with the details.',
  '',
  '## Response Timeline',
  '',
  'We acknowledge reports within [your number] business days and send an initial assessment within [your number] business days. We keep you informed until the issue is fixed.',
  '',
  '## Disclosure Policy',
  '',
  'We publish an advisory once a fix is released.',
  '',
].join('\n');

type Pick = vscode.QuickPickItem & Record<string, unknown>;
type QuickPickCall = { title: string | undefined; labels: string[] };

/** A showQuickPick that records what it was offered and answers with `choose` (undefined: cancelled). */
function answeringQuickPick(
  calls: QuickPickCall[],
  choose: (items: Pick[], title: string | undefined) => Pick | undefined,
): typeof vscode.window.showQuickPick {
  const stub = async (
    items: readonly Pick[] | Thenable<readonly Pick[]>,
    options?: vscode.QuickPickOptions,
  ): Promise<Pick | undefined> => {
    const list = [...(await items)];
    calls.push({
      title: options?.title,
      labels: list.map((i) => (i.kind === vscode.QuickPickItemKind.Separator ? `--${i.label}--` : i.label)),
    });
    return choose(list, options?.title);
  };
  return stub as unknown as typeof vscode.window.showQuickPick;
}

function recordingMessages(messages: string[]): typeof vscode.window.showInformationMessage {
  const stub = (message: string): Promise<undefined> => {
    messages.push(message);
    return Promise.resolve(undefined);
  };
  return stub;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('commands', () => {
  afterEach(closeAll);

  it('Insert Section… with a section id inserts it at its canonical position and selects the first placeholder', async () => {
    const editor = await openCase('insert-section', DEFECTIVE_POLICY);
    await expectDiagnostics(editor.document.uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    await vscode.commands.executeCommand('securityPolicy.insertSection', 'response');
    assert.equal(editor.document.getText(), WITH_RESPONSE);
    assert.equal(editor.document.getText(editor.selection), '[your number]');
  });

  it('Insert Section… offers the missing sections first, and shows a section that is already there', async () => {
    const editor = await openCase('insert-section-pick', DEFECTIVE_POLICY);
    await expectDiagnostics(editor.document.uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const calls: QuickPickCall[] = [];
    await withStub(
      'showQuickPick',
      answeringQuickPick(calls, () => undefined),
      () => vscode.commands.executeCommand('securityPolicy.insertSection'),
    );
    assert.deepEqual(calls[0]?.labels, [
      '--Missing--',
      'Supported Versions',
      'What to Include in a Report',
      'Response Timeline',
      'Scope',
      'Safe Harbor',
      'Bug Bounty',
      'Acknowledgments',
      'Encrypted Communication',
      'Security Team',
      '--Already in the policy--',
      'Reporting a Vulnerability',
      'Disclosure Policy',
    ]);
    assert.equal(editor.document.getText(), DEFECTIVE_POLICY, 'cancelling the pick changes nothing');

    const messages: string[] = [];
    await withStub('showInformationMessage', recordingMessages(messages), () =>
      vscode.commands.executeCommand('securityPolicy.insertSection', 'reporting'),
    );
    assert.equal(editor.document.getText(), DEFECTIVE_POLICY, 'no second copy of a present section');
    assert.match(editor.document.getText(editor.selection), /Reporting a Vulnerability/);
    assert.deepEqual(messages, ['Security Policy: the policy already has a "Reporting a Vulnerability" section.']);
  });

  it('Create SECURITY.md scaffolds a new policy from a template, and never overwrites one', async () => {
    // code-server's launcher names the folder acme-widget; VS Code for the web's test server mounts it as `mount`.
    const project = vscode.workspace.workspaceFolders?.[0]?.name;
    assert.ok(project === 'acme-widget' || project === 'mount', `the launcher names the workspace folder: ${project}`);
    const target = fileIn('docs/SECURITY.md');
    assert.equal(await exists(target), false);
    const calls: QuickPickCall[] = [];
    // The profile pick takes many; picking none skips it.
    const choose = (template: string, location: string) =>
      answeringQuickPick(calls, (items, title) =>
        title?.includes('2/3')
          ? ([] as unknown as Pick)
          : items.find((i) => (title?.includes('1/3') ? i['template'] === template : i['folder'] === location)),
      );
    await withStub('showQuickPick', choose('minimal', 'docs'), () =>
      vscode.commands.executeCommand('securityPolicy.createPolicy'),
    );
    assert.deepEqual(
      calls.map((c) => c.title),
      ['Create SECURITY.md (1/3)', 'Create SECURITY.md (2/3)', 'Create SECURITY.md (3/3)'],
    );
    assert.deepEqual(calls[0]?.labels, [
      'Minimal',
      'GitHub private vulnerability reporting',
      'Email + PGP',
      'Comprehensive',
    ]);
    assert.deepEqual(calls[1]?.labels, [
      'OpenSSF Baseline level 1',
      'OpenSSF Baseline level 2',
      'OpenSSF Baseline level 3',
      'OpenSSF Best Practices badge',
      'EU Cyber Resilience Act',
      "CISA's VDP template",
    ]);
    assert.deepEqual(calls[2]?.labels, ['Repository root', '.github/', 'docs/']);
    const created = await readText(target);
    assert.match(created, /^# Security Policy\n/);
    assert.match(created, new RegExp(`\\b${project}\\b`), 'the project name comes from the workspace folder');
    const headings = created.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, ['## Supported Versions', '## Reporting a Vulnerability', '## Response Timeline']);
    assert.equal(
      vscode.window.activeTextEditor?.document.uri.toString(),
      target.toString(),
      'the new policy is opened',
    );
    // Only what the author must fill in is reported: each placeholder, and the contact and response
    // time they stand for, which no template may invent.
    await expectDiagnostics(
      target,
      ['SEC011 error 0:0-0:17', 'SEC013 warning 0:0-0:17', ...(await placeholderDiagnostics(target))],
      'diagnostics of the new policy: what the author must fill in',
    );

    // Again at the root, where SECURITY.md exists, again in docs/, and in .github/ holding a policy
    // named in another case: each is opened, none is touched, and no second policy is written beside it.
    const otherCase = fileIn('.github/Security.md');
    await vscode.workspace.fs.writeFile(otherCase, new TextEncoder().encode('# Our policy\n'));
    for (const [location, existing] of [
      ['', fileIn('SECURITY.md')],
      ['docs', target],
      ['.github', otherCase],
    ] as const) {
      const before = await readText(existing);
      const messages: string[] = [];
      await withStub('showInformationMessage', recordingMessages(messages), () =>
        withStub('showQuickPick', choose('comprehensive', location), () =>
          vscode.commands.executeCommand('securityPolicy.createPolicy'),
        ),
      );
      assert.equal(await readText(existing), before, `${existing.path} is not overwritten`);
      assert.equal(
        vscode.window.activeTextEditor?.document.uri.toString(),
        existing.toString(),
        'the existing policy is opened instead',
      );
      assert.equal(messages.length, 1);
      assert.match(messages[0]!, /already exists; opened it instead/);
    }
    assert.deepEqual(
      (await vscode.workspace.fs.readDirectory(fileIn('.github'))).map(([name]) => name),
      ['Security.md'],
    );
    // GitHub would show .github/'s policy before the root's (SEC002): gone before the other tests.
    await closeAll();
    await vscode.workspace.fs.delete(fileIn('.github'), { recursive: true });
  });

  it('Restart Server restarts the language server, which lints again', async () => {
    await vscode.commands.executeCommand('securityPolicy.restartServer');
    const editor = await openCase('after-restart', DEFECTIVE_POLICY);
    await expectDiagnostics(editor.document.uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const reopened = await open(fileIn('SECURITY.md'));
    await expectDiagnostics(
      reopened.document.uri,
      DEFECTIVE_POLICY_DIAGNOSTICS,
      'diagnostics of a policy opened before the restart',
    );
  });
});

/** The lines holding `[your …]` placeholders, as SEC023 diagnostics: the template's only defects. */
async function placeholderDiagnostics(uri: vscode.Uri): Promise<string[]> {
  const lines = (await readText(uri)).split('\n');
  return lines.flatMap((line, n) =>
    [...line.matchAll(/\[your [^\]]*\]/g)].map((m) => `SEC023 error ${n}:${m.index}-${n}:${m.index + m[0].length}`),
  );
}
