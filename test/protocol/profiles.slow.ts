// Profiles over the protocol: the `profiles` setting changes the published diagnostics live, and
// hover names the controls a section serves and those a finding misses.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  CompletionRequest,
  HoverRequest,
  type CompletionItem,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { completionsAt } from '../../server/src/lsp/completion';
import { policyTemplate } from '../../server/src/core/policyTemplates';
import { controlById, profileById } from '../../server/src/core/profiles';
import {
  INSERT_SECTION_REQUEST,
  NEW_POLICY_REQUEST,
  PROFILES_REQUEST,
  SECTIONS_REQUEST,
  type ProfileControlsArgument,
  type ProfileEntry,
  type SectionEntry,
} from '../../server/src/protocol/requests';
import { expectedDiagnostics, TestClient } from './client';

const FOLDER = 'file:///work/acme-profiles';
const POLICY = [
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  'Only the latest release gets fixes.',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please email security@acme.dev. We reply within 30 days.',
  '',
].join('\n');

describe('protocol: profiles', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({
      workspaceFolders: [FOLDER],
      capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
    }));
  });
  after(async () => client?.stop());

  it('the profiles setting adds findings that name the control, live; an unknown name is dropped with a warning', async () => {
    const uri = `${FOLDER}/SECURITY.md`;
    const document = client.open(uri, POLICY);
    const before = await client.published(uri, 1);
    assert.deepEqual(before.diagnostics, []);

    let from = client.diagnostics.items.length;
    const logsFrom = client.logs.items.length;
    client.settings.set(uri, { profiles: ['best-practices', 'cra', 'iso-27001'] });
    client.changeConfiguration();
    const profiled = await client.published(uri, 1, from);
    assert.deepEqual(
      profiled.diagnostics,
      expectedDiagnostics(document, { relativePath: 'SECURITY.md', profiles: ['best-practices', 'cra'] }),
    );
    assert.deepEqual(
      profiled.diagnostics.map((d) => [
        d.code,
        d.severity,
        d.range.start.line,
        /^(?:CRA [^:]+|Best Practices: \w+)/.exec(d.message as string)?.[0],
      ]),
      [
        ['SEC017', 2, 0, 'CRA Annex I Part II (5)'],
        ['SEC017', 3, 0, 'CRA Annex I Part II (4)'],
        ['SEC017', 2, 8, 'Best Practices: vulnerability_report_response'],
      ],
    );
    const warnings = client.logs.items.slice(logsFrom).filter((l) => l.message.startsWith('securityPolicy.profiles'));
    assert.deepEqual(
      warnings.map((w) => w.message),
      [
        'securityPolicy.profiles: unknown profile "iso-27001" ignored (known: github, openssf-baseline-1, openssf-baseline-2, openssf-baseline-3, best-practices, cra, cisa-vdp).',
      ],
    );

    from = client.diagnostics.items.length;
    client.settings.set(uri, { profiles: ['github'] });
    client.changeConfiguration();
    assert.deepEqual((await client.published(uri, 1, from)).diagnostics, []);
    client.close(uri);
  });

  it('lists the profiles a new policy can target and writes their sections; an unknown profile is refused', async () => {
    const entries = await client.connection.sendRequest<ProfileEntry[]>(PROFILES_REQUEST);
    assert.deepEqual(
      entries.map((e) => e.id),
      ['openssf-baseline-1', 'openssf-baseline-2', 'openssf-baseline-3', 'best-practices', 'cra', 'cisa-vdp'],
    );
    const text = await client.connection.sendRequest<string>(NEW_POLICY_REQUEST, {
      template: 'minimal',
      facts: { projectName: 'widget' },
      profiles: ['cisa-vdp'],
    });
    assert.equal(text, policyTemplate('minimal', { projectName: 'widget' }, ['cisa-vdp']));
    assert.match(text, /\n## Test Methods\n/);
    await assert.rejects(
      client.connection.sendRequest(NEW_POLICY_REQUEST, { template: 'minimal', facts: {}, profiles: ['iso-27001'] }),
      /profiles must be a list of github, /,
    );
  });

  it('hover names the controls a section serves, met or missed, and those a finding misses', async () => {
    const uri = `${FOLDER}/hover/SECURITY.md`;
    client.settings.set(uri, { profiles: ['best-practices'] });
    client.open(uri, POLICY);
    await client.published(uri, 1);
    const hover = (line: number, character: number) =>
      client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });

    const response = controlById('bp:vulnerability_report_response')!;
    const onTime = await hover(8, 51);
    assert.deepEqual(onTime, {
      contents: {
        kind: 'markdown',
        value: `**Profile controls this finding misses**\n- **${response.label}**: ${response.summary} ([source](${response.url}))`,
      },
      range: { start: { line: 8, character: 48 }, end: { line: 8, character: 55 } },
    });

    const reporting = await hover(6, 5);
    const value = (reporting?.contents as { value: string }).value;
    const lines = value.slice(value.indexOf('**Profile controls this section serves**')).split('\n');
    assert.deepEqual(
      lines.map((l) => l.replace(/\*\*: .*$/, '')),
      [
        '**Profile controls this section serves**',
        '- met: **Best Practices: vulnerability_report_process',
        '- met: **Best Practices: vulnerability_report_private',
      ],
    );
    // No profile control for the versions section under this profile: the section's own hover only.
    assert.doesNotMatch(((await hover(2, 5))?.contents as { value: string }).value, /Profile controls/);
    client.close(uri);
  });

  it('with cisa-vdp, completion and Insert Section offer its sections first, naming the controls; a block is inserted after Scope', async () => {
    const uri = `${FOLDER}/cisa/SECURITY.md`;
    client.settings.set(uri, { profiles: ['cisa-vdp'] });
    const text =
      '# Security Policy\n\n## Scope\n\nThe widget.\n\n## Reporting a Vulnerability\n\nEmail security@acme.dev.\n\n## \n';
    client.open(uri, text);
    await client.published(uri, 1);

    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 10, character: 3 },
    })) as CompletionItem[];
    // What the profile asks for comes first (test/unit/completion.test.ts has the items for each profile): as the pure function says with the setting.
    const asked = (list: readonly CompletionItem[]) =>
      list
        .filter((i) => i.sortText!.startsWith('0-'))
        .sort((a, b) => a.sortText!.localeCompare(b.sortText!))
        .map((i) => [i.label, i.detail]);
    assert.deepEqual(
      asked(items),
      asked(completionsAt(text, { line: 10, character: 3 }, false, undefined, { profiles: ['cisa-vdp'] })!),
    );
    assert.deepEqual(asked(items)[0], ['Safe Harbor', 'Security Policy: meets CISA VDP: Authorization']);

    const sections = await client.connection.sendRequest<SectionEntry[]>(SECTIONS_REQUEST, { uri });
    assert.deepEqual(
      sections.filter((s) => s.controls).map((s) => [s.id, s.controls]),
      [
        ['safe-harbor', ['CISA VDP: Authorization']],
        ['cisa-guidelines', ['CISA VDP: Guidelines']],
        ['cisa-test-methods', ['CISA VDP: Test Methods']],
        ['report-contents', ['CISA VDP: Reporting a Vulnerability']],
        ['response', ['CISA VDP: What to Expect']],
        ['disclosure', ['CISA VDP: What to Expect']],
      ],
    );
    assert.deepEqual(
      sections.filter((s) => !s.controls).map((s) => [s.id, s.present]),
      [
        ['supported-versions', false],
        ['reporting', true],
        ['scope', true],
        ['bug-bounty', false],
        ['acknowledgments', false],
        ['encryption', false],
        ['contacts', false],
      ],
    );

    const edit = await client.connection.sendRequest<WorkspaceEdit>(INSERT_SECTION_REQUEST, {
      uri,
      version: 1,
      sectionId: 'cisa-test-methods',
    });
    const change = edit.documentChanges![0] as { edits: Array<{ range: unknown; newText: string }> };
    assert.deepEqual(change.edits, [
      {
        range: { start: { line: 4, character: 11 }, end: { line: 6, character: 0 } },
        newText: `\n\n## Test Methods\n\n${profileById('cisa-vdp')!.extraBlocks!.find((b) => b.id === 'cisa-test-methods')!.body}\n\n`,
      },
    ]);
    client.close(uri);
  });

  it('a code lens per enabled profile says how many of its controls are met and lists them for the client command', async () => {
    const uri = `${FOLDER}/lens/SECURITY.md`;
    client.settings.set(uri, { profiles: ['openssf-baseline-1', 'best-practices'] });
    client.open(uri, POLICY);
    await client.published(uri, 1);
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as Array<{
      command: { title: string; command: string; arguments: unknown[] };
    }>;
    assert.deepEqual(
      lenses.slice(1).map((l) => [l.command.title, l.command.command]),
      [
        ['OpenSSF Baseline level 1: 1/1 control met', 'securityPolicy.showProfileControls'],
        ['OpenSSF Best Practices badge: 2/3 controls met', 'securityPolicy.showProfileControls'],
      ],
    );
    const response = controlById('bp:vulnerability_report_response')!;
    assert.deepEqual((lenses[2]!.command.arguments[0] as ProfileControlsArgument).controls[0], {
      label: response.label,
      summary: response.summary,
      met: false,
      findings: [`${response.label}: ${response.requirement!.message}`],
    });
    client.close(uri);
  });
});
