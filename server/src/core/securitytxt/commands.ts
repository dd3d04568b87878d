// What the "Create security.txt" and "Renew Expires" commands compute: a new file from the
// repository's SECURITY.md, and the edit that renews Expires. Pure: texts and the context in.
import { advisoryUrl, policyFacts, policyUrl } from '../crossCheck';
import { policyDocument } from '../policyModel';
import type { AnalysisContext, TextEdit } from '../types';
import { dayStart, renewedValue } from './datetime';
import { renewDays } from './expires';
import { parseSecurityTxt } from './parse';
import { insertFieldEdit, isSignedEdit } from './rule';

/**
 * A security.txt for the repository: a Contact per private channel of its SECURITY.md (the
 * companion in `context`; GitHub private reporting when the policy names it or names none and the
 * repository is known), Expires one renewal period ahead, the policy's language, Policy linking the
 * SECURITY.md. What only the author knows (Canonical, the domain) is a comment to fill in, never an
 * invalid field.
 */
export function securityTxtScaffold(context: AnalysisContext): string {
  const companion = context.companion?.kind === 'policy' ? context.companion : undefined;
  const model = companion && policyDocument(companion.text);
  const policy = model?.parse === 'full' ? policyFacts(model) : undefined;
  const repository = context.repository;
  const advisory = repository ? advisoryUrl(repository) : undefined;
  const contacts: string[] = [];
  for (const channel of policy?.contacts ?? []) {
    const uri = channel.uri ?? (channel.advisory ? advisory : undefined);
    if (uri && !contacts.includes(uri)) contacts.push(uri);
  }
  if (contacts.length === 0 && advisory) contacts.push(advisory);
  const today = dayStart(context.today);
  const lines = ['# Where to report security vulnerabilities (RFC 9116). Keep it in step with SECURITY.md.'];
  if (contacts.length > 0) lines.push(...contacts.map((c) => `Contact: ${c}`));
  else lines.push('# Contact: mailto:security@your-domain (required: at least one)');
  if (today !== undefined) lines.push(`Expires: ${renewedValue('', today, renewDays(context))}`);
  if (policy?.language) lines.push(`Preferred-Languages: ${policy.language}`);
  if (repository) lines.push(`Policy: ${policyUrl(repository, companion?.relativePath)}`);
  lines.push(
    '# Canonical: https://your-domain/.well-known/security.txt (where this file is served; required once it is signed)',
  );
  return lines.join('\n') + '\n';
}

export type RenewResult = { readonly edit: TextEdit; readonly value: string } | { readonly problem: string };

/**
 * "Renew Expires": the first Expires set to today + `expiresRenewDays` (its time and offset kept),
 * or one added when there is none. A signed file is refused: the edit would break its signature.
 */
export function renewExpires(text: string, context: AnalysisContext): RenewResult {
  const today = dayStart(context.today);
  if (today === undefined) return { problem: "today's date is unknown" };
  const txt = parseSecurityTxt(text);
  const field = txt.fieldsNamed('expires')[0];
  const value = renewedValue(field?.value ?? '', today, renewDays(context));
  const edit = field
    ? { start: field.valueStart, end: field.valueEnd, newText: value }
    : insertFieldEdit(txt, `Expires: ${value}`);
  if (isSignedEdit(txt, edit))
    return {
      problem:
        'the file is signed: renew Expires in its unsigned source and sign it again (any edit here breaks the signature).',
    };
  return { edit, value };
}
