// Every image and relative link in README.md, CHANGELOG.md and docs/ points at a file that exists
// (the Marketplace page is built from the README), and every #anchor at a heading of its page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.join(__dirname, '../..');

/** Markdown links and images, `[text](target)` / `![alt](target)`, and HTML `src`/`href`, outside code. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  targets.push(...[...prose.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!));
  return targets;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return new Set(
    [...prose.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[`*_]/g, '')
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s/g, '-'),
    ),
  );
}

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f));
  return ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', ...docs];
}

describe('links in the documentation', () => {
  it('finds links and images, and leaves code alone', () => {
    assert.deepEqual(
      linkTargets('![a](images/x.png) [b](docs/y.md#z "t") <img src="i.png"> `[c](nope)`\n```\n[d](nope)\n```\n'),
      ['images/x.png', 'docs/y.md#z', 'i.png'],
    );
  });

  for (const file of markdownFiles()) {
    it(`${file}: every relative link and image exists`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const missing: string[] = [];
      for (const target of linkTargets(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, command:
        const [pathPart, anchor] = target.split('#') as [string, string | undefined];
        const resolved =
          pathPart === ''
            ? path.join(ROOT, file)
            : path.resolve(path.dirname(path.join(ROOT, file)), decodeURIComponent(pathPart));
        if (!resolved.startsWith(ROOT) || !existsSync(resolved)) {
          missing.push(target);
          continue;
        }
        if (
          anchor &&
          statSync(resolved).isFile() &&
          resolved.endsWith('.md') &&
          !anchors(readFileSync(resolved, 'utf8')).has(anchor)
        )
          missing.push(target);
      }
      assert.deepEqual(missing, []);
    });
  }

  it('the README shows its screenshots, which are committed PNGs', () => {
    const images = linkTargets(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).filter((t) => t.endsWith('.png'));
    assert.ok(images.length >= 3, images.join(', '));
    for (const image of images)
      assert.deepEqual([...readFileSync(path.join(ROOT, image)).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], image);
  });
});
