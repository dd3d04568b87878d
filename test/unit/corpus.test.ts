// A missing corpus fails the tests that read it; SECURITY_POLICY_NO_CORPUS=1 skips them, but not in CI.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { CORPUS, corpusSkip } from '../corpus';

const MISSING = join(CORPUS, 'no-such-folder');
const saved = { CI: process.env['CI'], NO_CORPUS: process.env['SECURITY_POLICY_NO_CORPUS'] };

function setEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

describe('corpusSkip', () => {
  afterEach(() => {
    setEnv('CI', saved.CI);
    setEnv('SECURITY_POLICY_NO_CORPUS', saved.NO_CORPUS);
  });

  it('fails when the corpus is missing', () => {
    setEnv('CI', undefined);
    setEnv('SECURITY_POLICY_NO_CORPUS', undefined);
    assert.throws(() => corpusSkip(MISSING), /no-such-folder is missing: the corpus tests need \.\.\/shared\/corpus/);
  });

  it('skips on request outside CI, and fails in CI whatever is asked', () => {
    setEnv('CI', undefined);
    setEnv('SECURITY_POLICY_NO_CORPUS', '1');
    assert.equal(corpusSkip(MISSING), `no ${MISSING} (SECURITY_POLICY_NO_CORPUS=1)`);
    setEnv('CI', 'true');
    assert.throws(() => corpusSkip(MISSING), /is missing/);
  });
});
