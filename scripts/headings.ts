// Lists every corpus heading with the section it matched, for tuning the section model.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyDocument } from '../server/src/core/document';

const dir = process.argv[2] ?? '../shared/corpus';
for (const f of readdirSync(dir).filter((n) => /\.(md|markdown)$/i.test(n))) {
  const doc = createPolicyDocument(readFileSync(join(dir, f), 'utf8'));
  for (const h of doc.headings) console.log(`${h.section ?? '-'}\t${h.depth}\t${h.text}`);
}
