// The probes (test/eval/probes/README.md): synthetic policies written by helpers who never read the
// rules. Every sound one passes `check`, and every one without a private way to report gets a finding
// about its channels, but for the misreadings listed below with their reasons.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';

const PROBES = join(__dirname, '../eval/probes');
const CONTEXT = { today: '2026-12-06' };
const CHANNEL_RULES = new Set(['SEC010', 'SEC011', 'SEC012', 'SEC022', 'SEC023']);

/** Unsound probes the rules read as having a private way, each with why it is left. */
const KNOWN_MISREADINGS = new Map([
  // "For how to contribute, including bug reports, see CONTRIBUTING.md": a project's file linked for
  // reporting counts as where to report (a decision taken on labelled real policies).
  ['unsound-no-private-way/n008.md', 'a CONTRIBUTING link for bug reports'],
  // `jūsu-domēns`: Latvian, a language the rules have no data for.
  ['unsound-subtle/t035.md', 'a Latvian placeholder domain'],
  // "email me … you can probably find my email on my profile": an address behind a profile counts.
  ['mixed/m062.md', 'an address "on my profile"'],
  // A forum's security category (Vietnamese), a report form whose reports are published on a status
  // board: public places the model does not know.
  ['mixed-publicish/q039.md', "a public forum's security category (Vietnamese)"],
  ['mixed-publicish/q055.md', 'a report form whose reports are published'],
  // The same kinds in files that hold more than a policy: support tickets said to be public after their
  // address (el, nl), GitHub Discussions named in Turkish, a public Facebook group (Vietnamese).
  ['mixed-documents/x014.md', 'public Discussions and public support tickets (Turkish)'],
  ['mixed-documents/x024.md', 'a public Facebook group or forum (Vietnamese)'],
  // press@ and sales@ under "その他の連絡先" (other contacts), a heading read as the reporting one: there
  // any address counts, as a sound policy's only address may stand under "Contact".
  ['mixed-documents/x022.md', 'mailboxes for other matters under an "other contacts" heading (Japanese)'],
  ['mixed-documents/x034.md', 'a support address whose tickets are public (Greek)'],
  ['mixed-documents/x046.md', 'support tickets published in a public knowledge base (Dutch)'],
  // An AI project's contact for harmful outputs or bias, under a heading read as the reporting one
  // ("Reporting harmful outputs", "Meldungen zu Modellverhalten"), and a public feedback form (Vietnamese).
  ['mixed-ai/i007.md', 'a responsible-AI mailbox under "Reporting harmful outputs"'],
  ['mixed-ai/i035.md', 'a responsible-AI mailbox under "Meldungen zu Modellverhalten" (German)'],
  ['mixed-ai/i020.md', 'a public feedback form (Vietnamese)'],
  // "Bitte meldet … nicht …" over "- … per Direktnachricht an einzelne Maintainer": the negated intro reaches
  // only what opens an item; letting it reach into items lost a public channel on the validation split.
  ['mixed-negations/g016.md', 'a direct message in the middle of an item under a negated intro (German)'],
  // Session 16's public-only twins: Discussions whose posts the maintainers later turn into a private
  // draft (the draft read as the way), an issue asking for a contact next to the maintainer's profile (the profile's address counts),
  // an IRC channel's log page (a page the model cannot read, under a reporting heading), a Slack workspace
  // whose public room is named in the next list item.
  ['mixed-public-only/u019.md', 'Discussions posts turned into a private draft later (Chinese)'],
  ['mixed-public-only/u025.md', 'an issue asking for a contact, beside the profile'],
  ['mixed-public-only/u031.md', "an IRC channel's public log page"],
  ['mixed-public-only/u037.md', "a Slack room named in the list item after the workspace's link"],
]);

interface Probe {
  readonly name: string;
  readonly text: string;
  readonly sound: boolean;
  readonly relativePath: string;
}

function probes(): Probe[] {
  const all: Probe[] = [];
  for (const folder of readdirSync(PROBES, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(PROBES, folder.name);
    const verdicts = new Map(
      readFileSync(join(dir, 'expect.tsv'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split('\t') as [string, string]),
    );
    // Policies in Markdown, and in the other formats GitHub shows (`f002.adoc`, read as SECURITY.adoc).
    for (const file of readdirSync(dir).filter((f) => f !== 'README.md' && f !== 'expect.tsv')) {
      const sound = folder.name.startsWith('mixed') ? verdicts.get(file) === 'sound' : folder.name.startsWith('sound-');
      const relativePath = `SECURITY${extname(file)}`;
      all.push({ name: `${folder.name}/${file}`, text: readFileSync(join(dir, file), 'utf8'), sound, relativePath });
    }
  }
  return all;
}

describe('probes: synthetic policies nobody tuned the rules on', () => {
  const all = probes();

  it('holds the 3,849 probes of sessions 12 to 18, each folder with its expectations', () => {
    assert.equal(all.length, 3849);
    assert.equal(all.filter((p) => p.sound).length, 3173);
  });

  it('passes every sound probe: no error-level finding', () => {
    const failing = all
      .filter((p) => p.sound)
      .map((p) => ({
        name: p.name,
        errors: analyze(p.text, { ...CONTEXT, relativePath: p.relativePath }).filter((f) => f.severity === 'error'),
      }))
      .filter((p) => p.errors.length > 0)
      .map((p) => `${p.name}: ${p.errors.map((f) => `${f.ruleId} ${f.message}`).join('; ')}`);
    assert.deepEqual(failing, []);
  });

  it('finds something wrong with the channels of every unsound probe but the known misreadings', () => {
    const missed = all
      .filter((p) => !p.sound)
      .filter(
        (p) => !analyze(p.text, { ...CONTEXT, relativePath: p.relativePath }).some((f) => CHANNEL_RULES.has(f.ruleId)),
      )
      .map((p) => p.name)
      .sort();
    assert.deepEqual(missed, [...KNOWN_MISREADINGS.keys()].sort());
  });
});
