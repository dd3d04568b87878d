// `security-policy rules`: the rule table, for people (aligned columns) or scripts (JSON).
import { ALL_RULES as RULES } from '../core/catalogue';
import { ruleDocsUrl } from '../config/ruleDocs';
import type { Colors } from './terminal';

export function rulesReport(format: 'text' | 'json', paint: Colors): string[] {
  if (format === 'json') {
    const rules = RULES.map((r) => ({
      id: r.id,
      name: r.name,
      defaultSeverity: r.defaultSeverity,
      description: r.description,
      helpUri: ruleDocsUrl(r.id),
    }));
    return [JSON.stringify(rules, null, 2)];
  }
  const nameWidth = Math.max(...RULES.map((r) => r.name.length));
  // Padding is computed on the plain text: colour codes have no width.
  return RULES.map(
    (r) =>
      `${paint.bold(r.id)}  ${paint.severity(r.defaultSeverity)}${' '.repeat(7 - r.defaultSeverity.length)}  ${r.name.padEnd(nameWidth)}  ${r.description}`,
  );
}
