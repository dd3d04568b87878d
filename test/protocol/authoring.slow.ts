// The authoring features over stdio: code actions and their resolve, Fix All, completion, hover and
// the custom requests behind the client's commands.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  CodeLensRequest,
  CompletionRequest,
  HoverRequest,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { plainTemplate } from '../../server/src/core/insertSection';
import { scorecardSecurityPolicy } from '../../server/src/core/scorecard';
import { probeLines } from '../../server/src/lsp/codeLens';
import { policyTemplate } from '../../server/src/core/policyTemplates';
import { sectionInfo, SECTIONS } from '../../server/src/core/sections';
import { TestClient } from './client';

const FOLDER = 'file:///work/acme-widget';

/** VS Code's relevant capabilities: resolve of `edit`, `data`, versioned edits, snippets, markdown hovers. */
const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: { workspaceEdit: { documentChanges: true } },
  textDocument: {
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
    },
    completion: { completionItem: { snippetSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

/** A clean policy: no rule has anything to say about it. */
const CLEAN = [
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| 2.x | ✅ |',
  '| < 2.0 | ❌ |',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
  '',
  'Instead, report them privately by email to security@acme.dev.',
  '',
  '## Response Timeline',
  '',
  'We acknowledge reports within 3 business days — usually sooner.',
  '',
].join('\n');
const MOJIBAKE = CLEAN.replace('—', 'â€”');
const NO_REPORTING = CLEAN.replace(/## Reporting[\s\S]*?(?=## Response)/, '');

// Outside the workspace folder: no relative path, so SEC001 (location) has nothing to say.
let uris = 0;
const freshUri = (): string => `file:///policies/doc${++uris}/SECURITY.md`;

function applyWorkspaceEdit(document: TextDocument, edit: WorkspaceEdit | null | undefined): string {
  assert.ok(edit, 'expected an edit');
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    const textEdit = change as TextDocumentEdit;
    assert.deepEqual(
      textEdit.textDocument,
      { uri: document.uri, version: document.version },
      'a versioned edit of the current version',
    );
    edits.push(...(textEdit.edits as TextEdit[]));
  }
  for (const [uri, list] of Object.entries(edit.changes ?? {})) {
    assert.equal(uri, document.uri);
    edits.push(...list);
  }
  return TextDocument.applyEdits(document, edits);
}

async function openAndWait(
  client: TestClient,
  text: string,
  uri = freshUri(),
): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const from = client.diagnostics.items.length;
  client.open(uri, text);
  const published = await client.published(uri, 1, from);
  return { uri, diagnostics: published.diagnostics };
}

function codeActions(
  client: TestClient,
  uri: string,
  diagnostics: Diagnostic[],
  only?: string[],
): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  }) as Promise<CodeAction[]>;
}

const byRule = (diagnostics: Diagnostic[], code: string): Diagnostic[] => diagnostics.filter((d) => d.code === code);

describe('protocol: code actions', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER], capabilities: FULL_CAPABILITIES }));
  });
  after(async () => client?.stop());

  it('offers the fix, then disable for this line and for this file; the fix repairs exactly the run', async () => {
    const { uri, diagnostics } = await openAndWait(client, MOJIBAKE);
    const sec060 = byRule(diagnostics, 'SEC060');
    assert.equal(sec060.length, 1);
    const actions = await codeActions(client, uri, sec060, ['quickfix']);
    assert.deepEqual(
      actions.map((a) => ({
        title: a.title,
        kind: a.kind,
        isPreferred: a.isPreferred,
        diagnostics: a.diagnostics,
        lazy: a.edit === undefined,
      })),
      [
        {
          title: 'Repair mojibake: “â€”” → “—”',
          kind: 'quickfix',
          isPreferred: true,
          diagnostics: sec060,
          lazy: false,
        },
        {
          title: 'Disable SEC060 for this line',
          kind: 'quickfix',
          isPreferred: undefined,
          diagnostics: sec060,
          lazy: false,
        },
        {
          title: 'Disable SEC060 for this file',
          kind: 'quickfix',
          isPreferred: undefined,
          diagnostics: sec060,
          lazy: false,
        },
      ],
    );
    const document = client.document(uri);
    assert.equal(applyWorkspaceEdit(document, actions[0]!.edit), CLEAN);
    const line = 'We acknowledge reports within 3 business days â€” usually sooner.';
    assert.equal(
      applyWorkspaceEdit(document, actions[1]!.edit),
      MOJIBAKE.replace(line, `<!-- security-policy-disable-next-line SEC060 -->\n${line}`),
    );
    assert.equal(
      applyWorkspaceEdit(document, actions[2]!.edit),
      `<!-- security-policy-disable SEC060 -->\n${MOJIBAKE}`,
    );
  });

  it('a disable comment applied through the protocol silences the diagnostic', async () => {
    const { uri, diagnostics } = await openAndWait(client, MOJIBAKE);
    const [disableLine] = (await codeActions(client, uri, byRule(diagnostics, 'SEC060'))).filter((a) =>
      a.title.endsWith('for this line'),
    );
    const from = client.diagnostics.items.length;
    client.change(uri, [{ text: applyWorkspaceEdit(client.document(uri), disableLine!.edit) }]);
    assert.deepEqual((await client.published(uri, 2, from)).diagnostics, []);
  });

  it('computes an insert-section template in codeAction/resolve, for the version it was offered for', async () => {
    const { uri, diagnostics } = await openAndWait(client, NO_REPORTING);
    const sec010 = byRule(diagnostics, 'SEC010');
    assert.equal(sec010.length, 1);
    const [insert, ...rest] = await codeActions(client, uri, sec010);
    assert.deepEqual(
      rest.map((a) => a.title),
      ['Disable SEC010 for this line', 'Disable SEC010 for this file'],
    );
    assert.equal(insert!.title, 'Insert the "Reporting a Vulnerability" section');
    assert.equal(insert!.kind, 'quickfix');
    assert.equal(insert!.isPreferred, true);
    assert.equal(insert!.edit, undefined, 'a template is computed on resolve');
    assert.deepEqual(insert!.data, {
      action: 'fix',
      uri,
      version: 1,
      ruleId: 'SEC010',
      start: 0,
      end: '# Security Policy'.length,
      fix: 0,
    });

    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, insert!);
    const reporting = `## Reporting a Vulnerability\n\n${plainTemplate(sectionInfo('reporting').template)}\n\n`;
    assert.equal(
      applyWorkspaceEdit(client.document(uri), resolved.edit),
      NO_REPORTING.replace('## Response', `${reporting}## Response`),
    );

    // Once the document moves on, the same action resolves without an edit rather than a wrong one.
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const stale = await client.connection.sendRequest(CodeActionResolveRequest.type, insert!);
    assert.equal(stale.edit, undefined);
    assert.equal(stale.title, insert!.title);
  });

  it('offers Fix All only for source.fixAll requests or unfiltered ones, and it converges', async () => {
    const text = MOJIBAKE.replace('| 2.x | ✅ |', '| 2.x | :white_check_mark: |');
    const { uri, diagnostics } = await openAndWait(client, text);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['SEC041', 'SEC060']);

    const quickOnly = await codeActions(client, uri, diagnostics, ['quickfix']);
    assert.ok(quickOnly.every((a) => a.kind === 'quickfix'));
    const fixAllOnly = await codeActions(client, uri, diagnostics, ['source.fixAll']);
    assert.deepEqual(fixAllOnly, [
      {
        title: 'Fix all auto-fixable security-policy problems',
        kind: 'source.fixAll.securityPolicy',
        data: { action: 'fixAll', uri, version: 1 },
      },
    ]);
    const unfiltered = await codeActions(client, uri, diagnostics);
    assert.deepEqual(unfiltered.at(-1), fixAllOnly[0]);

    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, fixAllOnly[0]!);
    const fixed = applyWorkspaceEdit(client.document(uri), resolved.edit);
    // SEC041 rewrites the minority marker to the table's majority (a tie: the first row's style).
    assert.equal(
      fixed,
      CLEAN.replace('| 2.x | ✅ |', '| 2.x | :white_check_mark: |').replace('| < 2.0 | ❌ |', '| < 2.0 | :x: |'),
    );

    const from = client.diagnostics.items.length;
    client.change(uri, [{ text: fixed }]);
    assert.deepEqual((await client.published(uri, 2, from)).diagnostics, []);
    assert.deepEqual(await codeActions(client, uri, [], ['source.fixAll']), []);
  });

  it('ignores diagnostics of other sources and of other versions', async () => {
    const { uri, diagnostics } = await openAndWait(client, MOJIBAKE);
    const foreign = diagnostics.map((d) => ({ ...d, source: 'markdownlint' }));
    assert.deepEqual(await codeActions(client, uri, foreign, ['quickfix']), []);
    const moved = diagnostics.map((d) => ({
      ...d,
      range: { start: { ...d.range.start, character: d.range.start.character + 1 }, end: d.range.end },
    }));
    assert.deepEqual(await codeActions(client, uri, moved, ['quickfix']), []);
  });
});

describe('protocol: code actions for a client without resolve support', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER] }));
  });
  after(async () => client?.stop());

  it('sends every edit eagerly, as a plain `changes` map', async () => {
    const { uri, diagnostics } = await openAndWait(client, NO_REPORTING);
    const [insert] = await codeActions(client, uri, byRule(diagnostics, 'SEC010'));
    assert.equal(insert!.data, undefined);
    assert.ok(insert!.edit?.changes?.[uri]);
    assert.equal(
      applyWorkspaceEdit(client.document(uri), insert!.edit),
      NO_REPORTING.replace(
        '## Response',
        `## Reporting a Vulnerability\n\n${plainTemplate(sectionInfo('reporting').template)}\n\n## Response`,
      ),
    );
    const [fixAll] = await openAndWait(client, MOJIBAKE).then(({ uri: u, diagnostics: d }) =>
      codeActions(client, u, d, ['source.fixAll.securityPolicy']),
    );
    assert.equal(fixAll!.kind, 'source.fixAll.securityPolicy');
    assert.ok(fixAll!.edit);
  });
});

describe('protocol: completion and hover', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER], capabilities: FULL_CAPABILITIES }));
  });
  after(async () => client?.stop());

  const complete = async (uri: string, line: number, character: number): Promise<CompletionItem[]> => {
    const result = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character },
    });
    return result === null ? [] : Array.isArray(result) ? result : result.items;
  };

  it('offers every section after "## " at line start, missing ones first, as snippets at the level the document uses', async () => {
    const text = CLEAN.replace('## Response', '## \n\n## Response');
    const { uri } = await openAndWait(client, text);
    const line = text.split('\n').indexOf('## ');
    const items = await complete(uri, line, 3);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    const present = new Set(['supported-versions', 'reporting', 'response']);
    assert.deepEqual(
      sorted.map((i) => i.label),
      [...SECTIONS.filter((s) => !present.has(s.id)), ...SECTIONS.filter((s) => present.has(s.id))].map((s) => s.title),
    );
    const contents = items.find((i) => i.label === 'What to Include in a Report')!;
    assert.deepEqual(contents, {
      label: 'What to Include in a Report',
      kind: 15,
      detail: 'Security Policy: missing section',
      documentation: { kind: 'markdown', value: sectionInfo('report-contents').purpose },
      sortText: '1-02',
      filterText: '## What to Include in a Report',
      insertTextFormat: 2,
      textEdit: {
        range: { start: { line, character: 0 }, end: { line, character: 3 } },
        newText: `## What to Include in a Report\n\n${sectionInfo('report-contents').template}$0`,
      },
    });
  });

  it('replaces the typed "#" with the level sections use, and offers nothing inside code', async () => {
    const text = '# Policy\n\n### Supported Versions\n\nAll of them.\n\n#\n\n```\n#\n```\n';
    const { uri } = await openAndWait(client, text);
    const items = await complete(uri, 6, 1);
    const reporting = items.find((i) => i.label === 'Reporting a Vulnerability')!;
    assert.ok(reporting.textEdit && 'range' in reporting.textEdit);
    assert.match(reporting.textEdit.newText, /^### Reporting a Vulnerability\n\n/);
    assert.equal(reporting.filterText, '# Reporting a Vulnerability');
    assert.deepEqual(await complete(uri, 9, 1), []);
  });

  it('offers the status markers of the table style inside a versions table status column', async () => {
    const text = CLEAN.replace('| < 2.0 | ❌ |', '| < 2.0 | :x: |\n| 1.x | ').replace(
      '| 2.x | ✅ |',
      '| 2.x | :white_check_mark: |',
    );
    const { uri } = await openAndWait(client, text);
    const line = text.split('\n').indexOf('| 1.x | ');
    const items = await complete(uri, line, '| 1.x | '.length);
    const at = { line, character: '| 1.x | '.length };
    assert.deepEqual(
      items.map((i) => ({ label: i.label, textEdit: i.textEdit })),
      [
        { label: ':white_check_mark:', textEdit: { range: { start: at, end: at }, newText: ':white_check_mark:' } },
        { label: ':x:', textEdit: { range: { start: at, end: at }, newText: ':x:' } },
      ],
    );
    // The version column and prose get none.
    assert.deepEqual(await complete(uri, line, 3), []);
    assert.deepEqual(await complete(uri, text.split('\n').indexOf('## Reporting a Vulnerability') + 2, 5), []);
  });

  it('hovers a recognised section heading with its purpose and synonyms', async () => {
    const text = CLEAN.replace('## Reporting a Vulnerability', '## 🔐 How to report a security issue');
    const { uri } = await openAndWait(client, text);
    const line = text.split('\n').indexOf('## 🔐 How to report a security issue');
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character: 8 },
    });
    const info = sectionInfo('reporting');
    assert.deepEqual(hover, {
      contents: {
        kind: 'markdown',
        value: `**Security Policy section: ${info.title}**\n\n${info.purpose}\n\nAlso recognised as: ${info.synonyms.map((s) => `"${s}"`).join(', ')}.`,
      },
      range: { start: { line, character: 0 }, end: { line, character: '## 🔐 How to report a security issue'.length } },
    });
    assert.equal(
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: line + 2, character: 3 },
      }),
      null,
    );
  });

  it('puts the Scorecard Security-Policy score on the first line, and says when a high score hides a broken policy', async () => {
    const clean = await openAndWait(client, CLEAN);
    const expected = scorecardSecurityPolicy(CLEAN);
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: clean.uri } }), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: {
          title: 'Scorecard Security-Policy 10/10',
          command: 'securityPolicy.showScorecard',
          arguments: [{ score: 10, probes: probeLines(expected.probes) }],
        },
      },
    ]);
    const placeholder = CLEAN.replace('security@acme.dev', 'security@example.com');
    const broken = await openAndWait(client, placeholder);
    const [lens] = (await client.connection.sendRequest(CodeLensRequest.type, {
      textDocument: { uri: broken.uri },
    })) as Array<{ command: { title: string } }>;
    assert.equal(
      lens!.command.title,
      'Scorecard Security-Policy 10/10 · but the score does not show that it has no private channel (SEC011), its address is a placeholder (SEC022)',
    );
  });
});

describe('protocol: custom requests', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER], capabilities: FULL_CAPABILITIES }));
  });
  after(async () => client?.stop());

  it('securityPolicy/sections lists the sections in canonical order with present flags', async () => {
    const { uri } = await openAndWait(client, NO_REPORTING);
    const sections = await client.connection.sendRequest<
      Array<{
        id: string;
        present: boolean;
        range?: unknown;
      }>
    >('securityPolicy/sections', { uri });
    assert.deepEqual(
      sections.map((s) => [s.id, s.present]),
      SECTIONS.map((s) => [s.id, s.id === 'supported-versions' || s.id === 'response']),
    );
    assert.deepEqual(sections[0]!.range, {
      start: { line: 2, character: 0 },
      end: { line: 2, character: '## Supported Versions'.length },
    });
    assert.equal(
      await client.connection.sendRequest('securityPolicy/sections', { uri: `${FOLDER}/not-open/SECURITY.md` }),
      null,
    );
  });

  it('securityPolicy/insertSection returns a versioned edit at the canonical position, or null for another version', async () => {
    const { uri } = await openAndWait(client, NO_REPORTING);
    const edit = await client.connection.sendRequest<WorkspaceEdit>('securityPolicy/insertSection', {
      uri,
      version: 1,
      sectionId: 'disclosure',
    });
    const disclosure = `## Disclosure Policy\n\n${plainTemplate(sectionInfo('disclosure').template)}\n`;
    assert.equal(applyWorkspaceEdit(client.document(uri), edit), `${NO_REPORTING}\n${disclosure}`);
    assert.equal(
      await client.connection.sendRequest('securityPolicy/insertSection', { uri, version: 7, sectionId: 'disclosure' }),
      null,
    );
    await assert.rejects(
      client.connection.sendRequest('securityPolicy/insertSection', { uri, sectionId: 'nonsense' }),
      (error: { code?: number }) => error.code === -32602,
    );
  });

  it('securityPolicy/fixAll returns one edit applying every auto-fix, and null when nothing is left', async () => {
    const { uri } = await openAndWait(client, MOJIBAKE);
    const edit = await client.connection.sendRequest<WorkspaceEdit>('securityPolicy/fixAll', { uri, version: 1 });
    assert.equal(applyWorkspaceEdit(client.document(uri), edit), CLEAN);
    const { uri: clean } = await openAndWait(client, CLEAN);
    assert.equal(await client.connection.sendRequest('securityPolicy/fixAll', { uri: clean }), null);
  });

  it('securityPolicy/newPolicy renders a template with the facts, reading the version from the manifest', async () => {
    const facts = { projectName: 'acme-widget', repository: { host: 'github.com', owner: 'acme', name: 'widget' } };
    assert.equal(
      await client.connection.sendRequest('securityPolicy/newPolicy', { template: 'github', facts }),
      policyTemplate('github', facts),
    );
    const withManifest = await client.connection.sendRequest('securityPolicy/newPolicy', {
      template: 'minimal',
      facts,
      manifest: { name: 'package.json', text: '{ "name": "acme-widget", "version": "3.4.1" }' },
    });
    assert.equal(withManifest, policyTemplate('minimal', { ...facts, projectVersion: '3.4.1' }));
    await assert.rejects(
      client.connection.sendRequest('securityPolicy/newPolicy', { template: 'fancy', facts }),
      (error: { code?: number }) => error.code === -32602,
    );
  });
});
