// The one place that knows where rule documentation lives; diagnostics link to it.
export const RULE_DOCS_BASE_URL = 'https://github.com/security-policy/security-policy-vscode/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}
