import type { PolicyDocument } from '../document';
import { armorOf, inspectArmor } from '../pgp';
import type { Rule, RuleContext } from '../rule';

// A value labelled "fingerprint": `Fingerprint: ABCD …`, `Key fingerprint = …`, `fingerprint is 0x…`.
// The value may sit in backticks or bold; hex groups may be separated by single or double spaces
// (GnuPG prints two in the middle) or colons.
const LABELLED =
  /\bfingerprints?\b(?:\s*\([^)\n]{0,20}\))?[*_]*(?:\s*(?:[:=]|\bis\b|[-–—]))?\s*[*_`"']*\s*(?:0x)?([0-9A-Fa-f]{2,}(?:(?: {1,2}|\u00a0|:)[0-9A-Fa-f]{2,})*)(?![0-9A-Za-z])/gi;
/** "key ID/fingerprint", "ID or fingerprint": a short ID is what the author meant to give. */
const ID_LABEL = /\b(?:key[ -]?)?id\b[^\n]{0,6}$/i;
const MIN_HEX = 8;

export const rule: Rule = {
  id: 'SEC052',
  name: 'pgp-block',
  description: 'An armored PGP block is malformed, or a key fingerprint has the wrong length.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, ctx) {
    const { blocks, strayEnds } = armorOf(doc);
    for (const block of blocks) {
      const verdict = inspectArmor(block);
      // A placeholder body is SEC023's to report.
      if (verdict.status === 'malformed')
        ctx.report({ start: block.begin.start, end: block.begin.end, message: verdict.message });
    }
    for (const end of strayEnds) {
      ctx.report({
        start: end.start,
        end: end.end,
        message: `"END PGP ${end.label}" has no "-----BEGIN PGP ${end.label}-----" line before it; paste the complete block.`,
      });
    }
    checkFingerprints(doc, ctx);
  },
};

function checkFingerprints(doc: PolicyDocument, ctx: RuleContext): void {
  const seen = new Set<number>();
  const check = (value: string, start: number) => {
    const digits = value.replace(/[^0-9A-Fa-f]/g, '');
    // Short words that happen to be hex ("added", "face") are not values.
    if (digits.length < MIN_HEX || !/[0-9]/.test(digits) || seen.has(start)) return;
    seen.add(start);
    if (digits.length === 40 || digits.length === 64) return;
    ctx.report({
      start,
      end: start + value.length,
      message: `The fingerprint "${value.length > 24 ? `${value.slice(0, 23)}…` : value}" has ${digits.length} hex digits, not 40 (v4 key) or 64 (v6 key); give the full fingerprint as printed by \`gpg --fingerprint\`.`,
    });
  };

  for (const m of doc.text.matchAll(LABELLED)) {
    const before = doc.text.slice(Math.max(0, m.index - 12), m.index);
    if (ID_LABEL.test(before) || /\bid\b/i.test(m[0].slice(0, m[0].indexOf(m[1]!)))) continue;
    check(m[1]!, m.index + m[0].length - m[1]!.length);
  }

  // Tables with a "Fingerprint" column.
  for (const table of doc.tables) {
    const column = table.header.cells.findIndex((c) => /\bfingerprints?\b/i.test(c.text) && !/\bid\b/i.test(c.text));
    if (column < 0) continue;
    for (const row of table.rows) {
      const cell = row.cells[column];
      if (!cell) continue;
      const raw = doc.text.slice(cell.start, cell.end);
      const hex = /(?:0x)?([0-9A-Fa-f]{2,}(?:(?: {1,2}|\u00a0|:)[0-9A-Fa-f]{2,})*)(?![0-9A-Za-z])/.exec(raw);
      if (hex && (hex.index === 0 || !/[0-9A-Za-z]/.test(raw[hex.index - 1]!))) {
        check(hex[1]!, cell.start + hex.index + hex[0].length - hex[1]!.length);
      }
    }
  }
}
