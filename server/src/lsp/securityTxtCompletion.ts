// Completion in security.txt: field names at the start of a line (the missing required ones first,
// each with its meaning), an Expires value one renewal period ahead, language tags after
// Preferred-Languages (the SECURITY.md's language first), this repository's policy URL after
// Policy, and the policy's private channels after Contact.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { advisoryUrl, companionPolicy, contactKey, policyUrl } from '../core/crossCheck';
import { dayStart, renewedValue } from '../core/securitytxt/datetime';
import { renewDays } from '../core/securitytxt/expires';
import { FIELDS } from '../core/securitytxt/fields';
import { parseSecurityTxt, type SecurityTxt } from '../core/securitytxt/parse';
import type { AnalysisContext } from '../core/types';

type Context = Pick<AnalysisContext, 'today' | 'expiresRenewDays' | 'repository' | 'companion'>;

/** Tags offered after Preferred-Languages: the languages the policy rules read, and other common ones. */
const LANGUAGE_TAGS = [
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'tr',
  'ru',
  'uk',
  'ja',
  'ko',
  'zh',
  'zh-Hans',
  'zh-Hant',
  'id',
  'vi',
  'cs',
  'sv',
  'da',
  'fi',
  'nb',
  'he',
  'ar',
  'hi',
];

/** Pure: the items at `position` in `text`, or null where there is nothing to offer. */
export function securityTxtCompletions(text: string, position: Position, context: Context): CompletionItem[] | null {
  const txt = parseSecurityTxt(text);
  const line = txt.lines[position.line];
  const before = (line?.text ?? '').slice(0, position.character);
  if (/^[A-Za-z-]*$/.test(before)) return fieldItems(txt.fieldsNamed.bind(txt), position, before.length);
  const today = dayStart(context.today);
  if (/^expires:\s*[\d-]*$/i.test(before) && today !== undefined) {
    const value = renewedValue('', today, renewDays(context));
    return [
      {
        label: value,
        kind: CompletionItemKind.Value,
        detail: 'Today + the renewal period (securityPolicy.securityTxt.expiresRenewDays)',
        sortText: '0',
      },
    ];
  }
  const languages = /^preferred-languages:[^\r\n]*?([A-Za-z-]*)$/i.exec(before);
  if (languages) return languageItems(txt, context, position, languages[1]!.length);
  const value = /^(policy|contact):\s*(\S*)$/i.exec(before);
  if (value) {
    const items = value[1]!.toLowerCase() === 'policy' ? policyItems(context) : contactItems(txt, context);
    return items.map((item, index) => ({
      ...item,
      sortText: String(index).padStart(2, '0'),
      textEdit: {
        range: { start: { line: position.line, character: position.character - value[2]!.length }, end: position },
        newText: item.label,
      },
    }));
  }
  return null;
}

function fieldItems(named: (key: string) => readonly unknown[], position: Position, typed: number): CompletionItem[] {
  return FIELDS.map((field, index) => {
    const present = named(field.name.toLowerCase()).length > 0;
    const required = field.occurrence.startsWith('required');
    const once = field.occurrence.endsWith('once');
    // Missing required fields first; fields allowed once that are already there last.
    const rank = required && !present ? 0 : once && present ? 2 : 1;
    return {
      label: field.name,
      kind: CompletionItemKind.Field,
      detail: `${required ? 'Required' : 'Optional'}${once ? ', at most once' : ''} · ${field.section}`,
      documentation: { kind: 'markdown', value: field.meaning },
      sortText: `${rank}${String(index).padStart(2, '0')}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: {
        range: { start: { line: position.line, character: position.character - typed }, end: position },
        newText: `${field.name}: `,
      },
    } satisfies CompletionItem;
  });
}

/** RFC 5646 tags, the policy's language first, without the ones the field lists already. */
function languageItems(txt: SecurityTxt, context: Context, position: Position, typed: number): CompletionItem[] {
  const listed = new Set(
    txt
      .fieldsNamed('preferred-languages')
      .flatMap((f) => f.value.split(/[\s,]+/))
      .map((t) => t.toLowerCase()),
  );
  const policyLanguage = companionPolicy(context)?.language;
  const tags = [...new Set([...(policyLanguage ? [policyLanguage] : []), ...LANGUAGE_TAGS])].filter(
    (t) => !listed.has(t.toLowerCase()),
  );
  const names = displayNames();
  return tags.map((tag, index) => ({
    label: tag,
    kind: CompletionItemKind.Value,
    detail: `${names?.of(tag) ?? tag}${tag === policyLanguage ? ' · the language of SECURITY.md' : ''}`,
    sortText: String(index).padStart(2, '0'),
    textEdit: {
      range: { start: { line: position.line, character: position.character - typed }, end: position },
      newText: tag,
    },
  }));
}

/** English names of languages, where the runtime has them. */
function displayNames(): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return undefined;
  }
}

/** This repository's SECURITY.md and its policy page, when the repository is known. */
function policyItems(context: Context): CompletionItem[] {
  const repository = context.repository;
  if (!repository) return [];
  const path = context.companion?.kind === 'policy' ? context.companion.relativePath : undefined;
  const urls = [...new Set([policyUrl(repository, path), policyUrl(repository, undefined)])];
  return urls.map((url) => ({
    label: url,
    kind: CompletionItemKind.Value,
    detail: path ? `This repository's ${path}` : "This repository's security policy page",
  }));
}

/** The private channels of the repository's SECURITY.md no Contact lists yet, and its advisory form. */
function contactItems(txt: SecurityTxt, context: Context): CompletionItem[] {
  const listed = new Set(txt.fieldsNamed('contact').map((f) => contactKey(f.value)));
  const items: CompletionItem[] = [];
  for (const channel of companionPolicy(context)?.contacts ?? []) {
    if (channel.uri && !listed.has(channel.key))
      items.push({ label: channel.uri, kind: CompletionItemKind.Value, detail: 'From SECURITY.md' });
  }
  const repository = context.repository;
  const advisory = repository && advisoryUrl(repository);
  if (advisory && !listed.has(contactKey(advisory)) && !items.some((i) => i.label === advisory))
    items.push({
      label: advisory,
      kind: CompletionItemKind.Value,
      detail: 'GitHub private vulnerability reporting for this repository',
    });
  return items;
}
