import { sectionsOf, type PolicyDocument, type TableRow } from '../document';
import { armorOf, inspectArmor } from '../pgp';
import { EMAIL, EMAIL_ALONE, isPlaceholderDomain, isPlaceholderEmail, lineBefore } from '../placeholders';
import {
  EXAMPLE_BRACKET,
  EXAMPLE_LEADS,
  FIELD_WORD,
  FILL_HERE_NOTE,
  FILL_VERB,
  NEGATION,
  REPORT_FIELD_AFTER,
  REPORT_FIELD_LINE,
  STANDIN_TIMEFRAME,
  TIME_UNIT_AHEAD,
  YOUR_WORD,
} from '../languages';
import { channelsOf, inlineCodeSpans } from '../channels';
import type { Rule } from '../rule';
import type { SectionId } from '../types';
import { reachBefore, sentenceAround } from '../sentences';
import { matchesIn } from '../regexpMatches';
import { perDocument, perText } from '../memo';
import { versionTables } from '../versionTable';

// Unfilled template tokens in the prose (code spans, fences and comments are blanked there, so
// examples in code are not reported), plus armored PGP blocks whose body is placeholder text, which
// are checked wherever they are, fences included. For such a block the finding covers its body
// (the lines between the armor lines, headers excluded), or the whole block when the body is empty.

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Likely but not certain: reported one level lower. */
  readonly uncertain?: boolean;
}

/**
 * `[…]` in running text, and the CJK brackets templates use the same way (`【邮箱地址】`, `［メールアドレス］`);
 * also wrapped onto a second line with the paragraph (`[To be` / `configured]`).
 */
const BRACKET = /[[【［]([^[\]【】［］\n]{1,100}(?:\n[ \t]*[^[\]【】［］\s][^[\]【】［］\n]{0,100})?)[\]】］]/g;
const BRACKET_PROMISE = new RegExp(
  [
    '\\b(?:would|will|to|should|must|needs? to)\\s+be\\s+(?:provided|added|inserted|filled(?:\\s+in)?|placed|published|listed|defined|determined|updated|announced|pasted|configured)\\b',
    // "[e.g. 2.x]", "[Version, z. B. 1.4]": an example of the value, after its label
    `^[\\s*_]*(?:[^,;:]{1,30}[,;:]\\s*)?(?:${EXAMPLE_LEADS})`,
    '^\\s*(?:link|url)\\s+(?:to|of|for)\\s',
    '^\\s*(?:lien\\s+vers|enlace\\s+a|link\\s+(?:para|zu[mr]?))\\s',
    '^\\s*(?:\\.{3}|…)\\s*$',
    '\\bgoes\\s+here\\b',
    '\\b(?:key|e-?mail|address|link|url|name|contact|fingerprint|details?|info(?:rmation)?)\\s+here\\b',
    '\\bplaceholder\\b',
  ].join('|'),
  'i',
);
const EDITORIAL_NOTE =
  /\b(?:omitted|removed|redacted|withheld|anonymi[sz]ed|snip(?:ped)?|elided|truncated|pomini\p{L}*|usuni\p{L}*|entfernt|ausgelassen|gekürzt|omis\p{L}*|supprim\p{L}*|omitid\p{L}*|eliminad\p{L}*|omess\p{L}*|rimoss\p{L}*)(?!\p{L})|удален\p{L}*|опущен\p{L}*|省略|생략/iu;
/** A bracket's text in capitals, as template fields are written: `[EMAIL]`, `[E-MAIL DE SEGURANÇA]`. */
const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}]*(?:[ _-]+[\p{Lu}\p{N}]+)*$/u;
/** Cloudflare's email obfuscation leaves this where an address was. */
const CLOUDFLARE = /\[email(?:&#160;|\u00a0| )protected\]/gi;

/** The reporter's report, in the languages whose policies list what it should hold. */
const ABOUT_THE_REPORT =
  /\b(?:your|votre|ton|deinem|deiner|ihrem|ihrer|tu|su|seu|sua|tuo|vostro|uw|je)\s+(?:vulnerability\s+)?(?:report|rapport|bericht|meldung|reporte|informe|relat[óo]rio|segnalazione|melding)\b|\bin\s+the\s+report\b|^[\W_]*please\s+(?:include|provide|specify|describe)\b|报告中|報告中|レポートに|보고서에/i;
/** What a report should hold: "include … in your report", "indiquez … dans votre rapport". */
const REPORT_CONTENT_VERB =
  /\b(?:include|indicate|mention|provide|specify|state|attach|angeben|angibst|gib|nenne|indiqu|pr[ée]cis|inclu|indic|especifi|menciona|allega)\w*|包含|注明|記載|포함/i;
const isReportContent = (sentence: string) => ABOUT_THE_REPORT.test(sentence) && REPORT_CONTENT_VERB.test(sentence);
/** A line that opens the reporter's outline: "Please include in your report:", "Use this template for your report:". */
const isReportOutline = (lead: string) =>
  /[:：]\s*$/.test(lead) && (isReportContent(lead) || (ABOUT_THE_REPORT.test(lead) && OUTLINE_WORD.test(lead)));
const OUTLINE_WORD = /\b(?:outline|template|format|structure|mod[eè]le|plantilla|modelo|vorlage|schema)\b/i;
/** A list item's marker, and the space after it, at the start of a line (in a block quote too). */
const LIST_ITEM_START = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]/;
/** A list item's label before its value: "- Affected version: ". */
const OUTLINE_FIELD_BEFORE = new RegExp(`${LIST_ITEM_START.source}[ \\t]*[^[\\n]{1,40}[:：][ \\t]*$`);
/** The line that opens the list `offset` stands in (the first line above its items that is none), or ''. */
function listLeadIn(text: string, offset: number): string {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (let lines = 0; lineStart > 0 && lines < 40; lines++) {
    const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(previous, lineStart - 1);
    lineStart = previous;
    if (line.trim() !== '' && !LIST_ITEM_START.test(line)) return line;
  }
  return '';
}

/** Nouns that say a code span is a name the text talks about: "the `{PROJECT_NAME}` variable". */
const VARIABLE_NOUN = '(?:variable|placeholder|setting|parameter|option|field|token|macro)s?';
/** Those words after a code span. */
const NAMED_AS_VARIABLE = new RegExp(`^\\s*(?:environment\\s+)?${VARIABLE_NOUN}\\b`, 'i');
/** The same words before it: "masked with the fixed placeholder `<NAME>`", "the variable `FOO`". */
const NAMED_AS_VARIABLE_BEFORE = new RegExp(`\\b${VARIABLE_NOUN}\\s*[:：]?\\s*$`, 'i');

/** `<project>`, `<your-email>`, `<<author>>`: angle brackets around a bare name, not a tag or autolink. */
const ANGLE = /(?<![\p{L}\p{N}_<])<(<?)(\p{L}[\p{L}\p{N}]*(?:[ _.-][\p{L}\p{N}]+)*)>(>?)/gu;
const HTML_ELEMENTS = new Set(
  (
    'a abbr b bdi bdo big blockquote body br button caption center cite code col colgroup dd del details dfn div dl dt em ' +
    'embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd li link ' +
    'main mark meta meter nav noscript ol p picture pre q s samp script section small source span strike strong style ' +
    'sub summary sup svg table tbody td tfoot th thead tr track tt u ul var video wbr article aside audio canvas nobr'
  ).split(' '),
);
/** `<security at example dot org>`: an address in words, in angle brackets like a real one. */
const OBFUSCATED_ADDRESS = /^[\w.-]+ at [\w-]+(?: dot [\w-]+)+$/i;
/** Element names that are also the usual placeholder words: tags only when they are closed. */
const AMBIGUOUS_ELEMENTS = new Set([
  'address',
  'title',
  'data',
  'time',
  'label',
  'output',
  'object',
  'option',
  'menu',
  'dialog',
  'template',
  'slot',
  'map',
  'area',
]);

const OWNER_REPO =
  /(?<![\w/-])(?:YOUR[_-]?)?(?:OWNER|ORG|ORGANI[SZ]ATION|USER(?:NAME)?)\/(?:YOUR[_-]?)?(?:REPO(?:SITORY)?|PROJECT)(?![\w-])/g;
// (also in the words of es, pt, fr, it, de: `github.com/usuario/repositorio`, `github.com/utilisateur/depot`)
const GITHUB_PLACEHOLDER_PATH =
  /github\.com\/((?:owner|username|user|org|your-?(?:org|organi[sz]ation|user(?:name)?|name|account|handle)|(?:tu-?|seu-?)?usu[aá]rio|utilisateur|utente|benutzer(?:name)?|propriet[aá]rio|organizaci[oó]n|organiza[cç][aã]o)\/(?:repo|repository|project|your-?(?:repo(?:sitory)?|project)|(?:tu-?|seu-?)?reposit[oó]rio|d[eé]p[oô]t|proyecto|projeto|projet|progetto)|\$?\{[\w-]{1,30}\}\/\$?\{[\w-]{1,30}\})(?![\w-])/gi;
// (Mustache's and Handlebars' section, comment and partial tags, `{{#x}}`, `{{/x}}`, `{{else}}`, are the
// template's logic: the variables they guard are the placeholders. Hugo's shortcodes, `{{< hint info >}}`,
// `{{% notice %}}`, are a documentation site's markup. Windows' own variables, `%APPDATA%`, and
// one that starts a path, `%X%\bin`, name places on a machine. A shell's `$(date)` left in the text was never run.)
const TEMPLATE_VARIABLE =
  /\{\{(?![<%])(?!\s*(?:[#/^!>]|else\b))[^{}\n]{1,80}\}\}|(?<![\w{$])\{[a-z][a-z0-9]*(?:_[a-z0-9]+)+\}(?!\})|@@[A-Z][A-Z0-9_]*@@|(?<![\w%])(%%?)(?!(?:APPDATA|LOCALAPPDATA|PROGRAMFILES(?:\(X86\))?|PROGRAMDATA|USERPROFILE|ALLUSERSPROFILE|TEMP|TMP|SYSTEMROOT|SYSTEMDRIVE|WINDIR|HOMEDRIVE|HOMEPATH|USERNAME|COMPUTERNAME|PATH|COMSPEC|PUBLIC)%)[A-Z][A-Z0-9_]{2,}\1(?![\w%\\])|(?<![\w$])(?:YOUR|INSERT|ENTER|REPLACE|ADD|PUT)_[A-Z0-9_]*[A-Z0-9](?![\w])|(?<![\w])__[A-Z][A-Z0-9_]*[A-Z0-9]__(?![\w])|(?<![\w$\\{])\$\{?[A-Z][A-Z0-9_]{2,}\}?(?![\w}])|(?<![\w$])\$\([a-z][\w-]*(?:[ ][^()\n]{1,40})?\)|(?<![\w${])\{[A-Z][A-Z0-9_]{2,}\}(?!\})/g;
/**
 * `SECURITY_CONTACT_EMAIL`, `MAINTAINER_EMAIL`: a name for the address standing where the address should be,
 * also in code. Only when its other words describe the field too: `APP_SCRUB_EMAIL` or
 * `NOTIFY_ON_CONTACT` are settings a policy documents.
 */
const CONTACT_VARIABLE = /(?<![\w$])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:E?MAIL|CONTACT)(?![\w])/g;
/**
 * TODO and FIXME left for the author. "Future TODO", "our TODO list", "(honey users still TODO)": the
 * word used as a noun or a status in the author's prose, not a marker ("a" is Spanish for "to" too). TBD
 * is not here: "to be decided" states a fact (an end-of-life date not set yet), it is not a forgotten
 * template.
 */
const MARKER =
  /(?<![\w-])(?<!\b(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir|[Ff]uture|[Oo]pen|[Rr]emaining|[Kk]nown|[Ss]till)\s+)(?:TODO|FIXME)(?!\w)(?!\s+(?:list|items?|comments?|markers?|notes?|tags?)\b)/g;
/** A tracker's item after a marker: "TODO M-6", "TODO #42", "TODO(SEC-108)". */
const TRACKED_ITEM_AFTER = /^[ \t]*[(:]?[ \t]*(?:#\d+|[A-Z][A-Z0-9]*-\d+)\b/;
/** A marker word beside another in a list ("TODO, FIXME and XXX", "TODO/FIXME"): the text names them. */
const MARKER_WORD = '(?:TODO|FIXME|XXX|HACK|TBD)';
const LIST_JOINT = '(?:\\s*[,/]\\s*|\\s+(?:and|or|und|oder|et|ou|y|o|e)\\s+)';
const LISTED_MARKER_BEFORE = new RegExp(`(?<![\\w-])${MARKER_WORD}${LIST_JOINT}$`);
const LISTED_MARKER_AFTER = new RegExp(`^${LIST_JOINT}${MARKER_WORD}(?![\\w-])`);
/** A note that the value is still to come, in its place: `（待补充）`, `(to be added)`, `(correo por definir)`. */
const PENDING_VALUE =
  /[（(]\s*(?:(?:correo|e-?mail|contacto|direcci[óo]n|adresse|courriel|indirizzo|endere[çc]o)\s+)?(?:待补充|待補充|待定|待添加|待填写|待填寫|未定|仮|to\s+be\s+(?:added|defined|announced|completed|filled(?:\s+in)?)|fill\s+in|à\s+(?:compl[ée]ter|d[ée]finir)|a\s+completar|(?:por|a)\s+(?:definir|determinar)|da\s+definire|da\s+(?:sostituire|compilare|completare)|nog\s+in\s+te\s+vullen|doldurulacak|doplnit|zu\s+erg[äa]nzen|uzupe[łl]ni[ćc]|заполнить|(?:请|請)?(?:替换|替換)为[^（）()\n]{0,20}|thay\s+b[ằa]ng[^()\n]{0,20}|заменить[^()\n]{0,30})\s*[）)]/gi;
/**
 * Blanks a template leaves for a sum or a date: `USD ____`, `___ €`, `¥____`, `__/__/____`; a sum in
 * X's: `€ XXX`, `XXX TL`. Each alternative starts at its first character and, for a run, at the run's
 * first character (a run of underscores is walked once, not from each of its characters).
 */
const BLANK_VALUE =
  /[$€£¥](?:\s?_{3,}|\s?X{2,}(?![\w]))|_(?<![\w_]_)_{2,}\s?(?:[$€£¥]|(?:USD|EUR|TL)\b)|_(?<![\w_]_)_[./]__[./]____(?![\w])|X(?<![\w]X)X+\s?(?:[$€£¥]|(?:USD|EUR|TL)\b)|\b(?:USD|EUR|TL)\s?(?:_{3,}|X{2,}(?![\w]))/g;
/** A phone number with X's for some of its digits: `+49 XXX XXXXXXX`, `+1 (555) 555-XXXX`. */
// (a trunk prefix in parentheses, "+33 (0)4 79 XX XX XX", is one digit)
const PHONE_WITH_X =
  /\+(?<![\w+]\+)[\dX]{1,3}(?:[-. ]?(?:\(0\)[ ]?[\dX]{1,8}|\(?[\dX]{1,8}\)?)){1,5}(?:-[A-Z]{2,})*(?![\w-])/g;
/** Fill-in instructions written in capitals in the prose: "INSERT EMAIL HERE", "À DÉFINIR", "ВСТАВЬТЕ СЮДА". */
const CAPITAL_FILL =
  /\b(?:INSERT|ADD|ENTER|PUT|WRITE)\s+(?:[A-Z]+\s+){1,2}HERE\b|\bINSERIRE\s+QUI\b|ВСТАВЬТЕ\s+СЮДА|À\s+(?:COMPLÉTER|DÉFINIR|REMPLIR)\b|\bA\s+COMPLETAR\b|\bDA\s+(?:COMPILARE|DEFINIRE)\b|\bZU\s+ERGÄNZEN\b/g;
/**
 * Filler a template leaves for the author: `CHANGEME`, `replace-me`, Lorem ipsum, a blank line after a label (`Email: ____`),
 * a phone number of X's (`+1-XXX-XXX-XXXX`) or a fictional 555 one spelled in letters (`+1-555-SECURITY`).
 * Each alternative starts with its first letter and looks behind it from there: starting with a
 * look-behind keeps the engine from skipping ahead to a letter that can start a match, and it tried
 * every alternative at every character (25 MB of spaces: 270 ms; now 10 ms). The look-behind for a
 * label walks back over white space, so it runs only after a `_`.
 */
const FILLER =
  /c(?<![\w-]c)hange[_-]?me(?![\w-])|r(?<![\w-]r)eplace[_-]?me(?![\w-])|l(?<!\wl)orem\s+ipsum\b|_(?<=[:：][ \t]*_)_{2,}(?![\w])|x(?<![\w-]x)xxx(?:[ :]XXXX)+(?![\w-])|\+(?<![\w+]\+)\d{1,3}[-. ]\(?X{3}\)?[-. ]X{3}[-. ]X{4}(?![\w-])|\+(?<![\w+]\+)1[-. ]?\(?555\)?[-. ]?[A-Z]{3,}(?:-[A-Z]+)*(?![\w-])/gi;
/** FILLER's words: `changeme`, `replace-me`, Lorem ipsum. */
const FILLER_WORD = /^(?:change[_-]?me|replace[_-]?me|lorem\s+ipsum\b.*)$/i;
/** The label of a contact: "Email", "PGP key", "Discord", "Telegram". */
const CONTACT_LABEL =
  '(?:e-?mail|contact|address|url|website|web|key|phone|discord|slack|matrix|telegram|signal|whatsapp|wechat|twitter|x|mastodon|irc|keybase)';
/** A contact's label right before a value: "Email:", "Contact:", "PGP key:". */
const CONTACT_LABEL_BEFORE = new RegExp(`\\b${CONTACT_LABEL}\\s*[:：]\\s*[*_]*\\s*$`, 'i');
/** A contact line's label alone before its value: "- **Discord**: ", "Telegram: ". */
const CONTACT_LINE_START = `^[ \\t]*(?:[-*+][ \\t]+)?[*_]*${CONTACT_LABEL}[*_]*[ \\t]*[:：][*_]*[ \\t]*`;
const CONTACT_LINE_LABEL = new RegExp(`${CONTACT_LINE_START}$`, 'i');
/** `PROJECT_NAME`, `{email}`: a name in capitals joined by underscores, or one word in braces, that only names a field. */
const FIELD_TOKEN = /(?<![\w$%{])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w%}])|(?<![\w${])\{([A-Za-z]+)\}(?!\})/g;
/** The fields a template names the author by; `SIGNING_KEY`, `MIN_VERSION` are settings a policy may talk about. */
const IDENTITY_FIELD =
  /\b(?:NAME|E ?MAIL|PROJECT|COMPANY|ORG|ORGANI[SZ]ATION|DOMAIN|HANDLE|USERNAME|WEBSITE|CONTACT|PRODUCT)\b/i;
/**
 * `@your-github-handle`, `@yourname`: a mention of "your" account, its rest naming the field (not a
 * real account whose name starts so: `@MyHushTeam`).
 */
const YOUR_MENTION =
  /(?<![\w@/.])@(?:your|my)[-_]?(?:[a-z]+[-_])*(?:handle|name|user(?:name)?|account|org(?:ani[sz]ation)?|team|company|project|github|login|id)(?![\w-])/gi;
/** `(PROJECT NAME)`, `(YOUR EMAIL)`: field names in capitals, in parentheses that are not a link's target. */
const PAREN_FIELD = /(?<!\])\(([^()\n]{2,60})\)/g;
/**
 * A sentence that tells the author what to write: "Replace this text with your policy.", "Describe
 * your disclosure process here.", "Maintainers should add the preferred email here." Likely a template's,
 * not certain: reported one level lower. Only where a sentence starts (`startsSentence`): a look-behind
 * for that would be tried at every character.
 */
const AUTHOR_INSTRUCTION =
  /\b(?:please\s+)?(?:(?:replace|fill\s+in|complete|edit|customi[sz]e|update|remove|delete)\s+(?:this|the)\s+(?:\w+\s+)?(?:text|section|template|placeholder|paragraph)\b|(?:describe|add|insert|list|enter|put|provide|write|state|specify|explain|outline|mention|include)\s+(?:here\s+)?(?:your|the\s+project'?s)\s+(?:[\w-]+\s+){0,2}?(?:policy|process|procedure|versions?|contacts?|e-?mail|address|project|team|company|organi[sz]ation|key|timeline|scope|details|information|info|rules|guidelines|steps)\s+(?:here|below)\b|(?:the\s+)?(?:maintainers?|owners?|authors?)\s+(?:should|must|need\s+to|will)\s+(?:add|insert|put|fill\s+in|write|list)\s+(?:[\w-]+\s+){0,3}?(?:e-?mail|address|contact|key|details)\s+here\b)[^.!?\n]*[.!?]?/gi;
/** `[yourdomain]`, `[YourName]`: "your" glued to the field it stands for. */
const GLUED_YOUR =
  /^\s*(?:your|my)[-_]?(?:domain|name|e-?mail|company|org|organi[sz]ation|project|repo(?:sitory)?|site|website|url|link|address|team|product|handle|username|key|contact|phone)\s*$/i;
/** Words that may stand beside field names in a bracket that describes a value: `[security team email]`. */
const FIELD_COMPANIONS = new Set(
  (
    'THE A AN OF TO FOR YOUR HERE AND OR SECURITY PUBLIC PRIVATE PGP GPG MAINTAINER MAINTAINERS SUPPORT REPORTING RESPONSE OFFICIAL CURRENT ACTUAL REAL DE DA DO DU LA LE DEL DI DER DIE ' +
    // "your" and "here" in the other languages: `[Email-Kamu-Di-Sini]`, `[TU CORREO AQUÍ]`
    'KAMU ANDA SINI DISINI SEU SUA TU SU VOTRE TON TA IHRE DEINE DEIN UW JOUW TUO TUA IL VOSTRO VOSTRA AQUI AQUÍ ICI HIER QUI ' +
    // which of several contacts: `[Backup emergency contact]`, `[Primary contact]`
    'EMERGENCY BACKUP PRIMARY SECONDARY LEAD ' +
    // a value still to come: `[security contact TBD]`, `[security contact email - ToBeAdded]`
    'TBD TBA TBC TODO PENDING TOBEADDED TOBEDEFINED ' +
    // "security" and "your" in ru, uk and fa: `[контакт безопасности]`, `[ایمیل شما]`
    'БЕЗОПАСНОСТИ БЕЗПЕКИ ВАШ ВАША ВАШЕ ВАШІ شما ' +
    // Korean "security" and "your": `[보안 이메일]`
    '보안 귀하의'
  ).split(' '),
);
/** A version cell whose every part is a letter: `x.x.x`, `X.Y.Z`, `< x.x` (also with stray marks, `X%^.X%^`). */
// (also `v?????` and `a.b.c`)
const LETTER_VERSION =
  /^[<>=~^ ]*(?:[xyzn][^\p{L}\p{N}\s.|]{0,3}(?:\.[xyzn][^\p{L}\p{N}\s.|]{0,3}){1,3}|v?\?{2,}|a\.b\.c)$/iu;
/** Sample values from documentation standing for a key's fingerprint or id. */
const SAMPLE_FINGERPRINT =
  /(?<![\w])(?:0x)?(?:ABCD(?:EF)?[ ]?1234(?:[ ]?5678)?|1234[ ]?(?:5678[ ]?)?ABCD(?:EF)?|DEADBEEF|CAFEBABE|0123[ ]?4567[ ]?89AB[ ]?CDEF)(?![\w])/gi;
/** A key's fingerprint or id written as groups of hex digits: `1A2B 3C4D …`, `0x1A2B3C4D5E6F7A8B`. */
const HEX_GROUPS = /(?<![\w])(?:0x)?[0-9A-F]{4}(?:[ ]?[0-9A-F]{4}){3,9}(?![\w])/gi;
/** A digest or certificate fingerprint: hex bytes joined by colons (`AB:CD:…`), or 32 to 64 hex digits in one run. */
const HEX_DIGEST = /(?<![\w:])(?:[0-9A-F]{2}(?::[0-9A-F]{2}){15,31}|[0-9A-F]{32,64})(?![\w:])/gi;
/** The share of a key's digits counting up (`1234`, `A1B2`) from which it was typed, not generated. */
const COUNTING_SHARE = 0.6;
/** A chat handle with a sample number for its tag: `@security-team#1234` (Discord's old four-digit tags). */
const SAMPLE_HANDLE = /(?<![\w@/])@[A-Za-z0-9_.-]+#(?:1234|0000)(?!\d)/g;
/**
 * "**BEFORE PUBLISHING:** …", "Note to self: …" opening a line: a note the author left for themselves
 * ("rotate it before publishing:" within a sentence is the policy's own advice). Each alternative
 * starts with its letter and looks behind from there, so the look-behind runs only at a `b` or an `n`.
 */
const AUTHOR_TODO =
  /(?:b(?<=^[ \t>*_-]*b)efore\s+(?:publishing|merging|releasing|going\s+live)|n(?<=^[ \t>*_-]*n)ote\s+to\s+self)[*_]*[ \t]*:/gim;
/** `MY-PROJECT`, `YOUR-COMPANY`: a field in capitals that "your" or "my" joins with a hyphen. */
const YOUR_HYPHEN_FIELD = /(?<![\w$-])(?:YOUR|MY)-[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\w-])/g;
/** `0xYOURKEYHERE`, `insert-key-here`: a value that says where to put the real one, glued into one word. */
const GLUED_HERE = /(?<![A-Za-z0-9_-])(?:0x)?(?:your|insert|put|add|enter|paste)[a-z_-]*here(?![A-Za-z0-9])/gi;
/** `https://github.com/yourusername/widget`: a repository address whose owner is still the template's. */
const YOUR_ACCOUNT_URL =
  /\bhttps?:\/\/(?:www\.)?(?:github|gitlab|codeberg)\.(?:com|org)\/your[-_]?(?:user(?:name)?|org(?:ani[sz]ation)?|account|name|handle|team|company)(?![\w-])[^\s()<>]{0,200}/gi;
/** `https://github.com/.../security.md`: a URL with dots standing for a part of its path. */
const ELIDED_URL = /\bhttps?:\/\/[^\s()<>]{0,200}?\/(?:\.{3}|…)\/[^\s()<>]{0,200}/gi;
/** `SHOW HOW TO CODE EXAMPLES HERE`: an instruction to the author in capitals, the whole of a code span. */
const CAPITAL_INSTRUCTION =
  /^(?:SHOW|ADD|INSERT|DESCRIBE|PUT|WRITE|LIST|EXPLAIN|ENTER|FILL\s+IN|PASTE|REPLACE)(?:\s+[A-Z][A-Z'’,-]*){2,}$/;
/** A key named beside a keyserver's home page by its fingerprint in hex (or by a real address to search for). */
const FINGERPRINT_NAMED = /\b(?:0x)?[0-9A-F]{4}(?:\s{0,2}[0-9A-F]{4}){3,9}\b/i;
/** Keyservers: a link to one names a key only with a path or query beyond the home page. */
const KEYSERVER =
  /^(?:keys\.openpgp\.org|keyserver\.ubuntu\.com|pgp\.mit\.edu|keybase\.io|keys\.gnupg\.net|pgp\.key-server\.io)$/i;

export const rule: Rule = {
  id: 'SEC023',
  name: 'placeholder-text',
  description: 'Unfilled template text: [insert …], <project>, OWNER/REPO, TODO, an empty link, placeholder key text.',
  defaultSeverity: 'error',
  kind: 'text',
  input: 'text',
  check(doc, ctx) {
    const blocks: Hit[] = [];
    for (const block of armorOf(doc).blocks) {
      const verdict = inspectArmor(block);
      if (verdict.status !== 'placeholder') continue;
      blocks.push({
        start: verdict.start,
        end: verdict.end,
        message: `The armored "PGP ${block.begin.label}" holds placeholder text instead of key data; paste the exported key (\`gpg --armor --export\`) or link to it.`,
      });
    }
    const { prose, text } = doc;
    const closed = closedElements(text);
    const inForm = inReportersForm(doc);
    const hits = withoutOverlaps(
      [
        ...withoutInvitations(doc, brackets(prose)).filter(
          // (in a reporter's form, "OS: [e.g. Windows 10]" shows the reporter what to write)
          (hit) =>
            !isFrontMatterList(doc, hit) &&
            !(EXAMPLE_BRACKET.test(prose.slice(hit.start, hit.end)) && inForm(hit.start)),
        ),
        // (in a report's template, what the reporter writes: "_Describe the impact here_")
        ...notes(doc).filter((hit) => !inForm(hit.start)),
        ...angles(prose, closed),
        // `Other: ____` in a form the reporter fills in is theirs to fill.
        ...tokens(prose).filter(
          (hit) => !(prose[hit.start] === '_' && inForm(hit.start)) && !setInCode(doc, prose.slice(hit.start, hit.end)),
        ),
        ...links(doc),
        ...codeValues(doc, closed),
        ...tableCells(doc),
        ...blankFields(doc),
        ...instructedFields(prose),
        ...emptyContactValues(prose),
        ...letterVersionItems(prose),
        ...letterIdentifiers(prose),
        ...pendingValues(prose, text),
      ].filter(
        (hit) =>
          !refersToDefinition(doc, hit) &&
          !namesSiteData(doc, hit) &&
          !subjectTags(doc).has(text.slice(hit.start, hit.end)),
      ),
      blocks,
    );
    for (const block of blocks) hits.push(block);
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let covered = -1;
    for (const hit of hits) {
      if (hit.start < covered) continue;
      covered = hit.end;
      ctx.report(hit);
    }
  },
};

/**
 * What an AsciiDoc document defines for its own references: anchors (`[[pgp]]`, `[#pgp]`,
 * `anchor:pgp[]`) that `<<pgp>>` points to, attributes (`:email: security@acme.dev`) that `{email}`
 * shows. Such a reference is the document's markup, not template text.
 */
const definedReferences = perDocument((doc: PolicyDocument): ReadonlySet<string> => {
  const names = new Set<string>();
  if (!doc.text.includes('<<') && !doc.text.includes('{')) return names;
  for (const m of doc.text.matchAll(DEFINITION)) names.add((m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase());
  return names;
});
const DEFINITION = /\[\[([\w-]+)(?:,[^\]\n]*)?\]\]|\[#([\w-]+)[\].,]|\banchor:([\w-]+)\[|^:([\w-]+):[ \t]/gm;
/** A cross reference or an attribute reference, alone: `<<pgp>>`, `<<pgp,the key>>`, `{email}`. */
const REFERENCE = /^(?:<<([\w-]+)(?:,[^>\n]*)?>>|\{([\w-]+)\})$/;

function refersToDefinition(doc: PolicyDocument, hit: Hit): boolean {
  const name = REFERENCE.exec(doc.text.slice(hit.start, hit.end));
  return name !== null && definedReferences(doc).has((name[1] ?? name[2])!.toLowerCase());
}

/**
 * What a documentation site fills in from itself when it builds the page: its address and data files
 * (`{{ site.baseurl }}`, `{{ .Site.BaseURL }}`, `{{ site.data.releases }}`), the page's own fields
 * (`{{ page.title }}`, `{{ .Params.repo }}`), and a variable the page assigns (`{% assign latest =
 * site.data.releases | first %}` … `{{ latest.series }}`). A value the site's configuration is left to
 * hold, `{{ site.company_name }}` in a template for companies, is the template's blank.
 */
function namesSiteData(doc: PolicyDocument, hit: Hit): boolean {
  const path = /^\{\{-?\s*(\.?[\w-]+(?:\.[\w-]+)*)\s*[|}-]/.exec(doc.text.slice(hit.start, hit.end))?.[1];
  if (path === undefined) return false;
  return SITE_DATA.test(path) || assignedVariables(doc).has(path.replace(/^\./, '').split('.')[0]!.toLowerCase());
}
const SITE_DATA =
  /^\.?(?:site\.(?:baseurl|url|data|github|time|pages|posts|collections|static_files)\b|(?:page|params|include|layout|jekyll|paginator)\.)/i;
const assignedVariables = perDocument((doc: PolicyDocument): ReadonlySet<string> => {
  const names = new Set<string>();
  if (!doc.text.includes('{%')) return names;
  for (const m of doc.text.matchAll(LIQUID_ASSIGNMENT)) names.add(m[1]!.toLowerCase());
  return names;
});
/** Liquid's assignments and loop variables: `{% assign x = … %}`, `{% capture x %}`, `{%- for x in … %}`. */
const LIQUID_ASSIGNMENT = /\{%-?\s*(?:assign|capture|for)\s+([\w-]+)/g;

/**
 * A list in the front matter a documentation site reads (`tags: [security, community]` between the
 * opening `---` lines): YAML's brackets, not a field left unfilled.
 */
function isFrontMatterList(doc: PolicyDocument, hit: Hit): boolean {
  if (hit.end > frontMatterEnd(doc)) return false;
  const lineStart = doc.text.lastIndexOf('\n', hit.start - 1) + 1;
  return /^[ \t]*[\w-]+[ \t]*:[ \t]*$/.test(doc.text.slice(lineStart, hit.start));
}
/** Where the front matter ends: a `---` line to a `---` line at the very start, every line between a `key: value`, a list item, indented or blank. */
const frontMatterEnd = perDocument((doc: PolicyDocument): number => {
  const m =
    /^---[ \t]*\r?\n(?:(?:[ \t]*|[\w-]+[ \t]*:.*|[ \t]+\S.*|-[ \t].*|#.*)\r?\n){1,60}?---[ \t]*(?:\r?\n|$)/.exec(
      doc.text,
    );
  return m ? m[0].length : 0;
});

/** The hits that overlap none of the blocks, in one sweep over both sorted by start (blocks do not overlap). */
function withoutOverlaps(hits: Hit[], blocks: readonly Hit[]): Hit[] {
  if (blocks.length === 0) return hits;
  const sortedBlocks = [...blocks].sort((a, b) => a.start - b.start);
  hits.sort((a, b) => a.start - b.start);
  let next = 0;
  return hits.filter((h) => {
    while (next < sortedBlocks.length && sortedBlocks[next]!.end <= h.start) next++;
    const block = sortedBlocks[next];
    return !block || h.end <= block.start;
  });
}

const tellsAuthor = (text: string) =>
  `"${quote(text)}" tells the author what to write; replace it with the policy's own text.`;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
}

/** The target of an AsciiDoc link macro, right before its bracket: a URL, `mailto:` or `link:` (the word before the bracket). */
const ASCIIDOC_LINK_TARGET = /(?:^|[^\w])(?:(?:https?|ftp|irc):\/\/|mailto:|link:)[^\s[\]]/i;

/** An AsciiDoc inline macro right before its bracket: `icon:check`, `image:logo.png`, `kbd:`, `footnote:`. */
const ASCIIDOC_MACRO =
  /(?:^|[^\w])(?:icon|image|kbd|btn|menu|footnote|footnoteref|pass|stem|latexmath|asciimath|xref|anchor|indexterm|indexterm2|include|video|audio):[^\s[\]]*$/;

/** The run of characters right before `at` up to white space or a square bracket (at most 300). */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 300 && !/[\s[\]]/.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

/** What a bracket holds when it stands for a number: `[X]`, `[N]`, `[number]`. */
const NUMBER_STANDIN = /^(?:X{1,3}|N|[Nn]umber|NUMBER)$/;

/** `inCode`: the text of a code span, where `[a][b]` is literal (a subject line), not a link. */
function brackets(prose: string, inCode = false): Hit[] {
  // `[your report]` with a `[your report]: https://…` definition elsewhere is a shortcut reference link.
  const definitions = new Set(matchesIn(prose, /^[ \t>]*\[([^\]\n]+)\]:/gm).map((m) => linkLabel(m[1]!)));
  const hits = everyMatch(
    prose,
    CLOUDFLARE,
    (match) =>
      `"${match}" is what a web page shows for an address hidden by Cloudflare's email protection; write the real address.`,
  );
  for (const m of matchesIn(prose, BRACKET)) {
    const inner = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    const next = prose[end];
    // `[X]` for a number ("within [X] days"), except as a task list's checkbox.
    if (
      NUMBER_STANDIN.test(inner) &&
      !/(?:^|\n)[ \t>]*(?:[-*+]|\d+[.)])[ \t]+$/.test(prose.slice(Math.max(0, start - 20), start)) &&
      next !== '('
    ) {
      hits.push({ start, end, message: `"${m[0]}" stands for a number still to be filled in; write the real value.` });
      continue;
    }
    if (
      /^\s*[!^ xX]?\s*$/.test(inner) ||
      // An editor's note on what was left out: "[link omitted]", „[link pominięty]”, "[redacted]", "[name withheld]".
      // (also as a redaction's token, "[EMAIL_REDACTED]", its words joined by underscores)
      EDITORIAL_NOTE.test(inner.replace(/_/g, ' ')) ||
      // "[…]" in a quotation: the quoter's elision.
      (/^\s*(?:\.{3}|…)\s*$/.test(inner) && inQuotation(prose, start, end)) ||
      inner.startsWith('!') ||
      inner.startsWith('^') ||
      /^email(?:&#160;|\u00a0| )protected$/i.test(inner) ||
      // `icon:check[role="green"]`, `image:logo.png[Logo]`: an AsciiDoc macro's attributes.
      ASCIIDOC_MACRO.test(wordBefore(prose, start))
    )
      continue;
    // The text of a link with a real target is the author's own words ("[Add the reporter](https://docs…)").
    if (next === '(' && !/^\(\s*(?:#?\s*)?\)/.test(prose.slice(end, end + 4))) continue;
    // `[maintained-branches.md][]`, `[text][label]` with the label defined nowhere: shown as written, a link never made.
    // (Not org-mode's `[[url][text]]`, nor a CJK bracket, which Markdown links are not made of: "【邮件标题】[安全漏洞]".)
    const label =
      next === '[' && prose[start] === '[' && prose[start - 1] !== '[' && !inCode
        ? /^\[([^[\]\n]*)\]/.exec(prose.slice(end, end + 102))
        : null;
    if (label && inner.trim().length >= 2 && !definitions.has(linkLabel(label[1]!.trim() || inner))) {
      const source = prose.slice(start, end + label[0].length);
      hits.push({
        start,
        end: end + label[0].length,
        message: `The link "${quote(source)}" has no target: "${label[1]!.trim() || inner}" is defined nowhere; add its URL.`,
      });
      continue;
    }
    const isLinkText =
      next === '(' ||
      next === '[' ||
      // org-mode's `[[https://…][link text]]`
      (next === ']' && prose[start - 1] === ']') ||
      // A definition's label starts its line (only the line is read: the text before it would make this quadratic).
      (next === ':' && /^[ \t]*$/.test(prose.slice(prose.lastIndexOf('\n', start - 1) + 1, start))) ||
      definitions.has(linkLabel(inner));
    // "[Link to PGP key if available]": the condition says nothing of what the field is.
    const fields = inner
      .replace(/[_-]/g, ' ')
      .replace(/\s*\(?\b(?:if\s+(?:available|applicable|any)|optional)\)?\s*$/i, '');
    const filler =
      placeholderAddress(inner) ||
      FILL_VERB.test(inner) ||
      // ("[This section will be updated as we receive reports]" is the author's note on the section, not a field)
      (BRACKET_PROMISE.test(inner) &&
        !/^\s*(?:this|the)\s+(?:section|page|list|document|file|policy)\b/i.test(inner)) ||
      (!isLinkText && (YOUR_WORD.test(inner) || GLUED_YOUR.test(inner) || /^(?:X{4,}|x{3,})$/.test(inner)));
    // Only names a field ("[version]", "[EMAIL]"): in a sentence about the reporter's report, a slot of it.
    // A field named in two languages: "[セキュリティ担当者メール / Security contact email]".
    // ("[jane@acme.dev]": a real address, bracketed, is the value itself; so is the text of an AsciiDoc
    // link macro, `mailto:team@acme.dev[security team]`, `https://acme.dev/psirt[form]`, its target given)
    const namesField =
      !isLinkText &&
      !EMAIL_ALONE.test(inner.trim()) &&
      !ASCIIDOC_LINK_TARGET.test(wordBefore(prose, start)) &&
      fields
        .split(/\s+\/\s+|\s*｜\s*/)
        .some(
          (half) => describesField(half) || namesWhoseField(half) || (CAPITALS.test(half) && FIELD_WORD.test(half)),
        );
    // "- **Discord**: [Security Channel]": a bracket, no link, all a contact line's value holds (words,
    // not an address or a handle put in brackets: "Email: [jane@acme.dev]", "[jane at acme dot dev]").
    const contactValue =
      !isLinkText &&
      !/[@:/]|\w\.\w|\bat\b.*\bdot\b/i.test(inner) &&
      CONTACT_LINE_LABEL.test(lineBefore(prose, start, 80)) &&
      /^[ \t]*(?:\r?\n|$)/.test(prose.slice(end, end + 4));
    if (!filler && !namesField && !contactValue) continue;
    // "Subject: [PROJECT] <summary>": a slot of the report the policy asks for, the reporter's to fill.
    if (inReportField(prose, start, end)) continue;
    if (!filler && isReportContent(sentenceAround(prose, start, end))) continue;
    // "Please include in your report:" over "- Name: [your name]": the reporter's outline, a field's slot to fill.
    if (OUTLINE_FIELD_BEFORE.test(lineBefore(prose, start, 80)) && isReportOutline(listLeadIn(prose, start))) continue;
    // A link whose text is the placeholder: report the text, the target is judged on its own.
    hits.push({ start, end, message: `"${quote(m[0])}" is unfilled template text; replace it with the real value.` });
  }
  return hits;
}

/**
 * The hits that are not "[Your name could be here!]" in a hall of fame: that asks reporters to earn a
 * place in it, the author's own words, not a field left to fill in.
 */
function withoutInvitations(doc: PolicyDocument, hits: Hit[]): Hit[] {
  const inHallOfFame = inSections(doc, 'acknowledgments');
  return hits.filter((hit) => {
    const inner = doc.prose.slice(hit.start + 1, hit.end - 1);
    return !(YOUR_WORD.test(inner) && !placeholderAddress(inner) && inHallOfFame(hit.start));
  });
}

/** Whether an offset lies in a section of the kind: the sections looked up once, each offset by binary search. */
function inSections(doc: PolicyDocument, id: SectionId): (offset: number) => boolean {
  const reach = reachBefore(sectionsOf(doc, id).map((h) => ({ start: h.start, end: h.contentEnd })));
  return (offset) => reach(offset) > offset;
}

/** A reference link's label as Markdown matches it: case and runs of white space do not count. */
const linkLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The words of a bracket in capitals; an apostrophe inside a word (`ІМ'Я`) does not split it. */
function fieldWordsOf(fields: string): string[] {
  return (
    fields
      .toUpperCase()
      .replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '')
      // "adresse e-mail", "E MAIL": one word
      .replace(/(?<![\p{L}\p{N}])E[- ]?MAIL(?![\p{L}\p{N}])/gu, 'EMAIL')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '')
  );
}

/**
 * `[email address]`, `[security team email]`, `[link to key]`: a bracket that only names the kind of
 * value meant to stand there (field names in any language the rules read, and words that go with them).
 */
// (remembered by the bracket's text: a template repeats its brackets, a hostile text thousands of times)
const describesField = perText((fields: string): boolean => {
  const words = fieldWordsOf(fields);
  if (words.length > 5) return false;
  return words.some(isFieldWord) && words.every((w) => isFieldWord(w) || FIELD_COMPANIONS.has(w));
});
const isFieldWord = (word: string) => FIELD_WORD.exec(word)?.[0] === word;

/** `[Name of the researcher]`, `[Ім'я дослідника]`: a field name first, then a few words saying whose. */
const namesWhoseField = perText((fields: string): boolean => {
  const words = fieldWordsOf(fields);
  return (
    words.length >= 2 && words.length <= 4 && !/\p{N}/u.test(fields) && FIELD_WORD.exec(words[0]!)?.[0] === words[0]
  );
});

/** `[security@example.com]`, `[https://your-site/key.asc]`: a stand-in address or URL in brackets. */
function placeholderAddress(inner: string): boolean {
  const email = inner.match(EMAIL);
  if (email?.some(isPlaceholderEmail)) return true;
  const host = /^https?:\/\/([^/\s]+)/i.exec(inner.trim())?.[1];
  return host !== undefined && (isPlaceholderDomain(host) || host.split('.').includes('your'));
}

/**
 * "(If applicable, include your PGP key …)", "(add the form for your project)": a note to the author in
 * parentheses, the author addressed as the owner of the project.
 */
const AUTHOR_NOTE = new RegExp(
  `\\(\\s*(?:if\\s+applicable,?\\s*)?(?:${['include', 'add', 'insert', 'provide', 'enter', 'replace', 'paste', 'fill\\s+in'].join('|')})\\s+(?:your|the\\s+\\w+\\s+of\\s+your|(?:[\\w-]+\\s+){1,4}?(?:for|of|to)\\s+your\\s+(?:project|repository|repo|organi[sz]ation|team|company|product)\\b)[^()\\n]{0,100}\\)`,
  'gi',
);

/** A code span that is only a template variable: `{{ name }}`, `${NAME}`, `<%= name %>`. */
const TEMPLATE_VARIABLE_ALONE = /^(?:\{\{[^{}]*\}\}|\$\{[^{}]*\}|<%=?[^%]*%>)$/;

/**
 * "variables" in the languages whose policies talk about a template's syntax or a setting, compounds
 * too ("Umgebungsvariable", "omgevingsvariabele", "variabila de mediu").
 */
// (or the template syntax they are written in: "invoice templates use the `{{ customer.name }}` syntax")
const VARIABLE_WORD =
  /variab(?:les?|ele[ns]?|il[aei]|len)\b|\bvari[áa]ve(?:l|is)\b|\bsynta(?:x|xe|xis)\b|\b(?:Jinja|Liquid|Mustache|Handlebars|Go|Helm|Twig|template)\s+(?:expressions?|tags?|placeholders?)\b|\bsintas(?:si)\b|\bsintax[ei]s?\b|переменн|синтаксис|変数|構文|变量|變數|语法|語法|변수|구문/i;

/**
 * The tags the policy asks reporters to put in a subject or title ("Start the subject with `[SÉCURITÉ]`"):
 * the same tag elsewhere, in the example subject it shows (`> [SÉCURITÉ] module : …`), is the tag again.
 */
const subjectTags = perDocument((doc: PolicyDocument): ReadonlySet<string> => {
  const tags = new Set<string>();
  if (!doc.text.includes('[')) return tags;
  for (const m of matchesIn(doc.text, BRACKET_TAG)) {
    const start = m.index + m[0].indexOf('[');
    const end = start + m[1]!.length;
    if (inReportField(doc.text, start, end)) tags.add(m[1]!);
  }
  return tags;
});
const BRACKET_TAG = /`?(\[[^\[\]\n]{1,40}\])`?/g;

/** Whether `start`–`end` stands in a report's subject or title line, named before it or a few words after. */
const inReportField = (text: string, start: number, end: number) =>
  REPORT_FIELD_LINE.test(lineBefore(text, start, 120)) || REPORT_FIELD_AFTER.test(text.slice(end, end + 60));

/**
 * The names the policy's code sets (`SECURITY_CONTACT=security@acme.dev`, `security_contact: …` in YAML,
 * `export NAME=…`, `$ NAME=… cmd` at a prompt): a `$SECURITY_CONTACT` elsewhere names that setting, it is not a value left unfilled.
 */
const namesSetInCode = perDocument((doc: PolicyDocument): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const { start, end } of doc.codeBlocks)
    for (const m of matchesIn(doc.text.slice(start, end), ASSIGNMENT)) names.add(m[1]!.toUpperCase());
  return names;
});
const ASSIGNMENT =
  /^[ \t]*(?:-[ \t]+|\$[ \t]+)?(?:export[ \t]+|set[ \t]+|env[ \t]+)?["']?([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)["']?[ \t]*[:=]/gm;
/** Whether a `$NAME`, `${NAME}` or `NAME` is a setting the policy's code sets. */
function setInCode(doc: PolicyDocument, token: string): boolean {
  const name = /^\$?\{?([A-Za-z][\w]*)\}?$/.exec(token)?.[1];
  return name !== undefined && namesSetInCode(doc).has(name.toUpperCase());
}

/** Whether a fenced or indented code block of the policy holds a `{{ … }}` variable: the project's own syntax. */
const showsTemplateSyntax = perDocument((doc: PolicyDocument): boolean =>
  doc.codeBlocks.some(({ start, end }) => /(?<!\$)\{\{[^{}\n]*\}\}/.test(doc.text.slice(start, end))),
);

/** Nothing before a value on its line but a list marker or emphasis: the value is the line's label. */
const LINE_LABEL_BEFORE = /^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\*\*|__)?$/;
/** A colon or a dash after a label, then words: what the label means. */
const EXPLAINED_AFTER = /^(?:\*\*|__)?[ \t]*(?:[:：]|[ \t][-–—][ \t])[ \t]*(?:\*\*|__)?\p{L}/u;

/**
 * Inline code that holds nothing but a placeholder: "Email: `[your-email]`", "`<your email>`",
 * "`{{ security_email }}`". Code that only contains one (`npm install <package>`) is an example, not a
 * value to fill in.
 */
function codeValues(doc: PolicyDocument, closed: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = [];
  for (const { start, end } of inlineCodeSpans(doc)) {
    const raw = doc.text.slice(start, end);
    const value = raw.replace(/^`+/, '').replace(/`+$/, '').trim();
    if (value === '') continue;
    // "The `{PROJECT_NAME}` variable": a name the text talks about.
    if (
      NAMED_AS_VARIABLE.test(doc.text.slice(end, end + 40)) ||
      NAMED_AS_VARIABLE_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start))
    )
      continue;
    // "- `YOUR_ACCOUNT_ID`: the real account ID (12 digits)": the label of its line, explained after it: the
    // text lists the values to set (in a configuration file), it leaves none unfilled.
    if (LINE_LABEL_BEFORE.test(lineBefore(doc.text, start, 40)) && EXPLAINED_AFTER.test(doc.text.slice(end, end + 40)))
      continue;
    // "Start the subject line with `[SECURITY]`", "`[BEVEILIGING]` in de onderwerpregel": the report's
    // format, the reporter's to write, as in prose (brackets()).
    if (inReportField(doc.text, start, end)) continue;
    // `[N]` in code is a token the text shows (a citation's marker, an index), unless a unit of time
    // follows it as in prose: "within `[N]` days".
    const bracketed = /^\[(.*)\]$/.exec(value);
    if (bracketed && NUMBER_STANDIN.test(bracketed[1]!) && !TIME_UNIT_AHEAD.test(doc.text.slice(end, end + 40)))
      continue;
    const offset = start + raw.indexOf(value);
    // `<gitsha>` in code is how commands name their arguments; `<your email>`, `<project name>` are
    // values to fill in (the angles that name a field are the certain ones).
    const angled = angles(value, closed).filter((hit) => !hit.uncertain);
    if (CAPITAL_INSTRUCTION.test(value)) {
      hits.push({
        start: offset,
        end: offset + value.length,
        message: tellsAuthor(value),
      });
      continue;
    }
    // `{{REFERENCE_PATH}}` in code is a variable the text talks about; `{{ security_email }}` one to fill in,
    // as is one naming an address or a name in any language's words (`{{ EMAIL_BAO_MAT }}`).
    const words = value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // A policy that shows the syntax in its own code (a template engine's, a project template's), or a
    // sentence that calls them variables ("Jinja variables such as `{{ a }}` and `{{ b }}`"), talks about them.
    // A setting the policy's code sets; a command's substitution in code is the command (`$(id)`, an injection shown).
    if (setInCode(doc, value) || value.startsWith('$(')) continue;
    // "injection tokens: `<|system|>`, `[INST]`, `<<SYS>>`": what an attack sends, shown (showsCodeNotLeft).
    if (namesNoField(words) && ATTACK_WORD.test(sentenceAround(doc.prose, start, end))) continue;
    const talkedAbout =
      TEMPLATE_VARIABLE_ALONE.test(value) &&
      (namesNoField(words) || showsTemplateSyntax(doc) || VARIABLE_WORD.test(sentenceAround(doc.prose, start, end)));
    if (talkedAbout) continue;
    // `changeme` in code is a value the text talks about ("the default password is `changeme`", a list
    // of rejected secrets), unless it stands as a contact's value ("Email: `changeme`").
    const fillerTalkedAbout = !CONTACT_LABEL_BEFORE.test(lineBefore(doc.text, start, 60));
    for (const hit of [...brackets(value, true), ...angled, ...tokens(value, false)]) {
      if (fillerTalkedAbout && FILLER_WORD.test(value)) continue;
      // "replace each `<…>` or `[…]`": the notation named, in code.
      if (tokensShownInCode(doc).has(value) || /^\[\s*(?:…|\.{3})\s*\]$/.test(value)) continue;
      if (hit.start === 0 && hit.end === value.length) hits.push({ ...hit, start: offset, end: offset + value.length });
    }
  }
  return hits;
}

/**
 * The `<key>` and `{app_id}` tokens that stand in code with more around them: arguments of a command
 * (`tool get <key>`), parts of a path the policy shows (`/apps/{app_id}/releases`), a name in capitals
 * inside a value (`…:REPLACE_AT_DEPLOY@db…`). The text that then names one alone in code explains it.
 * Code spans, and each line of a code block.
 */
const tokensShownInCode = perDocument((doc: PolicyDocument): ReadonlySet<string> => {
  const shown = new Set<string>();
  const add = (code: string) => {
    for (const m of code.matchAll(CODE_TOKEN)) if (code.trim() !== m[0]) shown.add(m[0]);
  };
  for (const { start, end } of inlineCodeSpans(doc)) add(doc.text.slice(start, end).replace(/^`+|`+$/g, ''));
  for (const { start, end } of doc.codeBlocks) for (const line of doc.text.slice(start, end).split('\n')) add(line);
  return shown;
});
const CODE_TOKEN = /<[^<>\s][^<>\n]{0,60}>|\{[^{}\s][^{}\n]{0,60}\}|(?<![\w$])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?!\w)/g;

function notes(doc: PolicyDocument): Hit[] {
  const note = (match: string) =>
    `"${quote(match)}" is a note to the author from a template; replace it with the real value or remove it.`;
  return [
    ...everyMatch(doc.prose, AUTHOR_NOTE, note),
    // "(inserisci qui l'email del team se disponibile)", "(insert the team's address here)"
    ...everyMatch(doc.prose, FILL_HERE_NOTE, note),
    ...everyMatch(doc.prose, EMPHASISED_INSTRUCTION, note),
  ];
}
/**
 * A template's instruction in emphasis, where the text is to go: "_explain the bug here and how the
 * attack was performed_", "*Describe the impact here.*" (the whole emphasis, from the verb).
 */
const EMPHASISED_INSTRUCTION =
  /(?<![\w*_])([*_])(?:explain|describe|add|insert|list|put|provide|summari[sz]e|enter|fill\s+in|type|paste)\b[^*_\n]{0,120}?\bhere\b[^*_\n]{0,80}?\1(?![\w*_])/gi;

/** An end tag: its name's first word, the rest of the name, and the `>` if it follows at once. */
const END_TAG = /<\/([A-Za-z][A-Za-z0-9]*)([\w.-]*)(>?)/g;

/**
 * The elements the text closes somewhere, lower-cased: for `</address>`, `address` (the first word of
 * the name) and `address>` (the whole name, closed at once), in one scan before the angle scan asks
 * per `<name>`. Computed on demand inside the scan, the text's lower-cased copy was made again at
 * every `<name>` in about half the processes (TurboFan inlined the lookup into the loop and moved the
 * pure `toLowerCase` out of its branch: 4-15 s on 200 KB of `<address> `).
 */
function closedElements(text: string): ReadonlySet<string> {
  const closed = new Set<string>();
  for (const m of matchesIn(text, END_TAG)) {
    const first = m[1]!.toLowerCase();
    closed.add(first);
    if (m[3]) closed.add(`${first}${m[2]!.toLowerCase()}>`);
  }
  return closed;
}

function angles(prose: string, closed: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchesIn(prose, ANGLE)) {
    // `<npm <command>!--`: the pieces of a broken tag or comment, not a placeholder.
    if (prose[m.index + m[0].length] === '!') continue;
    const name = m[2]!;
    const first = name.split(/[ _.-]/)[0]!.toLowerCase();
    const doubled = m[1] === '<' && m[3] === '>';
    // `name <at> example <dot> org`, `<name at example dot org>`: an address written out against spam.
    if (/^(?:at|dot)$/i.test(name) || OBFUSCATED_ADDRESS.test(name)) continue;
    // "Subject: [SECURITY] <short summary>": a slot of the report the policy asks for.
    if (REPORT_FIELD_LINE.test(lineBefore(prose, m.index, 120))) continue;
    // "pip install acme==<version>, where <version> is the fixed release": a notation the text defines.
    if (/\bwhere\s+$/i.test(prose.slice(Math.max(0, m.index - 8), m.index))) continue;
    // `=sh update.sh <module>=`: Org mode's verbatim, which a Markdown parser leaves as prose; code.
    if (inOrgVerbatim(prose, m.index)) continue;
    if (!doubled) {
      if (HTML_ELEMENTS.has(first) && name.toLowerCase() === first) continue;
      if (HTML_ELEMENTS.has(first) && name.includes(' ')) continue; // `<details open>`, `<td nowrap>`
      if (AMBIGUOUS_ELEMENTS.has(first) && closed.has(first)) continue;
      // `<text>…</text>` (SPDX's multi-line copyright), any name closed by its own end tag: markup.
      if (!/[ .]/.test(name) && closed.has(`${name.toLowerCase()}>`)) continue;
    }
    const start = m.index + (m[1] && !doubled ? 1 : 0);
    const end = m.index + m[0].length - (m[3] && !doubled ? 1 : 0);
    hits.push({
      start,
      end,
      message: `"${quote(prose.slice(start, end))}" is a template placeholder; replace it with the real value.`,
      // `<Enter>`, `<major>.<minor>`, `/users/<id>`, `<Report a vulnerability>`: prose also puts keys,
      // notations and the names of buttons in angle brackets. A template's field names its value.
      // A numbered name (`<EMAIL_1>`) is one of a series a program makes, not a field left to fill in;
      // angles joined into a notation (`<section>.<key>`, `/users/<id>`, `max-size = <kbyte>`) show a format.
      uncertain:
        !doubled &&
        !YOUR_WORD.test(name) &&
        (!FIELD_WORD.test(name.toUpperCase().replace(/[_.-]/g, ' ')) ||
          /[_-]\d+$/.test(name) ||
          /(?:[/.>]|(?<=\S)[:@]|=[ \t]*)$/.test(prose.slice(Math.max(0, m.index - 3), m.index)) ||
          /^[/.][<\w]/.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 2))),
    });
  }
  // A text with many angles that name no field is a tool's output or a notation (`[Notice] <Debug>
  // <Hacker> …`), not a template: a template leaves a few fields, and names them.
  return hits.filter((hit) => !hit.uncertain).length + MANY_NOTATION_ANGLES >= hits.length
    ? hits
    : hits.filter((hit) => !hit.uncertain);
}

/** Org mode's `=verbatim=` and `~code~`: the marker after a space or an opening bracket, its twin before a space or punctuation. */
const ORG_VERBATIM = /(?<![^\s({'"])([=~])[^\s=~](?:[^\n]*?[^\s])?\1(?=[\s.,;:!?)'"]|$)/g;

function inOrgVerbatim(prose: string, offset: number): boolean {
  // Within its line, and near: a verbatim span is short, and a long line read whole for every angle on it was quadratic.
  const from = Math.max(0, offset - ORG_REACH);
  const window = prose.slice(from, offset + ORG_REACH);
  const at = offset - from;
  const lineStart = window.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = window.indexOf('\n', at);
  const line = window.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  if (!line.includes('=') && !line.includes('~')) return false;
  for (const m of matchesIn(line, ORG_VERBATIM))
    if (lineStart + m.index < at && at < lineStart + m.index + m[0].length) return true;
  return false;
}
/** How far around an angle an Org verbatim span that holds it is looked for. */
const ORG_REACH = 200;

/** More angles naming no field than this, and those are notation. */
const MANY_NOTATION_ANGLES = 8;

/** The finding's words for a version written in letters, in a table cell or a list item. */
const letterVersion = (value: string) =>
  `"${quote(value)}" stands for a version still to be filled in; list the real versions.`;
/**
 * `CVE-XXXX-XXXX`, `2024-01-XX`, `YYYY-MM-DD`: an identifier or date with letters for its digits, as a
 * history or hall-of-fame template leaves it. Uncertain: a policy may show the format it expects.
 */
const LETTER_IDENTIFIER =
  /\bCVE-(?:X{4}|Y{4})-(?:X|N){4,}\b|\b(?:\d{4}|YYYY)-(?:\d{2}|XX|MM)-(?:XX|DD)\b|\b(?:DD|TT|GG|JJ)\.? ?[./-] ?(?:MM|AA)\.? ?[./-] ?(?:YYYY|JJJJ|AAAA|RRRR|ГГГГ)\b|\bYYYY年MM月DD日/g;

/**
 * "the format YYYY-MM-DD", "YYYY-MM-DD 形式", "GG.AA.YYYY biçiminde", "which will look like CVE-YYYY-NNNNN":
 * the notation named as one, not a value left out.
 */
const FORMAT_WORD =
  /\b(?:format|formato|formaat|form[áa]t|формат)\w*|\blooks?\s+like\b|\bin\s+the\s+form\b|biçim|định\s+dạng|प्रारूप|形式|格式|형식|書式/i;
/**
 * "Las fechas … se indican como DD/MM/AAAA", "pubblicati con data GG/MM/AAAA": dates said to be written so
 * (not a date's label and its colon, "Date: DD/MM/YYYY", a value left out).
 */
const DATE_WORD =
  /(?<!\p{L})(?:dates?|fechas?|datas?|datum|tarih\p{L}*|ngày|дат[аыуе])(?!\p{L})|日付|日期|날짜|तारीख/iu;
const namesNotation = (prose: string, start: number, end: number) => {
  const before = lineBefore(prose, start, 60);
  return (
    FORMAT_WORD.test(`${before.slice(-30)} ${prose.slice(end, end + 12)}`) ||
    // "a fix will be made available at YYYY-MM-DD HH:MM UTC": a date and a time spelled out in letters
    // describe what an announcement will say (a template leaves a date alone: "Last updated: YYYY-MM-DD")
    /^[T ]HH:MM\b/.test(prose.slice(end, end + 6)) ||
    (DATE_WORD.test(before) && !/[:：][*_\s]*$/.test(before))
  );
};

function letterIdentifiers(prose: string): Hit[] {
  return everyMatch(
    prose,
    LETTER_IDENTIFIER,
    (match) => `"${match}" stands for a value still to be filled in; write the real one.`,
  )
    .filter(({ start, end }) => !namesNotation(prose, start, end))
    .map((hit) => ({ ...hit, uncertain: true }));
}

/**
 * Notes that a value is still to come. One right after an address ("security@example.com (replace with
 * the real address)") is the address's: SEC022 reports it.
 */
function pendingValues(prose: string, text: string): Hit[] {
  return everyMatch(
    prose,
    PENDING_VALUE,
    (match) => `"${match}" stands where a value is still to come; write it in.`,
  ).filter((hit) => !/@(?:[\w-]+(?:\.[\w-]+)+|\.{3}|…)\S*\s*$/.test(lineBefore(text, hit.start, 100)));
}

/** A list item that is only a version written in letters: `- X.Y`, `* - < X.Y` (a reStructuredText list-table's cell). */
const LETTER_VERSION_ITEM = /^[ \t]*(?:[*+-][ \t]+){1,2}([^\s].{0,20}?)[ \t]*$/gm;

function letterVersionItems(prose: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchesIn(prose, LETTER_VERSION_ITEM)) {
    const value = m[1]!;
    if (!LETTER_VERSION.test(value)) continue;
    const start = m.index + m[0].indexOf(value);
    hits.push({
      start,
      end: start + value.length,
      message: letterVersion(value),
    });
  }
  return hits;
}

/** A tracker's report template just named: `issues/new?template=…`, "the security issue template". */
const REPORT_TEMPLATE =
  /[?&](?:issuable_)?template=|\b(?:issue|report|bug|vulnerability)\s+(?:template|form)\b|\/issues\/new\b/i;

/** The text before `offset` in its block (back to a blank line), at most `reach` characters. */
function blockBefore(text: string, offset: number, reach: number): string {
  return text
    .slice(Math.max(0, offset - reach), offset)
    .split(/\n[ \t>]*\r?\n/)
    .at(-1)!;
}

/** A task list item: `- [ ] Other: ____`, a box the reporter ticks. */
const CHECKLIST_ITEM = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/;

/** A bug report's fields, as GitHub's issue template has them: "Steps to reproduce", then "Expected behavior". */
const STEPS_LABEL = /\bsteps\s+to\s+reproduce\b/i;
const EXPECTED_LABEL = /\bexpected\s+(?:behaviou?r|result)s?\b/i;

/**
 * Whether an offset is in a form for the reporter: a report-contents section, a checklist item, or a
 * bug report's template under its heading (its steps to reproduce and expected behaviour before the offset).
 */
function inReportersForm(doc: PolicyDocument): (offset: number) => boolean {
  const inReportContents = inSections(doc, 'report-contents');
  const bugForm = (offset: number) => {
    const before = doc.text.slice(Math.max(0, offset - 2000), offset);
    const section = before.slice(Math.max(0, before.lastIndexOf('\n#')));
    return STEPS_LABEL.test(section) && EXPECTED_LABEL.test(section);
  };
  return (offset) =>
    inReportContents(offset) || CHECKLIST_ITEM.test(lineBefore(doc.text, offset, 200)) || bugForm(offset);
}

/** A line that is only a field's label and a colon, its value left out: `Name:`, `- **Email:**`. */
const BLANK_FIELD =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(\p{L}[\p{L}\p{N} -]{0,24}?)(?:\*\*|__)?[:：](?:\*\*|__)?[ \t]*$/gmu;

/**
 * A form left blank: two or more such lines in a row ("Name:", "Email:", "Jira Project:"), one of
 * them asking who or how to reach. One such line alone is a label over the value on the next line;
 * a form a reporter is asked to fill in ("Include the following:", a report-contents section) is one
 * to copy.
 */
function blankFields(doc: PolicyDocument): Hit[] {
  const prose = doc.prose;
  const hits: Hit[] = [];
  const inForm = inReportersForm(doc);
  let run: Array<{ start: number; end: number; label: string; lineEnd: number }> = [];
  const close = () => {
    const first = run[0];
    if (first && run.length >= 2 && run.some((f) => IDENTITY_FIELD.test(f.label)) && !introducesForm(first.start))
      for (const f of run)
        hits.push({
          start: f.start,
          end: f.end,
          message: `"${f.label}:" has no value; fill it in or remove the line.`,
        });
    run = [];
  };
  // Whether the last line before the form that holds anything (at most 300 characters back) asks for a
  // form to fill in, or the form is a reporter's.
  const introducesForm = (offset: number) => {
    const lineStart = prose.lastIndexOf('\n', offset - 1) + 1;
    const before = prose.slice(Math.max(0, lineStart - 300), lineStart).trimEnd();
    const intro = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
    return /[:：]$|\b(?:include|provide|template|format|following|fill)\w*/i.test(intro) || inForm(offset);
  };
  for (const m of matchesIn(prose, BLANK_FIELD)) {
    // The prose blanks code: a value in a code span (`Email: \`a@b.org\``) is still a value.
    if (doc.text.slice(m.index, m.index + m[0].length).trimEnd() !== m[0].trimEnd()) continue;
    const last = run.at(-1);
    // The next line, or the run ends.
    if (last && !/^\r?\n$/.test(prose.slice(last.lineEnd, m.index))) close();
    const start = m.index + m[0].indexOf(m[1]!);
    run.push({ start, end: start + m[1]!.length + 1, label: m[1]!, lineEnd: m.index + m[0].length });
  }
  close();
  return hits;
}

/** "- Contact: ``", "Email: \"\"": a contact's label over an empty code span or empty quotes, the value left out. */
const EMPTY_CONTACT_VALUE = new RegExp(`${CONTACT_LINE_START}(\`\`|""|''|“”)[ \\t]*$`, 'gim');

function emptyContactValues(prose: string): Hit[] {
  return matchesIn(prose, EMPTY_CONTACT_VALUE).map((m) => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    return { start, end: start + m[1]!.length, message: `"${m[1]}" is an empty value; write the contact in.` };
  });
}

/**
 * A contact field whose value tells the author what to put there or only names it: "Security contact:
 * configure a clinic-owned security contact before launch", "Email: insert the team's address",
 * "이메일: (유지보수자 이메일)" (email: (the maintainer's email)).
 */
function instructedFields(prose: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchesIn(prose, CONTACT_FIELD)) {
    const value = m[1]!.trimEnd();
    const start = m.index + m[0].length - m[1]!.length;
    const named = /^[（(]([^()（）@\n]{2,60})[）)]$/.exec(value)?.[1];
    // ("연락처: 추후 기재", "Contact: TBD": a value still to come, where the contact should be; "기재" is also a verb to fill in)
    const message = PENDING_CONTACT.test(value)
      ? `"${quote(value)}" stands where a value is still to come; write it in.`
      : FILL_VERB.test(value)
        ? tellsAuthor(value)
        : named !== undefined && fieldWordsOf(named).length <= 4 && fieldWordsOf(named).some(isFieldWord)
          ? `"${quote(value)}" is unfilled template text; replace it with the real value.`
          : undefined;
    // The range is the value without the emphasis around it: "*（待补充）*" reports "（待补充）".
    const lead = /^[*_]*/.exec(value)![0].length;
    const trail = /[*_]*$/.exec(value)![0].length;
    if (message) hits.push({ start: start + lead, end: start + Math.max(lead, value.length - trail), message });
  }
  return hits;
}
// (bracketed too, "[Por configurar]": to be configured; "to be configured" or "defined" in the Romance languages and German)
const PENDING_CONTACT =
  /^[*_[(（【]*(?:TBD|TBA|to\s+be\s+(?:added|announced|defined|determined|configured)|coming\s+soon|추후\s*(?:기재|공지|추가|안내)|미정|待定|待补充|待補充|未定|позже|à\s+venir|pendiente|em\s+breve|(?:por|a|à|da)\s+(?:configurar|definir|configurer|d[ée]finir|configurare|definire)|noch\s+(?:festzulegen|offen|zu\s+(?:definieren|konfigurieren)))[*_\])）】.]*$/i;
// (a label of a few more words too: "**Contacto de Emergencia**:", "Contact for urgent matters:")
const CONTACT_FIELD =
  /^[ \t>*+-]*(?:security\s+)?(?:contact|e-?mail(?:\s+address)?|reporting\s+(?:address|e-?mail)|이메일|연락처|メール(?:アドレス)?|連絡先|邮箱|电子邮件|電子郵件|联系方式|correo(?:\s+electr[óo]nico)?|courriel|kontakt|contato|contacto|e-?posta)(?:[ \t]+[^\s:：*_()[\]（）]+){0,3}[*_]*[ \t]*[:：][ \t]*(\S[^\n]{0,200})$/gim;

/** `= …` or `≈ …` right after "N days". */
const EQUATION_AFTER = /^[^\n=]{0,4}[=≈≤≥]/;
/**
 * Whether a span stands in a quoted phrase that its sentence says is not made: 'No "we will respond
 * within N days" is claimed here', 'we never promise "a fix in N days"': the policy talks about the
 * phrase, in any language with negations.
 */
function quotedAsNotSaid(prose: string, span: { start: number; end: number }): boolean {
  const before = lineBefore(prose, span.start, 80);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  const close = prose.slice(span.end, span.end + 80).search(/["”]/);
  if (open < 0 || close < 0 || /\n/.test(prose.slice(span.end, span.end + close))) return false;
  // (the negation right beside the quote, in its clause: "we do not have a team, so we respond "within N
  // days"" still leaves the number out)
  const quoteStart = span.start - before.length + open;
  const quoteEnd = span.end + close + 1;
  const beside = `${prose
    .slice(Math.max(0, quoteStart - 24), quoteStart)
    .split(/[,;:.!?\n]/)
    .at(-1)!} ${prose.slice(quoteEnd, quoteEnd + 24).split(/[,;:.!?\n]/)[0]!}`;
  return NEGATION.test(beside);
}
/** "N = 14", "N is 7", "N ist 7", "N je 10": the stand-in letter given its values. */
const LETTER_DEFINED =
  /(?<![\p{L}\p{N}])[NX]\s*(?:=|[\p{L}]{1,5})\s*\d|\b(?:where|wobei|donde|où|onde|dove)\s+[NX]\s+\p{L}/u;

/** A hit for every match of `pattern` in `prose`, saying `message` of the matched text. */
function everyMatch(prose: string, pattern: RegExp, message: (match: string) => string): Hit[] {
  return matchesIn(prose, pattern).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    message: message(m[0]),
  }));
}

/**
 * Whether a span stands in a quotation: on a block quote's line, or between quotation marks on its line
 * ("he wrote: “the server […] is open”").
 */
function inQuotation(text: string, start: number, end: number): boolean {
  const before = lineBefore(text, start, 200);
  if (/^[ \t]*>/.test(before)) return true;
  const newline = text.indexOf('\n', end);
  const after = text.slice(end, Math.min(newline < 0 ? text.length : newline, end + 200));
  return /["“„«‘‚‹「『]/.test(before) && /["”“»’‹›」』]/.test(after);
}

/** `markers`: TODO and FIXME count; not in code, where they are the code's own notes. */
function tokens(prose: string, markers = true): Hit[] {
  const ownerAndName = (match: string) =>
    `"${match}" is a template placeholder; replace it with this repository's owner and name.`;
  const unexpanded = (match: string) =>
    `"${quote(match)}" is an unexpanded template variable; replace it with the real value.`;
  const hits = everyMatch(prose, OWNER_REPO, ownerAndName);
  for (const m of matchesIn(prose, GITHUB_PLACEHOLDER_PATH)) {
    const start = m.index + m[0].length - m[1]!.length;
    hits.push({ start, end: start + m[1]!.length, message: ownerAndName(m[1]!) });
  }
  hits.push(
    // `james{{dot}}doe{{at}}uni.edu`: braces between two words hide an address from harvesters.
    ...everyMatch(prose, TEMPLATE_VARIABLE, unexpanded)
      .filter(
        (hit) =>
          !(/[\p{L}\p{N}]/u.test(prose[hit.start - 1] ?? '') && /[\p{L}\p{N}]/u.test(prose[hit.end] ?? '')) &&
          !shellOrTicker(prose.slice(hit.start, hit.end)) &&
          !showsCodeNotLeft(prose, hit) &&
          !inRoutePath(prose, hit.start),
      )
      // `{{ .Values.image.tag }}`, `{{ ansible_user }}`, `${{ secrets.GITHUB_TOKEN }}`: a variable of Helm, Go
      // templates, Ansible or a workflow named in prose, the project's own code as likely as a field left
      // unfilled: not certain. A project template's (`{{ cookiecutter.email }}`, `{{ response_days }}`) is,
      // and so is one that names a field (`{{ .Email }}`).
      .map((hit) => (ownCodeVariable(prose.slice(hit.start, hit.end)) ? { ...hit, uncertain: true } : hit)),
    ...everyMatch(prose, CONTACT_VARIABLE, unexpanded).filter((hit) =>
      describesField(prose.slice(hit.start, hit.end).replace(/_/g, ' ')),
    ),
    ...everyMatch(
      prose,
      FILLER,
      (match) => `"${quote(match)}" is filler from a template; replace it with the real text.`,
    ).filter((hit) => !fillerTalkedAbout(prose, hit)),
    ...everyMatch(
      prose,
      STANDIN_TIMEFRAME,
      (match) => `"${match}" stands for a time still to be filled in; write the real number.`,
      // "within N days of triage, where N is 7 for critical …": the letter is defined, in any language.
      // "(a position for N days = exactly N baskets)": an equation, N a variable.
    ).filter(
      (hit) =>
        !LETTER_DEFINED.test(prose.slice(hit.end, hit.end + 120)) &&
        !EQUATION_AFTER.test(prose.slice(hit.end, hit.end + 12)) &&
        !quotedAsNotSaid(prose, hit),
    ),
    ...everyMatch(prose, BLANK_VALUE, (match) => `"${match}" is a blank left for a value; write the real one.`),
    ...everyMatch(prose, PHONE_WITH_X, (match) => `"${match}" has X's for digits; write the real number.`).filter(
      (hit) => /XX/.test(prose.slice(hit.start, hit.end)),
    ),
    ...everyMatch(prose, CAPITAL_FILL, (match) => `"${match}" is an instruction to fill in a value; write the value.`),
  );
  // In code, `PRIVATE_KEY` or `REPO_NAME` is a variable the text talks about, not one left unexpanded.
  for (const m of markers ? matchesIn(prose, FIELD_TOKEN) : []) {
    const fields = (m[1] ?? m[0]).replace(/_/g, ' ');
    if (!describesField(fields) || !IDENTITY_FIELD.test(fields)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, message: unexpanded(m[0]) });
  }
  const sampleKey = (match: string) =>
    `"${quote(match)}" is a sample value from documentation, not a real key; give the key's real fingerprint.`;
  hits.push(
    ...everyMatch(prose, SAMPLE_FINGERPRINT, sampleKey),
    ...everyMatch(prose, HEX_GROUPS, sampleKey).filter((hit) => isTypedKey(prose.slice(hit.start, hit.end))),
    ...everyMatch(
      prose,
      HEX_DIGEST,
      (match) =>
        `"${quote(match)}" is a sample value typed by hand, not a real hash or fingerprint; give the real one.`,
    ).filter((hit) => isTypedKey(prose.slice(hit.start, hit.end))),
    ...everyMatch(
      prose,
      YOUR_HYPHEN_FIELD,
      (match) => `"${match}" is a template placeholder; replace it with the real name.`,
    ),
    ...everyMatch(
      prose,
      GLUED_HERE,
      (match) => `"${match}" is a template placeholder; replace it with the real value.`,
    ),
    ...everyMatch(
      prose,
      ELIDED_URL,
      (match) => `"${quote(match)}" leaves part of the address out ("..."); write the whole URL.`,
    ),
    ...everyMatch(
      prose,
      YOUR_ACCOUNT_URL,
      (match) => `"${quote(match)}" still names the template's account; write the real owner.`,
    ),
    ...everyMatch(
      prose,
      SAMPLE_HANDLE,
      (match) => `"${match}" is a sample handle, not a real account; give the real one.`,
    ),
    ...everyMatch(
      prose,
      YOUR_MENTION,
      (match) => `"${match}" is a template placeholder; replace it with the real account.`,
    ),
  );
  for (const m of markers ? matchesIn(prose, PAREN_FIELD) : []) {
    const inner = m[1]!.trim();
    if (!CAPITALS.test(inner) || !describesField(inner.replace(/[_-]/g, ' '))) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" is unfilled template text; replace it with the real value.`,
    });
  }
  for (const m of markers ? matchesIn(prose, AUTHOR_INSTRUCTION) : []) {
    if (!startsSentence(prose, m.index)) continue;
    // "Open …/issues/new?template=security. Fill in the template.": the reporter's steps on a tracker's form.
    if (/\btemplate\b/i.test(m[0]) && REPORT_TEMPLATE.test(blockBefore(prose, m.index, 300))) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].trimEnd().length,
      uncertain: true,
      message: tellsAuthor(m[0]),
    });
  }
  if (markers)
    hits.push(
      // "~50 TODO markers from upstream" counts markers, it is not one.
      ...everyMatch(
        prose,
        MARKER,
        (match) => `"${match}" marks unfinished text; complete this part of the policy and remove the marker.`,
      ).filter(
        (hit) =>
          !/\d\s*$/.test(prose.slice(Math.max(0, hit.start - 8), hit.start)) &&
          // "the words TODO, FIXME and XXX": markers named in a row are talked about.
          !LISTED_MARKER_BEFORE.test(prose.slice(Math.max(0, hit.start - 16), hit.start)) &&
          !LISTED_MARKER_AFTER.test(prose.slice(hit.end, hit.end + 16)) &&
          // "(TODO M-6)", "TODO #42": an item tracked elsewhere, named in a status note.
          !TRACKED_ITEM_AFTER.test(prose.slice(hit.end, hit.end + 24)) &&
          // 'its "TODO" items': the word quoted is named.
          !(OPENING_QUOTE.test(prose[hit.start - 1] ?? '') && CLOSING_QUOTE.test(prose[hit.end] ?? '')),
      ),
      ...everyMatch(
        prose,
        AUTHOR_TODO,
        (match) => `"${match}" opens a note to the author; do what it says and remove it.`,
      ),
    );
  return hits;
}

/**
 * `{{7*7}}`, `{{ config.items() }}`, `$(whoami)`, `${{ github.event.issue.title }}`: a template
 * injection, a command's substitution or a workflow's expression shown as what an attacker sends, or a
 * template syntax the text explains ("uses {{ variable }} syntax"), not a variable left for the author.
 * An expression or a call (an operator, a parenthesis or a quotation mark inside the braces) names no
 * field, and a workflow's event payload holds no value of the policy; any other token only where its
 * sentence speaks of an attack or of variables and syntax, and its words name no field.
 */
function showsCodeNotLeft(prose: string, hit: Hit): boolean {
  const variable = prose.slice(hit.start, hit.end);
  if (TEMPLATE_EXPRESSION.test(variable) || WORKFLOW_EVENT.test(variable)) return true;
  if (!namesNoField(variable.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())) return false;
  const sentence = sentenceAround(prose, hit.start, hit.end);
  return ATTACK_WORD.test(sentence) || VARIABLE_WORD.test(sentence);
}

/** A variable of the project's own templates or workflows that names no field of the policy (`{{ .Email }}` does). */
function ownCodeVariable(variable: string): boolean {
  return TECHNOLOGY_VARIABLE.test(variable) && !IDENTITY_FIELD.test(variable.replace(/[^\p{L}\p{N}]+/gu, ' '));
}
/** A variable of Go templates and Helm (`.Values`), a workflow's contexts, Ansible's facts. */
const TECHNOLOGY_VARIABLE =
  /^\{\{\s*(?:\.[A-Za-z]|(?:secrets|github|env|vars|inputs|matrix|steps|needs|runner|job|strategy)\.|(?:ansible_\w+|inventory_hostname|hostvars|item)\b)/;

/** `/api/v1/users/{user_id}/keys`: a route's parameter, in a path written without a host. */
function inRoutePath(prose: string, start: number): boolean {
  const token = /\S*$/.exec(prose.slice(Math.max(0, start - 200), start))![0];
  return /^\/(?!\/)/.test(token) && token.endsWith('/');
}
// (before a filter: `{{ contact | default("the team") }}` is still the variable `contact`)
const TEMPLATE_EXPRESSION = /^\{\{[^}|]*[()*+=<>'"[\];!]/;
const WORKFLOW_EVENT = /^\{\{\s*github\.event\./;

/**
 * Filler named, not left: "the default password is changeme" (a credential a policy warns about),
 * "our demo shows lorem ipsum text" (the words within a sentence; the filler itself runs on, "Lorem ipsum
 * dolor sit amet", or stands alone). A contact's value stays filler ("Email: changeme").
 */
function fillerTalkedAbout(prose: string, hit: Hit): boolean {
  const match = prose.slice(hit.start, hit.end);
  const before = lineBefore(prose, hit.start, 60);
  if (/^l/i.test(match))
    return !/^\s+dolor\b/i.test(prose.slice(hit.end, hit.end + 8)) && /[\p{L}\p{N},][ \t]+$/u.test(before);
  return (
    /^[cr]/i.test(match) &&
    !CONTACT_LABEL_BEFORE.test(before) &&
    CREDENTIAL_WORD.test(sentenceAround(prose, hit.start, hit.end))
  );
}
const CREDENTIAL_WORD =
  /\b(?:passwords?|passphrases?|passwor[dt]|contrase[ñn]as?|senhas?|mots?\s+de\s+passe|credentials?|secrets?|tokens?|api\s+keys?)\b/i;
const OPENING_QUOTE = /["'“‘„«`]/;
const CLOSING_QUOTE = /["'”’“»`]/;

/** Words that name no field of the policy: not an address, a name, a project or another field a template leaves. */
const namesNoField = (words: string) => !IDENTITY_FIELD.test(words) && !describesField(words);

/**
 * `$DSH_HOME`, `${DATA_DIR}` (a shell's variables), `$MOLT` (a token's ticker): a `$` name is a
 * template's variable only where it names a field the policy should state (`${SECURITY_EMAIL}`). A
 * command's substitution in the prose, `$(date +1 year)`, was left by a script that never ran it.
 */
function shellOrTicker(variable: string): boolean {
  return (
    variable.startsWith('$') &&
    !variable.startsWith('$(') &&
    !describesField(variable.replace(/[${}]/g, '').replace(/_/g, ' '))
  );
}

const HEX_ORDER = '0123456789ABCDEF';

/**
 * Whether most digits of a hex value count up from the digit one or two places before them: `7890 1234`,
 * `A1B2 C3D4` (two sequences interleaved). A generated fingerprint does so for about one digit in eight.
 * Digits alone are a number ("1234567812345678", a default ID a standard gives), not a key.
 */
function isTypedKey(value: string): boolean {
  const digits = value.replace(/^0x|[\s:]/gi, '').toUpperCase();
  if (!/[A-F]/.test(digits)) return false;
  const rank = (i: number) => HEX_ORDER.indexOf(digits[i]!);
  let counting = 0;
  for (let i = 1; i < digits.length; i++) {
    const next = (rank(i) + 15) % 16;
    if (rank(i - 1) === next || (i >= 2 && rank(i - 2) === next)) counting++;
  }
  return counting >= COUNTING_SHARE * (digits.length - 1);
}

/**
 * Table cells a template left for the author: a version written as letters (`x.x.x`), or a column
 * whose every cell only repeats its header (a `Checksum` column whose cells say `Checksum`).
 */
function tableCells(doc: PolicyDocument): Hit[] {
  const hits: Hit[] = [];
  // Without markup and spaces: "`Check` `sum`" under "Checksum" repeats it too.
  const bare = (text: string) => text.replace(/[`*_\s]/g, '').toLowerCase();
  for (const table of doc.tables) {
    const headers = table.header.cells.map((c) => bare(c.text));
    // A column where some cell says something else holds values: a status column headed "Supported"
    // has "Supported" in its supported rows ("| main | รองรับ |" under "รองรับ").
    const repeatsHeader = (column: number) =>
      table.rows.every((row) => bare(row.cells[column]?.text ?? '') === headers[column]);
    // "| x.x.x | :x: |" beside rows of real versions: every other version, not supported; not a row left to fill in.
    const versions = versionTables(doc).find((t) => t.table === table)?.rows ?? [];
    const unsupported = new Set(versions.filter((r) => r.marker?.polarity === 'negative').map((r) => r.row));
    const realVersions = versions.some((r) => /\d/.test(r.label.text));
    const everyOther = (row: TableRow) => realVersions && unsupported.has(row);
    // "| x.x.x | :white_check_mark: |" as the table's only row: every version supported, or a row left to fill
    // in (a template's tables have several): not certain.
    const onlyRowSupported =
      table.rows.length === 1 && versions.some((r) => r.row === table.rows[0] && r.marker?.polarity === 'positive');
    for (const row of table.rows) {
      row.cells.forEach((cell, column) => {
        const value = cell.text.trim();
        if (column === 0 && LETTER_VERSION.test(value) && !everyOther(row)) {
          hits.push({
            start: cell.start,
            end: cell.end,
            ...(onlyRowSupported ? { uncertain: true } : {}),
            message: letterVersion(value),
          });
        } else if (/\p{L}{3}/u.test(value) && bare(value) === headers[column] && repeatsHeader(column)) {
          hits.push({
            start: cell.start,
            end: cell.end,
            message: `"${quote(value)}" only repeats its column's header; write the real value.`,
          });
        }
      });
    }
  }
  return hits;
}

/** Whether a sentence starts at `offset`: after the start of a line (and list or quote markers), or after `.`, `!`, `?`, `:` and a space. */
function startsSentence(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && /[ \t]/.test(text[i - 1]!)) i--;
  if (i === 0 || text[i - 1] === '\n') return true;
  if (i < offset && /[.!?:]/.test(text[i - 1]!)) return true;
  while (i > 0 && /[ \t>*_-]/.test(text[i - 1]!)) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** A host named for the one who attacks, or the one attacked: `evil.example`, `attacker.example.com`. */
const ATTACKERS_HOST = /^(?:[\w-]+\.)*(?:evil|attacker|malicious|phishing|hacker|victim)[\w-]*\./i;
/** Words of an attack shown: what a reserved domain in the sentence illustrates. */
const ATTACK_WORD =
  /\b(?:attackers?|malicious|payloads?|exploit(?:s|ed|ing)?|phishing|crafted|forged|spoofed|open\s+redirects?|ssrf|xss|csrf|injections?)\b/i;
/** Attributes a script reads: a role, data, ARIA state, an event handler. */
const SCRIPT_ATTRIBUTE = /\s(?:role|data-[\w-]+|aria-[\w-]+|on[a-z]+)\s*=/i;
/** The HTML tag an attribute at `start`–`end` stands in, read within a few hundred characters of it. */
function tagAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const after = text.slice(end, end + 300);
  const open = before.lastIndexOf('<');
  const close = after.indexOf('>');
  return `${open < 0 ? '' : before.slice(open)} ${close < 0 ? after : after.slice(0, close + 1)}`;
}

function links(doc: PolicyDocument): Hit[] {
  const hits: Hit[] = [];
  // A real address (also one written out against spam) near a keyserver's home page is the one to search for.
  const realAddressNear = (offset: number) =>
    channelsOf(doc).some((c) => c.kind === 'email' && c.privacy === 'private' && Math.abs(c.start - offset) < 600);
  for (const link of doc.links) {
    if (doc.prose.slice(link.start, link.end).trim() === '') continue;
    const source = doc.text.slice(link.start, link.end);
    const url = link.url.trim();
    if (
      /^(?:link|url|lien|enlace|liga)(?:[_-][\w-]+)?$|^_*[\w-]*?[_-](?:link|url)_*$|^[a-z]{3,}(?:url|link)$/i.test(url)
    ) {
      // `[form](link_to_form)`: a target that names what belongs there.
      hits.push({
        start: link.start,
        end: link.end,
        message: `The link "${quote(source)}" points at "${url}", a stand-in for the URL; add the real one.`,
      });
      continue;
    }
    if (url === '' || url === '#') {
      // `<a href="#" data-toggle="dropdown" role="button">`: a script's handle on a page, no link left empty.
      if (url === '#' && /^href/i.test(source) && SCRIPT_ATTRIBUTE.test(tagAround(doc.text, link.start, link.end)))
        continue;
      // Autolinks and bare URLs always have a target; this is `[text]()`, `[text](#)`, `[x]: <>` or `href=""`.
      hits.push({
        start: link.start,
        end: link.end,
        message: `The link "${quote(source)}" has no target; add the URL it should point to.`,
      });
      continue;
    }
    if (!/^https?:\/\//i.test(url)) continue;
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      continue;
    }
    if (KEYSERVER.test(host) && /^https?:\/\/[^/]+\/?$/i.test(url)) {
      // "the key with fingerprint A4C1 0E9B …, on <https://keys.openpgp.org>", "its key is there under the
      // same address": the page to search, the key named beside it.
      const around = doc.text.slice(Math.max(0, link.start - 600), link.end + 200);
      if (FINGERPRINT_NAMED.test(around) || realAddressNear(link.start)) continue;
      hits.push({
        start: link.start,
        end: link.end,
        message: `The link "${quote(source)}" opens the keyserver's home page, not a key; link the key itself (its fingerprint or address in the URL).`,
      });
      continue;
    }
    const reserved = isPlaceholderDomain(host) && !/(?:^|\.)(?:localhost|local)$/.test(host);
    // "An attacker could redirect users to https://evil.example/": a reserved domain shows an attack, as
    // RFC 2606 means it to; no page of the project belongs there.
    if (reserved && (ATTACKERS_HOST.test(host) || ATTACK_WORD.test(sentenceAround(doc.prose, link.start, link.end))))
      continue;
    // `https://discord.gg/your-discord-link`: a real service, the template's name for the page on it.
    const yourPath = /\/your[-_][a-z]/i.test(url.slice(url.indexOf(host) + host.length));
    if (!reserved && !host.split('.').includes('your') && !yourPath) continue;
    const at = source.lastIndexOf(url);
    const start = at >= 0 ? link.start + at : link.start;
    const end = at >= 0 ? start + url.length : link.end;
    hits.push({
      start,
      end,
      message:
        reserved || !yourPath
          ? `"${quote(url)}" points at a placeholder domain; replace it with the real URL.`
          : `"${quote(url)}" still holds the template's "your-…" part; replace it with the real URL.`,
    });
  }
  return hits;
}
