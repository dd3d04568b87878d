// The extension activates on every Markdown file, so the client bundle must stay light: the parser,
// the rules and iconv-lite belong to the server process only (dist/meta.json is written by the build).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const META = join(__dirname, '../../dist/meta.json');

describe('client bundle', () => {
  it('holds none of the server dependencies', { skip: !existsSync(META) && 'not built' }, () => {
    const meta = JSON.parse(readFileSync(META, 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputs = Object.keys(meta.outputs['dist/client.js']?.inputs ?? {});
    assert.ok(inputs.length > 0, 'dist/client.js is in the metafile');
    assert.deepEqual(inputs.filter((i) => /node_modules\/(remark|unified|micromark|mdast|iconv-lite)/.test(i)), []);
    assert.deepEqual(inputs.filter((i) => i.startsWith('server/src/core/')), []);
  });
});
