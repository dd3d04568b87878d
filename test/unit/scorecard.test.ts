import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scorecardSecurityPolicy, scorecardSummary } from '../../server/src/core/scorecard';
import { CORPUS } from '../corpus';

// Expected verdicts were computed by scripts/scorecard-oracle (Go's regexp on Scorecard's patterns and
// thresholds) for the edge cases in test/scorecard/edge and every corpus file.
const EXPECTED = join(__dirname, '../scorecard/expected.jsonl');
const EDGE = join(__dirname, '../scorecard/edge');

interface Verdict {
  readonly file: string;
  readonly score: number;
  readonly links: boolean;
  readonly text: boolean;
  readonly disclosure: boolean;
  readonly textHits: number;
  readonly linked: number;
}

const expected: Verdict[] = readFileSync(EXPECTED, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as Verdict);

/** The file's bytes decoded as the editor decodes them: UTF-8, a byte order mark kept as U+FEFF. */
function read(path: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
}

function verdictOf(file: string, text: string): Verdict {
  const result = scorecardSecurityPolicy(text);
  return {
    file,
    score: result.score,
    links: result.probes.securityPolicyContainsLinks,
    text: result.probes.securityPolicyContainsText,
    disclosure: result.probes.securityPolicyContainsVulnerabilityDisclosure,
    textHits: result.hits.filter((h) => h.kind === 'text').length,
    linked: new Set(result.hits.filter((h) => h.kind !== 'text').map((h) => h.match)).size,
  };
}

describe('Scorecard Security-Policy twin', () => {
  it('scores as Scorecard does: 6 for a link, 3 for text beyond the links, 1 for two hints of disclosure', () => {
    assert.equal(scorecardSecurityPolicy('').score, 0);
    assert.equal(scorecardSecurityPolicy('Tell us about problems.\n').score, 3);
    assert.equal(scorecardSecurityPolicy('Tell us about vulnerabilities within 5 days.\n').score, 4);
    assert.equal(scorecardSecurityPolicy('https://acme.dev/security\n').score, 6);
    assert.equal(scorecardSecurityPolicy('Email security@example.com about it.\n').score, 9);
    assert.equal(scorecardSecurityPolicy('Email security@example.com about vulnerabilities.\n').score, 9);
    assert.equal(
      scorecardSecurityPolicy('Email security@example.com about vulnerabilities and their disclosure.\n').score,
      10,
    );
  });

  it('gives the same verdict as Scorecard on its edge cases', () => {
    const edges = expected.filter((v) => existsSync(join(EDGE, v.file)));
    assert.equal(edges.length, 11);
    for (const v of edges) assert.deepEqual(verdictOf(v.file, read(join(EDGE, v.file))), v, v.file);
  });

  it('gives the same verdict as Scorecard on every corpus file', () => {
    const corpus = expected.filter((v) => !existsSync(join(EDGE, v.file)));
    assert.ok(corpus.length >= 440, `expected verdicts for the corpus, found ${corpus.length}`);
    for (const v of corpus) {
      const path = join(CORPUS, v.file);
      assert.ok(existsSync(path), `${path}: the corpus is missing (../shared/corpus beside the repository)`);
      assert.deepEqual(verdictOf(v.file, read(path)), v, v.file);
    }
  });

  it('reports each hit on its line with offsets into the text', () => {
    const text = 'See https://acme.dev\r\nor a@acme.dev in 2 days\n';
    assert.deepEqual(
      scorecardSecurityPolicy(text).hits.map((h) => [h.kind, h.line, text.slice(h.start, h.end)]),
      [
        ['link', 0, 'https://acme.dev'],
        ['email', 1, 'a@acme.dev'],
        ['text', 1, '2'],
      ],
    );
  });
});

describe('scorecardSummary', () => {
  it('says what the missing points need', () => {
    assert.equal(
      scorecardSummary(scorecardSecurityPolicy('Tell us.\n')),
      'Scorecard Security-Policy 3/10 · missing: 6 for a URL or an email address (any, even a placeholder or a public tracker); 1 for two or more mentions of "vulnerability", "disclosure" or a number (a timeline)',
    );
    assert.equal(
      scorecardSummary(scorecardSecurityPolicy('Email security@acme.dev about vulnerabilities within 5 days.\n')),
      'Scorecard Security-Policy 10/10',
    );
  });

  it('says when a high score hides a broken policy', () => {
    const result = scorecardSecurityPolicy('Email security@example.com about vulnerabilities within 5 days.\n');
    assert.equal(
      scorecardSummary(result, ['SEC011', 'SEC022', 'SEC022', 'SEC013']),
      'Scorecard Security-Policy 10/10 · but the score does not show that it has no private channel (SEC011), its address is a placeholder (SEC022)',
    );
  });
});
