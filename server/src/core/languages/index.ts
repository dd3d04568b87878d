// The languages the rules understand, combined into the patterns the core matches with. To add a
// language, write a file like de.ts and list it here.
import type { SectionId } from '../types';
import { ar } from './ar';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { hi } from './hi';
import { hu } from './hu';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import type { DurationUnit, LanguageData } from './language';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ca } from './ca';
import { da } from './da';
import { el } from './el';
import { fi } from './fi';
import { he } from './he';
import { nb } from './nb';
import { sv } from './sv';
import { ro } from './ro';
import { th } from './th';
import { tl } from './tl';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';
import { uz } from './uz';
import { vi } from './vi';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

export const LANGUAGES: readonly LanguageData[] = [
  en,
  de,
  fr,
  es,
  pt,
  it,
  nl,
  pl,
  cs,
  tr,
  ru,
  uk,
  ja,
  ko,
  zhHans,
  zhHant,
  id,
  vi,
  hu,
  ar,
  fa,
  hi,
  th,
  tl,
  ro,
  ca,
  uz,
  nb,
  da,
  sv,
  fi,
  el,
  he,
];

type ListField = Exclude<
  {
    [K in keyof LanguageData]-?: NonNullable<LanguageData[K]> extends readonly string[] ? K : never;
  }[keyof LanguageData],
  undefined
>;

/** Every language's entries of one list. */
export function entriesOf(field: ListField): string[] {
  return LANGUAGES.flatMap((l) => l[field] ?? []);
}

/** Pictographs and symbols (Miscellaneous Symbols, Dingbats, the emoji planes), as UTF-16 without the `u` flag. */
const EMOJI = '[\\u2600-\\u27BF]|\\uD83C[\\uDF00-\\uDFFF]|\\uD83D[\\uDC00-\\uDEFF]|\\uD83E[\\uDD00-\\uDEFF]';

/**
 * One case-insensitive pattern matching any of the sources. Without the `u` flag: V8 matches such a
 * long alternation case-insensitively about twenty times faster without it, and case folding of
 * letters beyond ASCII works all the same. The sources therefore use no `\p{…}` classes.
 */
export function anyOf(sources: readonly string[], flags = 'i'): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}

const NOT_ASCII = /[^\x00-\x7f]/;

/** Latin letters without their accents (é → e, ç → c, ü → u, đ → d), other scripts as they are. */
export function fold(text: string): string {
  // ASCII has nothing to fold: most texts asked about (addresses, domains) are, and normalising
  // costs microseconds a call (a line of 100,000 addresses asks 200,000 times).
  if (!NOT_ASCII.test(text)) return text;
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // Vietnamese đ is a letter of its own, not d with a combining stroke: NFD leaves it whole.
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFC')
  );
}

/** A language's units of time (LanguageData.durationUnits) but those it says state no timeframe. */
const timeframeUnits = (l: LanguageData): string[] =>
  Object.entries(l.durationUnits ?? {})
    .filter(([unit]) => !l.notTimeframes?.includes(unit as DurationUnit))
    .map(([, source]) => source);

const TIMEFRAME_UNITS = LANGUAGES.flatMap(timeframeUnits).join('|');

/**
 * A time in words: one of a language's numberWords before one of its units ("zwei Wochen", "five (5)
 * days", "a two-week window"); a hyphen not before an abbreviation ("sections a-h").
 */
// Word edges for words of any alphabet the numbers are written in: `\b` sees only ASCII word characters
// (these patterns run without the `u` flag; see anyOf), so it finds no edge around "трёх" or "ثلاثة".
const LETTER = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0590-\\u06FF\\u0900-\\u097F';
const NUMBER_WORD_TIMES = LANGUAGES.flatMap((l) =>
  l.numberWords
    ? [
        `(?<![${LETTER}])(?:${Object.keys(l.numberWords).join('|')})(?:\\s*\\(\\d+\\))?(?:\\s+[*_]*|-(?=[a-z]{2}))(?:${timeframeUnits(l).join('|')})(?![${LETTER}])`,
      ]
    : [],
);

/** The zero of each run of digits other than ASCII that policies write numbers in: Arabic-Indic, Persian, Devanagari. */
const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0, 0x0966];
/** One character class per script's digits 0-9, so that a number is read in one script. */
export const DIGIT_CLASSES: readonly string[] = DIGIT_ZEROS.map(
  (zero) => `[${String.fromCodePoint(zero)}-${String.fromCodePoint(zero + 9)}]`,
);
const OTHER_DIGIT = new RegExp(DIGIT_CLASSES.join('|'), 'g');

/** A number written in any of those digits, with ASCII digits (each run holds 0-9 in order). */
export function asciiDigits(number: string): string {
  return number.replace(OTHER_DIGIT, (digit) => {
    const code = digit.codePointAt(0)!;
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });
}

/** A number (also in markup: `[7] días`, `**48** hours`) followed by a unit of time, or a phrase that states a time in words. */
export const TIMEFRAME = anyOf([
  // ("0-day" is a kind of vulnerability, not a time.)
  `(?<![A-Za-z0-9])(?!0[\\s-]?days?\\b)(?:\\d+\\s*[x×]\\s*)?(?:\\d+|${DIGIT_CLASSES.map((digits) => `${digits}+`).join('|')})\\+?[\\]*_]*(?:\\s*\\(\\d+\\))?[\\s-]*(?:${TIMEFRAME_UNITS})(?![a-z0-9])`,
  ...NUMBER_WORD_TIMES,
  ...entriesOf('timePhrases'),
]);

/** Words that introduce an example of a value, in every language (see LanguageData.exampleLeads). */
export const EXAMPLE_LEADS = entriesOf('exampleLeads').join('|');

/**
 * The text before a time ends with words that make it no promise (see LanguageData.notTimeframeLeads),
 * or with the example in a template's bracket: "within [timeframe, e.g., 0-2 weeks]", "[ej. 48 horas]".
 */
export const NOT_TIMEFRAME_LEAD = new RegExp(
  `(?:${entriesOf('notTimeframeLeads').join('|')}|\\[[^\\]\\n]{0,40}?(?:${EXAMPLE_LEADS})[,:]?[\\s*_]*[^\\]\\n]{0,12}?)\\s*$`,
  'i',
);

/** The text after a time starts with words that make it no promise (see LanguageData.notTimeframeTails). */
export const NOT_TIMEFRAME_TAIL = new RegExp(`^\\s*(?:${entriesOf('notTimeframeTails').join('|') || '(?!)'})`, 'i');

/** A letter standing for a number before a unit of time ("within X days", "N business days"; not a formula's "±N days"); `g` for finding each. */
// Letters of every script bound the stand-in: in "phản hồi" the "n" ends a word and "h" starts one.
export const STANDIN_TIMEFRAME = new RegExp(
  `(?<![\\p{L}\\p{N}_.±+-])(?:x{1,3}|n)\\s+(?:${TIMEFRAME_UNITS})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A unit of time at the start of a text, after white space or markup: what follows "within `[N]`" in "within `[N]` days". */
export const TIME_UNIT_AHEAD = new RegExp(`^[\\s*_\`]*(?:${TIMEFRAME_UNITS})(?![\\p{L}\\p{N}])`, 'iu');

/** Which releases receive fixes, said in a sentence instead of a table. */
export const VERSION_STATEMENT = anyOf(throughEmphasis(entriesOf('versionStatements')));

/**
 * An instruction's words with emphasis between them ("Abra uma **Issue**", "use the *Security* tab"):
 * each run of white space in a pattern may hold emphasis marks too. A pattern must then hold no class
 * of stars right after its white space ("\s+[*_]*"): the two would try a long run of stars every way.
 */
function throughEmphasis(sources: readonly string[]): string[] {
  return sources.map((source) => source.replaceAll('\\s+', '[\\s*]+'));
}

/** Instructions to report in public; `g` for finding each. */
export const PUBLIC_REPORTING = anyOf(throughEmphasis(entriesOf('publicReporting')), 'gi');

/** Words that ask a reporter to get in touch, in any language. */
export const REPORTING_WORD = anyOf(entriesOf('reportingWords'));

/** Frequent words of the languages the rules read. */
export const COMMON_WORD = anyOf(entriesOf('commonWords'));

/** Words for a vulnerability or a security problem, in any language. */
export const VULNERABILITY_WORD = anyOf(entriesOf('vulnerabilityWords'));

/** Words that turn an instruction around. */
export const NEGATION = anyOf(entriesOf('negations'));

/** Phrases that hold a negation but turn nothing around: "don't hesitate to"; `g` for removing each. */
export const IDIOMATIC_NEGATION = anyOf(entriesOf('idiomaticNegations'), 'gi');

/** Negations that turn around only what follows them: "rather than", "instead of". */
export const CONTRAST = anyOf(entriesOf('contrasts'));

/** Words that put a whole sentence about other matters than vulnerabilities. */
export const OTHER_MATTERS = anyOf(entriesOf('otherMatters'));

/**
 * Where a negation's reach ends: punctuation between clauses, an emoji (casual writing's full stop: "älä
 * tee julkista issueta 🙏 käytä …"), or a word that turns to another instruction; `g` for finding each.
 */
export const CLAUSE_BREAK = anyOf(['[,;:，；：、]', EMOJI, ...entriesOf('clauseBreaks')], 'gi');

/** Asking for a direct message on a chat service. */
export const PRIVATE_MESSAGE = anyOf(entriesOf('privateMessages'));

/** Words that make a channel private, in any language. */
export const PRIVATE_WORD = anyOf(entriesOf('privateWords'));

/**
 * A mailing list named public right before an address, in its clause (its line may wrap): "our public
 * mailing list", "öffentliche Mailingliste:" (see LanguageData.publicLists).
 */
export const PUBLIC_LIST_BEFORE = new RegExp(`(?:${entriesOf('publicLists').join('|')})(?:[^.;,。]{0,30}|,\\s*)$`, 'i');
/** A list said to be read in public after its address (see LanguageData.publicListStatements). */
export const PUBLIC_LIST_STATEMENT = anyOf(entriesOf('publicListStatements'));

/** The repository's owner as someone to write to (see LanguageData.repositoryOwner). */
export const REPOSITORY_OWNER = anyOf(entriesOf('repositoryOwner'));
/** A person's page on a forge, and that or their contact details named as such. */
export const PROFILE_WORD = anyOf(entriesOf('profileWords'));
export const REPOSITORY_PAGE = anyOf(entriesOf('repositoryPages'));
/** "Questions?" at the end of the text before a link: the link is where to ask. */
export const QUESTIONS_LEAD = new RegExp(`(?:${entriesOf('questionWords').join('|')})\\s*[?？][\\s*_]*$`, 'i');
export const PROFILE_OR_CONTACT_DETAILS = anyOf([...entriesOf('profileWords'), ...entriesOf('contactDetailWords')]);

/** A private issue asked for (see LanguageData.privateIssues). */
export const PRIVATE_ISSUE = anyOf(entriesOf('privateIssues'));

/** The maintainers as the subject at the end of a clause (see LanguageData.maintainersAsSubject). */
export const MAINTAINERS_AS_SUBJECT = new RegExp(`(?:${entriesOf('maintainersAsSubject').join('|')})\\s*$`, 'iu');

/** An issue opened without the vulnerability in it (see LanguageData.detailsWithheld). */
export const DETAILS_WITHHELD = anyOf(entriesOf('detailsWithheld'));

/** Words for a feature, button, tab or form of a platform, in any language. */
export const FEATURE_WORD = anyOf(entriesOf('featureWords'));

/** A path through GitHub's menus to its private reporting: "Security → Report a vulnerability", "安全 > 报告漏洞". */
const SECURITY_TAB_PATH = `(?:${entriesOf('securityTabNames').join('|')})\\s*(?:→|->|=>|›|»|>|＞)\\s*\\W{0,3}\\s*(?:${entriesOf('securityTabItems').join('|')})`;

/**
 * Instructions to use GitHub's or GitLab's private reporting, a menu path to it, or a request for a
 * private issue (which can only mean that feature); `g` for finding each.
 */
export const PRIVATE_REPORTING = anyOf(
  throughEmphasis([...entriesOf('privateReporting'), SECURITY_TAB_PATH, ...entriesOf('privateIssues')]),
  'gi',
);

/** Opening words of GitHub's template sentences, at a word start; `g` for finding each. */
// Words may be wrapped onto a quoted line (`> `) too.
export const TEMPLATE_OPENER = new RegExp(
  `(?<![A-Za-z0-9\\u00C0-\\u024F\\u0400-\\u04FF])(?:${entriesOf('templateOpeners')
    .map((s) => `(?:${s.replaceAll('\\s+', '(?:\\s|>)+')})`)
    .join('|')})`,
  'gi',
);

/** Phrases of the template anywhere in a sentence (see LanguageData.templatePhrases); `g` for finding each. */
export const TEMPLATE_PHRASE = anyOf(entriesOf('templatePhrases'), 'gi');

/** A note saying that the value next to it must still be replaced. */
export const REPLACE_HINT = anyOf(entriesOf('replaceHints'));

/** "e.g." or "for example" right before a value: `[add your contact, e.g. jane@acme.dev]`. */
export const EXAMPLE_LEAD_BEFORE = new RegExp(`(?:${EXAMPLE_LEADS})[\\s:：,]*$`, 'i');

/** A bracket that opens with "e.g.": `[e.g. 2.x]`, an example of the value the reader writes. */
export const EXAMPLE_BRACKET = new RegExp(`^\\[\\s*(?:${EXAMPLE_LEADS})`, 'i');

/** Verbs that open a bracketed instruction: `[insert …]`, `[INSIRA …]`; and the instructions that end with theirs, `[…を記載]`. */
export const FILL_VERB = new RegExp(
  // (no language's instructions would leave an empty alternative, which matches every text)
  `^\\s*(?:${entriesOf('fillVerbs').join('|')})(?![\\p{L}\\p{N}])|${entriesOf('fillInstructions').join('|') || '(?!)'}`,
  'iu',
);

/** The fill verbs of inserting: "provide", "enter", "type" also tell a reporter what to write. */
const INSERT_VERBS = entriesOf('fillVerbs').filter((verb) => /^(?:ins|einf)/i.test(verb));

/** A note in parentheses that opens with a verb of inserting and says "here": "(inserisci qui l'email del team)"; `g`. */
export const FILL_HERE_NOTE = new RegExp(
  `\\(\\s*(?:${INSERT_VERBS.join('|')})(?![\\p{L}\\p{N}])[^()\\n]{0,60}?(?<![\\p{L}\\p{N}])(?:${entriesOf('hereWords').join('|')})(?![\\p{L}\\p{N}])[^()\\n]{0,60}\\)`,
  'giu',
);

/** A table column's name that says its cells are examples or patterns: "Pattern", "Example value", "Wzorzec". */
export const EXAMPLE_COLUMN = new RegExp(
  `^[^\\p{L}]*(?:${entriesOf('exampleColumns').join('|')})(?:\\s+\\p{L}+)?[^\\p{L}]*$`,
  'iu',
);

/** "your" at the start of a bracketed field: `[your email]`, `[SEU E-MAIL]`. */
export const YOUR_WORD = new RegExp(`^\\s*(?:${entriesOf('yourWords').join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Field names written in capitals: `E-MAIL`, `SEGURANÇA`. Matched case-sensitively. */
export const FIELD_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${entriesOf('fieldWords').join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** The words for "example" and "your" that make a domain a stand-in (folded). */
export const EXAMPLE_WORDS: readonly string[] = [...new Set(entriesOf('exampleDomains').map(fold))];
export const YOUR_WORDS: readonly string[] = [...new Set(entriesOf('yourWords').map(fold))];

/** Heading patterns of the languages other than English, matched against a folded, normalised heading. */
export const HEADING_PATTERNS: ReadonlyArray<{ readonly id: SectionId; readonly pattern: RegExp }> = LANGUAGES.flatMap(
  (l) =>
    Object.entries(l.headings ?? {}).map(([id, sources]) => ({
      id: id as SectionId,
      pattern: anyOf((sources ?? []).map(fold)),
    })),
);

/**
 * A report's subject or title line, up to its colon, an opening quote or bracket, or (tested against
 * the text before a slot) the slot itself a few words on: what follows is the format a reporter fills
 * in ("Subject: [SECURITY] <summary>", "with the title [SECURITY] <package>", "Betreffzeile bitte [X]").
 */
export const REPORT_FIELD_LINE = new RegExp(
  `(?:^|[\\s*_>'’【［（(-])(?:${entriesOf('reportFieldLabels').join('|')})[^:：\\n]{0,32}(?:[:：]|["“„'«「\\[<]|$)`,
  'i',
);

/** The same line named after the slot, tested against the text after it: "[SECURITY] in the subject line", "[SEGURIDAD] en el asunto". */
export const REPORT_FIELD_AFTER = new RegExp(
  `^[^.。\\n]{0,25}?(?:^|[\\s*_>'’-])(?:${entriesOf('reportFieldLabels').join('|')})`,
  'i',
);
