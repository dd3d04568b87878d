// Preferred-Languages values (RFC 9116 §2.5.8): RFC 5646 tags separated by commas. Tags are checked
// with the runtime's own BCP 47 parser (Intl), plus what it lets through: RFC 5646 reserves four-letter
// primary subtags and registers none of five to eight letters, so a word like "english" is no tag.

export interface LanguageTag {
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

export interface LanguageList {
  readonly tags: readonly LanguageTag[];
  /** Separators other than a comma between tags (`;`, `/`, `|`, white space alone), with where they are. */
  readonly badSeparators: readonly LanguageTag[];
}

/** Codes often written for a language that are country codes or wrong: the right tag. */
export const COMMON_MISTAKES: ReadonlyMap<string, string> = new Map([
  ['cz', 'cs'],
  ['jp', 'ja'],
  ['gr', 'el'],
  ['dk', 'da'],
  ['ua', 'uk'],
  ['cn', 'zh'],
  ['kr', 'ko'],
  ['en-uk', 'en-GB'],
]);

/** Splits a value at commas and at the other separators people use, `valueStart` being the value's offset. */
export function splitLanguages(value: string, valueStart: number): LanguageList {
  const tags: LanguageTag[] = [];
  const badSeparators: LanguageTag[] = [];
  for (const m of value.matchAll(/[^\s,;/|]+|[\s,;/|]+/g)) {
    const text = m[0];
    const start = valueStart + m.index;
    if (/^[\s,;/|]+$/.test(text)) {
      if (!text.includes(',') && m.index > 0 && m.index + text.length < value.length)
        badSeparators.push({ tag: text, start, end: start + text.length });
      else if (/[;/|]/.test(text)) badSeparators.push({ tag: text, start, end: start + text.length });
    } else {
      tags.push({ tag: text, start, end: start + text.length });
    }
  }
  return { tags, badSeparators };
}

export function isValidTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    return /^(?:x|i)-[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*$/i.test(tag);
  }
  const primary = tag.split('-')[0]!;
  return primary.length <= 3 || /^(?:x|i)$/i.test(primary);
}
