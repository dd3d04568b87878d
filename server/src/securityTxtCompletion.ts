// Completion in security.txt: field names at the start of a line (the missing required ones first,
// each with its meaning), and an Expires value one renewal period ahead.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver/node';
import { dayStart, renewedValue } from './core/securitytxt/datetime';
import { renewDays } from './core/securitytxt/expires';
import { FIELDS } from './core/securitytxt/fields';
import { parseSecurityTxt } from './core/securitytxt/parse';
import type { AnalysisContext } from './core/types';

/** Pure: the items at `position` in `text`, or null where there is nothing to offer. */
export function securityTxtCompletions(text: string, position: Position, context: Pick<AnalysisContext, 'today' | 'expiresRenewDays'>): CompletionItem[] | null {
  const txt = parseSecurityTxt(text);
  const line = txt.lines[position.line];
  const before = (line?.text ?? '').slice(0, position.character);
  if (/^[A-Za-z-]*$/.test(before)) return fieldItems(txt.fieldsNamed.bind(txt), position, before.length);
  const today = dayStart(context.today);
  if (/^expires:\s*[\d-]*$/i.test(before) && today !== undefined) {
    const value = renewedValue('', today, renewDays(context));
    return [{ label: value, kind: CompletionItemKind.Value, detail: 'Today + the renewal period (securityPolicy.securityTxt.expiresRenewDays)', sortText: '0' }];
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
      textEdit: { range: { start: { line: position.line, character: position.character - typed }, end: position }, newText: `${field.name}: ` },
    } satisfies CompletionItem;
  });
}
