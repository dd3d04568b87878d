// The fast suite in one process: every test/unit/*.test.ts and test/protocol/*.test.ts is loaded
// here, so the TypeScript loader and the libraries start once instead of once per file (each
// file its own process cost about a second of start-up per file on a 2-core machine).
// Run as `npm run test:fast`; arguments narrow the run to the files whose path contains one
// (`npm run test:fast -- SEC080 cli-`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SUITES = ['unit', 'protocol'];
const only = process.argv.slice(2);

for (const suite of SUITES) {
  const dir = join(__dirname, suite);
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.test.ts'))
    .sort()) {
    const file = join(dir, name);
    if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
    require(file);
  }
}
