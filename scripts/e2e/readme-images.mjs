// Regenerates the README's screenshots (images/screenshot-*.png) from the UI smoke test: runs it,
// then shrinks the PNGs to a 256-colour palette (plenty for a UI, a third of the size).
// Needs Debian's pngquant and an emoji font (installed when missing). Usage: node scripts/e2e/readme-images.mjs
import { join } from 'node:path';
import { CACHE, ROOT, ensureDebianPackages, log, run } from './lib.mjs';

const IMAGES = ['diagnostics', 'quick-fix', 'insert-section'];

ensureDebianPackages(['pngquant', 'fonts-noto-color-emoji']);
const shots = join(CACHE, 'readme-screenshots');
run(process.execPath, [join(ROOT, 'scripts', 'e2e', 'run.mjs'), '--ui-only', '--screenshots', shots]);
for (const name of IMAGES) {
  const target = join(ROOT, 'images', `screenshot-${name}.png`);
  run('pngquant', [
    '--force',
    '--strip',
    '--quality',
    '60-90',
    '--speed',
    '1',
    '--output',
    target,
    join(shots, `${name}.png`),
  ]);
  log(`wrote ${target}`);
}
