// Completions and hover through VS Code's provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFECTIVE_POLICY, DEFECTIVE_POLICY_DIAGNOSTICS, closeAll, expectDiagnostics, openCase, poll } from './helpers';

const labelOf = (item: vscode.CompletionItem): string =>
  typeof item.label === 'string' ? item.label : item.label.label;

describe('completion and hover', () => {
  afterEach(closeAll);

  it('offers the missing sections first after "## "', async () => {
    const editor = await openCase('completion', `${DEFECTIVE_POLICY}\n## `);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const position = new vscode.Position(11, 3);
    assert.equal(editor.document.lineAt(11).text, '## ');
    const items = await poll('section completions', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        uri,
        position,
      );
      // The Markdown extension completes too (paths, headers): ours say who they are in `detail`.
      const found = list?.items.filter((i) => i.detail?.startsWith('Security Policy:')) ?? [];
      return found.length > 0 ? found : undefined;
    });
    const sorted = [...items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    assert.deepEqual(sorted.map(labelOf), [
      'Supported Versions',
      'What to Include in a Report',
      'Response Timeline',
      'Scope',
      'Safe Harbor',
      'Bug Bounty',
      'Acknowledgments',
      'Encrypted Communication',
      'Security Team',
      'Reporting a Vulnerability',
      'Disclosure Policy',
    ]);
    assert.deepEqual(
      sorted.map((i) => i.detail),
      [
        ...Array<string>(9).fill('Security Policy: missing section'),
        ...Array<string>(2).fill('Security Policy: section already present'),
      ],
    );
    const versions = sorted[0]!;
    assert.ok(versions.insertText instanceof vscode.SnippetString, 'inserted as a snippet with tab stops');
    assert.match(versions.insertText.value, /^## Supported Versions\n\n\| Version \| Supported \|\n/);
    assert.match(versions.insertText.value, /\$\{1:\[your supported versions\]\}/);
    const range = versions.range instanceof vscode.Range ? versions.range : versions.range?.replacing;
    assert.deepEqual(
      [range?.start.line, range?.start.character, range?.end.line, range?.end.character],
      [11, 0, 11, 3],
    );
  });

  it('explains a recognised section heading on hover', async () => {
    const editor = await openCase('hover', DEFECTIVE_POLICY);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, DEFECTIVE_POLICY_DIAGNOSTICS);
    const text = await poll('a Security Policy hover on the Reporting heading', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        new vscode.Position(2, 8),
      );
      const values = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
      return values.find((v) => v.includes('Security Policy section: Reporting a Vulnerability'));
    });
    assert.match(text, /private channel/);
  });
});
