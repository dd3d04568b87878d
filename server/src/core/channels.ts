// Every way a policy tells a reporter to reach the maintainers, found in one place: its kind, and
// whether it is private, public or an unfilled placeholder. SEC010, SEC011, SEC012 and SEC022 read
// this model instead of patterns of their own. Fenced code and comments are not looked at (examples,
// hidden notes), inline code is (addresses are often written in backticks), and a policy that sits
// whole in one fence is read as text.
import type { Nodes, Root } from 'mdast';
import { decodeCharacterReferences, sectionsOf, treesOf, type Link, type PolicyDocument } from './document';
import { countAtMost } from './sorted';
import {
  CLAUSE_BREAK,
  COMMON_WORD,
  EXAMPLE_COLUMN,
  EXAMPLE_LEAD_BEFORE,
  FEATURE_WORD,
  FILL_VERB,
  MAINTAINERS_AS_SUBJECT,
  DETAILS_WITHHELD,
  NEGATION,
  OTHER_MATTERS,
  PRIVATE_MESSAGE,
  PRIVATE_REPORTING,
  PRIVATE_ISSUE,
  PRIVATE_WORD,
  PUBLIC_LIST_BEFORE,
  PUBLIC_LIST_STATEMENT,
  PUBLIC_REPORTING,
  REPORTING_WORD,
  REPOSITORY_OWNER,
  PROFILE_OR_CONTACT_DETAILS,
  PROFILE_WORD,
  QUESTIONS_LEAD,
  REPOSITORY_PAGE,
  VULNERABILITY_WORD,
  YOUR_WORD,
  YOUR_WORDS,
} from './languages';
import { blockMatches } from './blockMatches';
import { escapeRegExp, matchesIn } from './regexpMatches';
import { perDocument, perText } from './memo';
import { matchSection } from './sections';
import type { SectionId } from './types';
import { UNREAD_LANGUAGE_WORD, UNREAD_SCRIPT_LETTER } from './languages/unread';
import {
  EMAIL,
  EMAIL_ALONE,
  hasReplaceHint,
  isPlaceholderDomain,
  isGitHubAccountAddress,
  isPlaceholderEmail,
  isPlaceholderUrl,
  isStandInEmail,
  isWebmailDomain,
  lineBefore,
  replaceHintsIn,
} from './placeholders';
import {
  aloneOnLine,
  colonIntro,
  lastClause,
  lineBeforeList,
  lineHead,
  listIntro,
  negated,
  paragraphBeforeList,
  reachBefore,
  SENTENCE_BOUNDARY,
  sentenceAfter,
  sentenceAround,
  sentenceBefore,
} from './sentences';

/** `other`: a person to write to, linked where their address is (a profile, an authors page). */
export type ChannelKind = 'email' | 'advisory' | 'form' | 'bounty' | 'chat' | 'policy-link' | 'issue' | 'other';
export type Privacy = 'private' | 'public' | 'placeholder';

export interface Channel {
  readonly kind: ChannelKind;
  readonly privacy: Privacy;
  readonly start: number;
  readonly end: number;
  /**
   * A placeholder the text does not settle: private reporting to use "once it is enabled" (it may be
   * already), an account's name at github.com (a GitHub employee's mailbox looks the same). Rules that
   * report a missing channel over such a one report it one level lower.
   */
  readonly uncertain?: true;
  /**
   * A public place the policy sends reporters to only to ask for a private contact ("open an issue
   * asking for a private channel, without details"): the report goes elsewhere, the first contact is public.
   */
  readonly firstContact?: true;
}

export const channelsOf = (doc: PolicyDocument): readonly Channel[] => linksAndChannels(doc).channels;

/**
 * Links the model cannot classify that stand where a channel would: in a sentence asking for a report
 * or naming a vulnerability, or in a reporting section. A vendor's own contact page the patterns do not
 * know looks like this; so does a link to release notes. Rules that report a missing channel are not
 * sure of it while one of these is there.
 */
export function unrecognisedLinks(doc: PolicyDocument): readonly Link[] {
  return linksAndChannels(doc).unclassified.filter(channelPlaces(doc));
}

/** How far the reporting sections that start at or before an offset reach (`reachBefore`), once per document. */
const underReporting = perDocument((doc: PolicyDocument) =>
  reachBefore(sectionsOf(doc, 'reporting').map((h) => ({ start: h.start, end: h.contentEnd }))),
);

/**
 * Whether a link stands where a channel would: in a sentence (or link text) asking for a report or
 * naming a vulnerability, or anywhere under a reporting heading, its subsections included. Built once
 * per document, with each span's answer kept: three readings of the channels ask about the same links.
 */
const channelPlaces = perDocument((doc: PolicyDocument): ((link: Link) => boolean) => {
  const text = visibleText(doc);
  const reportingReach = underReporting(doc);
  const answers = new Map<string, boolean>();
  return ({ start, end }) => {
    const key = `${start}:${end}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      // (with the line that introduces it, where that ends with a colon: "Report through our form:" over the link)
      const intro = lineBeforeList(text, start);
      const around = `${sentenceAround(text, start, end)} ${text.slice(start, end)} ${/[:：][*_]*\s*$/.test(intro) ? intro : ''}`;
      answer = REPORTING_WORD.test(around) || VULNERABILITY_WORD.test(around) || reportingReach(start) > start;
      answers.set(key, answer);
    }
    return answer;
  };
});

/**
 * Whether an offset stands before any heading, under the title, or under a heading whose section
 * `accepts` takes (`undefined`: a heading the section model does not recognise).
 */
function placesUnder(
  doc: PolicyDocument,
  accepts: (section: SectionId | undefined) => boolean,
): (offset: number) => boolean {
  const headingAt = headingIndexAt(doc);
  return (offset) => {
    const index = headingAt(offset);
    return index <= 0 || accepts(doc.headings[index]!.section);
  };
}

/** The policy's own text: not under a heading about something else. */
const policyPlaces = (doc: PolicyDocument) => placesUnder(doc, (section) => section !== undefined);

/**
 * A function from an offset to the index of the heading it stands under: the last one that starts at
 * or before it, -1 before the first. Binary search over the heading starts, gathered once per document.
 */
const headingIndexAt = perDocument((doc: PolicyDocument): ((offset: number) => number) => {
  const starts = doc.headings.map((h) => h.start);
  return (offset) => countAtMost(starts, offset) - 1;
});

const linksAndChannels = perDocument(findChannels);

/**
 * Whether the policy is written in a language the rules read: a heading they recognise, or frequent
 * words of one of their languages. A policy in another language gets no certain verdict on what it lacks.
 */
export const isUnderstood = perDocument((doc: PolicyDocument): boolean => {
  if (inUnreadLanguage(doc)) return false;
  if (doc.headings.some((h) => h.section)) return true;
  const text = visibleText(doc);
  // Nothing written in words besides the title: nothing to misread.
  const chars = text.split('');
  for (const { start, end } of doc.headings) chars.fill(' ', start, end);
  if (!/\p{L}{2}/u.test(chars.join(''))) return true;
  const words = wordsOf(doc);
  return COMMON_WORD.test(words) || REPORTING_WORD.test(words) || VULNERABILITY_WORD.test(words);
});

/**
 * Whether the policy is written in a language the rules do not read, by the marks of its words
 * (languages/unread.ts): one word in ten at least, and three; or in a script none of their languages is
 * written in. A name or a quoted word is too few; the
 * short words such a language shares with read ones made it look read, headings in English too.
 */
const inUnreadLanguage = perDocument((doc: PolicyDocument): boolean => {
  const words = wordsOf(doc).match(/[\p{L}\p{M}·]{2,}/gu) ?? [];
  let marked = 0;
  for (const word of words) if (UNREAD_LANGUAGE_WORD.test(word)) marked++;
  if (marked >= 3 && marked * 10 >= words.length) return true;
  // One letter in ten, and a sentence's worth, in a script whose languages have no channel words here.
  const letters = words.join('');
  const unread = letters.match(UNREAD_SCRIPT_LETTER)?.length ?? 0;
  return unread >= 12 && unread * 10 >= letters.length;
});

/**
 * The visible text without file names and addresses, which are no words of a language (`SECURITY.es.md`
 * holds no Spanish "es", `heklasync.is` no English "is"). Token by token: a pattern with `\S*` around
 * the mark backtracked over a long run without spaces.
 */
const wordsOf = perDocument((doc: PolicyDocument): string =>
  visibleText(doc)
    .split(/(\s+)/)
    .map((token) => (/\w\.\w|:\/\/|\w@\w/.test(token) ? ' ' : token))
    .join(''),
);

/**
 * Whether a finding that the policy lacks a private channel may be wrong: a link the model cannot
 * read stands where a channel would (`unrecognisedLinks`), the policy is in a language it does not
 * read (`isUnderstood`), a chat service where maintainers take direct messages is where reports go,
 * a sentence names a private feature to report through (`namesPrivateFeature`), names a person
 * to write to (`NAMED_RECIPIENT`), a place that publishes the address (`ADDRESS_PUBLISHED_ELSEWHERE`)
 * or the repository owner's contact details to use (`privatelyToOwner`).
 */
export const mayHaveUnreadChannel = perDocument(
  (doc: PolicyDocument): boolean =>
    unrecognisedLinks(doc).length > 0 ||
    imageWhereChannelStands(doc) ||
    !isUnderstood(doc) ||
    chatForReports(doc) ||
    namesPrivateFeature(doc) ||
    NAMED_RECIPIENT.test(visibleText(doc)) ||
    RECIPIENT_LISTED.test(visibleText(doc)) ||
    ADDRESS_PUBLISHED_ELSEWHERE.test(visibleText(doc)) ||
    inOneSentence(visibleText(doc), [ADDRESS_OR_CONTACT_WORD, SITE_WORD, REPORTING_WORD, PRIVATE_WORD]) ||
    privatelyToOwner(doc) ||
    linkInUnreadWords(doc) ||
    spellsAnUnreadAddress(visibleText(doc)),
);

/**
 * An image where a channel would stand: a QR code to scan for a chat ("扫描下方二维码添加维护者微信"), an
 * address drawn to keep it from harvesters. What it shows cannot be read; badges are not meant.
 */
const imageWhereChannelStands = perDocument((doc: PolicyDocument): boolean => {
  const text = visibleText(doc);
  if (!text.includes('![') && !/<img\b/i.test(text)) return false;
  const whereChannelsStand = channelPlaces(doc);
  for (const m of text.matchAll(IMAGE)) {
    if (BADGE.test(m[0])) continue;
    if (IMAGE_OF_CHANNEL.test(m[0]) || whereChannelsStand({ url: '', start: m.index, end: m.index + m[0].length }))
      return true;
  }
  return false;
});
/** A Markdown image or an HTML `<img>`. */
const IMAGE = /!\[[^\]\n]{0,200}\]\([^)\n]{1,500}\)|<img\b[^>\n]{0,500}>/gi;
/** An image whose text or file name says it shows a QR code, a chat account or an address. */
const IMAGE_OF_CHANNEL =
  /qr|二维码|二維碼|扫码|コード|whatsapp|wechat|weixin|微信|\bline\b|signal|telegram|kakao|zalo|mail|correo|courriel|osoite|adress|address|contact|kontakt/i;
/** Shields and status badges, logos: images that show no channel. */
const BADGE = /shields\.io|badge|\blogo\b|\bbanner\b/i;

/**
 * A link the model cannot read in a policy written in a language it does not read, though a short common
 * word of one stands in it ("a", "i"), with no word of reporting ("Ka aiko mana da rahoto ta wannan fom:
 * https://…", Hausa): the words that would say the link is the way to report are the ones not read. An
 * English text without a word of reporting is read (a page on the software's security features).
 */
const linkInUnreadWords = perDocument((doc: PolicyDocument): boolean => {
  if (linksAndChannels(doc).unclassified.length === 0) return false;
  const words = wordsOf(doc);
  if (REPORTING_WORD.test(words) || ENGLISH_WORD.test(words)) return false;
  // Only in the Latin script, where the short words of read languages turn up in others' texts: an unread
  // language of another script already makes the policy not understood (isUnderstood).
  const letters = words.match(/\p{L}/gu)?.length ?? 0;
  return (words.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 > letters;
});
/** Words only English has, of en.ts's common words: its "a", "at", "no", "or" are words of other languages too. */
const ENGLISH_WORD = /\b(?:the|and|you|we|our|this|with|for|is|are)\b/i;

/** Whether one sentence of `text` matches every pattern (the whole text is tried first: most have none). */
function inOneSentence(text: string, patterns: readonly RegExp[], unless?: RegExp): boolean {
  const matchesAll = (part: string): boolean => patterns.every((pattern) => pattern.test(part));
  return matchesAll(text) && text.split(SENTENCE_BOUNDARY).some((part) => matchesAll(part) && !unless?.test(part));
}

/** Privately, or not in public: "em vez de abrir uma issue pública". */
const PRIVATE_OR_NOT_PUBLIC = new RegExp(`${PRIVATE_WORD.source}|${NEGATION.source}`, 'i');

/** A negation, or "not yet" in the languages that say it without one: "还没写明", "まだない". */
const NOT_YET_OR_NEGATED = new RegExp(`${NEGATION.source}|还没|還沒|没有|沒有|まだ`, 'i');

/**
 * The repository's owner to be written to privately through the contact details their forge profile
 * shows: "请通过 GitHub 联系方式私下报告给仓库所有者", "report it privately to the repository owner, using
 * the contact details on their GitHub profile", "pelo perfil do dono do repositório … em vez de abrir uma
 * issue pública". The forge shows who that is and how to reach them (labellers read such policies both
 * ways), so a missing channel is uncertain; without the contact details ("contact the repository owner
 * privately") there is nothing named to act on. Without the owner named, the profile, a private word and a
 * contact in one sentence ("Laporkan secara privat melalui kontak yang tersedia pada profil": report it
 * privately through the contact on the profile).
 */
const privatelyToOwner = perDocument(
  (doc: PolicyDocument): boolean =>
    inOneSentence(visibleText(doc), [REPOSITORY_OWNER, PROFILE_OR_CONTACT_DETAILS, PRIVATE_OR_NOT_PUBLIC]) ||
    inOneSentence(visibleText(doc), [PROFILE_WORD, PRIVATE_WORD, CONTACT_WORD]) ||
    // "… or contact the maintainer through the contact details on the repository page" (not "if the
    // repository page does not list a contact yet").
    inOneSentence(visibleText(doc), [PROFILE_OR_CONTACT_DETAILS, REPOSITORY_PAGE, REPORTING_WORD], NOT_YET_OR_NEGATED),
);

/**
 * An address the policy says is published in a place it names: "secure email as defined in the
 * **Aurora Access Portal**", "the address listed on our Support Site", "email, which will be listed on the
 * front page", "the email listed in the repository profile". A reader may find it there.
 */
const ADDRESS_PUBLISHED_ELSEWHERE =
  /\b(?:e-?mail|address)\b[^.\n]{0,40}?\b(?:as\s+)?(?:defined|listed|given|published|found|shown)\s+(?:in|on|at)\s+(?:the\s+|our\s+|my\s+)?[*_]*(?:[A-Z]|(?:(?:repository|project|owner[’']?s|maintainer[’']?s|github|gitlab)\s+)?(?:(?:front|home|main|landing|contact)\s*page\b|(?:web)?site\b|homepage\b|profile\b))/;

/**
 * The same in any language: a sentence asking for a private report through an address or contact given
 * on a website it names ("از طریق ایمیلی که در سایت ما درج شده", "à l'adresse indiquée sur le site").
 */
const ADDRESS_OR_CONTACT_WORD =
  /\b(?:e-?mail\w*|address(?:es)?|adresse[ns]?|direcci[óo]n|endere[çc]o|indirizzo|adres|contact\w*|kontakt\w*|contato|contacto)\b|نشانی|آدرس|تماس|ایمیل|عنوان|بريد|адрес|почт|пошт|アドレス|連絡先|地址|联系方式|聯絡方式|주소|연락처/i;
const SITE_WORD =
  /\b(?:web\s?site|homepage|home\s+page|webseite|site(?:\s+web)?|sitio(?:\s+web)?|sito(?:\s+web)?|p[áa]gina\s+web|strona)\b|سایت|موقع|сайт|ウェブサイト|サイト|网站|網站|官网|官網|웹사이트|홈페이지/i;

/**
 * A request to write to someone named, without an address: "envie um e-mail para o Meuphilim",
 * "report it to @jane", "you may contact @jane". The name may be all a reporter needs to find them (labellers read such
 * policies both ways), so a missing channel is uncertain.
 */
const NAMED_RECIPIENT =
  /\b(?:[Ee]-?mail|[Ww]rite|[Ss]end|[Rr]eport|[Cc]ontact|[Mm]essage|[Ee]nvie|[Ee]screva|[Ee]scriba|[Cc]ontacte|[Cc]ontate|[Ss]chreib(?:e|en|t)?|[ÉéEe]crivez|[Ee]nvoyez)\b[^.\n]{0,40}?\b(?:to|para|an|à)\s+(?:o\s+|a\s+|el\s+|la\s+)?(?!(?:GitHub|GitLab|Discord|Slack|Security|Team|Us|The|Our|Vulnerabilit\w*|Issues?|Bugs?)\b)(?:@[\w-]{2,}|[A-Z][a-z]+[A-Z0-9]?[\w-]*)(?=[\s.,;:!?)]|$)|\b(?:[Cc]ontact(?:ing)?|[Mm]essage|[Pp]ing|DM|[Cc]ontacte[rz]?|[Cc]ontat[ea]r?|[Kk]ontaktier(?:e|en|t))\s+(?:me\s+)?(?:at\s+|via\s+|on\s+)?@[\w-]{2,}(?=[\s.,;:!?)]|$)/;

/**
 * The same with the person in a list under the request: "email your findings directly to the team
 * lead:" over "- **Jane Doe** (@jane) - Team Lead".
 */
const RECIPIENT_LISTED =
  /\b(?:e-?mail|write|send|report|contact|message)\b[^.\n]{0,60}?\bto\s+(?:the|our|a)\s+(?:[\w-]+\s+){0,2}?(?:leads?|maintainers?|owners?|authors?|developers?|admins?|administrators?)\s*:[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*[-*+][^\n]*\n){0,3}?[ \t]*[-*+][^\n]*?(?<![\w.])@[\w-]{2,}/i;

/**
 * A sentence that names a private feature to report through ("use the repository's private
 * reporting feature", "o recurso privado de reporte", "私下弱點回報功能") without a channel the model
 * reads: platforms and translations word their private reporting in more ways than patterns list.
 */
const namesPrivateFeature = perDocument(
  (doc: PolicyDocument): boolean =>
    inOneSentence(visibleText(doc), [PRIVATE_WORD, FEATURE_WORD]) ||
    // "die private Meldefunktion, die GitHub für dieses Repository anbietet", "a comunicação privada de
    // vulnerabilidades do GitHub": GitHub, privacy and a report in one sentence, however worded.
    // (A private message on GitHub is read on its own: there are none.)
    inOneSentence(forgeSentences(doc), [FORGE_NAMED, PRIVATE_WORD, REPORT_OR_VULNERABILITY], PUBLIC_NEGATED_OR_DM) ||
    // "melden via de pagina voor het melden van kwetsbaarheden van deze repository op GitHub": reporting a
    // vulnerability on the forge.
    inOneSentence(forgeSentences(doc), [FORGE_NAMED, REPORTING_WORD, VULNERABILITY_WORD], PUBLIC_OR_NEGATED),
);
/**
 * The visible text for reading how the forge is named: a channel the model found stands as an issue (a
 * sentence with one is read already: "підніміть проблему на GitHub", "once GitHub private vulnerability
 * reporting is enabled"), and a public place turned down is left out ("…, niet via issues of pull requests").
 */
const forgeSentences = perDocument((doc: PolicyDocument): string => {
  const text = visibleText(doc);
  // One piece per stretch between channels (slicing the whole text again for each was quadratic).
  const pieces: string[] = [];
  let at = 0;
  for (const c of [...channelsOf(doc)].sort((a, b) => a.start - b.start)) {
    // (a channel that overlaps one already replaced widens it)
    if (c.start < at) {
      at = Math.max(at, c.end);
      continue;
    }
    pieces.push(text.slice(at, c.start), ' issue ');
    at = c.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('').replace(REFUSED_PUBLIC_PLACE, ' ');
});
/** The forge in words, inflected too ("GitHubs", "GitHubin"), not in an address (`github.com/…`). */
const FORGE_NAMED = /(?<![\w./@-])(?:github|gitlab)(?!\.(?:com|io)\b)/i;
const REPORT_OR_VULNERABILITY = new RegExp(`${REPORTING_WORD.source}|${VULNERABILITY_WORD.source}`, 'i');

/** A chat service (a server, a workspace) in a reporting sentence or section: its maintainers may take direct messages there. */
function chatForReports(doc: PolicyDocument): boolean {
  const chats = channelsOf(doc).filter((c) => c.kind === 'chat');
  if (chats.length === 0) return false;
  const whereChannelsStand = channelPlaces(doc);
  return chats.some((c) => whereChannelsStand({ url: '', start: c.start, end: c.end }));
}

/** The forges whose addresses the channel model reads by their paths (profiles, trackers, front pages). */
const FORGES = '(?:github\\.com|gitlab\\.com|codeberg\\.org)';
/** Where an address is published: a person's page on a forge, a key on a keyserver or in a file. */
const PROFILE_PAGE = new RegExp(`^https?:\\/\\/${FORGES}\\/[\\w.-]+\\/?$`, 'i');
const KEY_PAGE =
  /^https?:\/\/(?:(?:keys\.openpgp\.org|keyserver\.ubuntu\.com|pgp\.mit\.edu|keybase\.io)\/|[^?#\s]+\.(?:asc|gpg|pub)(?:[?#]|$))/i;

/**
 * "Report it by email" with no address, and a link to where the address is published: the author's
 * profile in the same section, or a key anywhere (a key's user id holds its owner's address).
 */
function addressesBehindLinks(doc: PolicyDocument, text: string, links: readonly Link[]): Link[] {
  const pages = links.filter(
    (l) =>
      (PROFILE_PAGE.test(l.url.trim()) || KEY_PAGE.test(l.url.trim())) &&
      !isPlaceholderUrl(l.url) &&
      !/\byour\b/i.test(l.url),
  );
  if (pages.length === 0) return [];
  const asksForEmailIn = (part: string) => part.split(SENTENCE_BOUNDARY).some(asksForEmail);
  if (!asksForEmailIn(text)) return [];
  const headingAt = headingIndexAt(doc);
  const sectionAsks = new Map<number, boolean>();
  return pages.filter((link) => {
    if (KEY_PAGE.test(link.url.trim())) return true;
    const index = headingAt(link.start);
    if (!sectionAsks.has(index))
      sectionAsks.set(
        index,
        asksForEmailIn(text.slice(doc.headings[index]?.start ?? 0, doc.headings[index + 1]?.start ?? text.length)),
      );
    return sectionAsks.get(index)!;
  });
}

/**
 * Whether a sentence asks for an email: "send an email to …", "email [the maintainer](…)"; not one
 * that only speaks of mail ("Email is bounced if the sender's host is listed in [a blocklist](…)").
 */
function asksForEmail(sentence: string): boolean {
  if (!EMAIL_WORD.test(sentence)) return false;
  return (
    REPORTING_WORD.test(sentence.replace(EVERY_EMAIL_WORD, ' ')) ||
    /^[\W_]*(?:please\s+)?e-?mail\s+(?!(?:is|was|are|were|will|can|may|should|address\w*)\b)|\b(?:write|drop|shoot)\s+(?:\w+\s+){0,3}?e-?mail|\be-?mail\s+(?:me|us|the\s+maintainers?)\b/i.test(
      sentence.trim(),
    )
  );
}

/** Channels only the maintainers read. */
export function privateChannels(doc: PolicyDocument): readonly Channel[] {
  return channelsOf(doc).filter((c) => c.privacy === 'private');
}

/** Instructions to report in a public issue, discussion or pull request. */
export function publicChannels(doc: PolicyDocument): readonly Channel[] {
  return channelsOf(doc).filter((c) => c.privacy === 'public' && c.kind === 'issue');
}

/**
 * A policy file in this policy's own folder (`SECURITY.md`, `./SECURITY.zh-CN.md`): this policy or a
 * translation of it, linked from a language switcher. A channel it names is one this policy names too.
 */
const SIBLING_POLICY = /^(?:\.\/)?security(?:[._-][\w-]+)?\.(?:md|markdown|rst|adoc|asciidoc)(?:#[^\s]*)?$/i;
/** A path or URL that ends in a policy file: `/SECURITY.md`, `…/docs/SECURITY.ja.md`. */
const POLICY_FILE = /(?:^|\/)security(?:[._-][\w-]+)?\.(?:md|markdown|rst|adoc|asciidoc)(?:#[^\s]*)?$/i;
/** At most this long, a translation that sends readers to another version is a stub that stands for it. */
const STUB_LENGTH = 1000;
/** Words that send the reader to another document: "see", "consulte", "siehe", "请参阅". */
const REFER_WORD =
  /\b(?:see|refer\w*|consult\w*|read|siehe|voir|vea|veja|vedi|zie|zobacz|смотрите|см)\b|参见|参阅|參閱|参照|참조/i;
/**
 * "Visit [our portal](…) to report vulnerabilities", "report them using this page: <…>": the page is where
 * one goes to report.
 */
const VISIT_WORD =
  /\b(?:visit|go\s+to|head\s+(?:over\s+)?to|navigate\s+to|besuchen?|visitez|visita|acess[ea])\b|\b(?:us(?:e|ing)|via|through)\s+(?:this|the\s+following)\s+(?:page|link|form|site|portal)\b|访问|前往|訪問|방문/i;
/** Names of languages as switchers write them, in English and in their own script. */
export const LANGUAGE_NAMES =
  /(?:english|englisch|anglais|ingl[eéê]se?|inglés|inglês|английский|англійська|angielski|ingilizce|англ\.?|英語|英文|英语|영어|中文|简体中文|簡體中文|繁體中文|繁体中文|日本語|한국어|español|português|français|deutsch|italiano|русский|українська|polski|türkçe|tiếng\s+việt|bahasa\s+indonesia|nederlands|čeština|العربية|हिन्दी|ไทย)/
    .source;
/**
 * A link whose text is a language's name (`[English](/SECURITY.md)`, `[🇬🇧 English](…)`,
 * `[日本語](https://github.com/o/r/blob/main/docs/SECURITY.ja.md)`): a language switcher's entry.
 */
const LANGUAGE_NAME_LINK = new RegExp(
  `^\\[[^\\]\\w]{0,8}${LANGUAGE_NAMES}(?:\\s*\\([^)]{0,20}\\))?(?:\\s+version|\\s+versi[oó]n|\\s+版)?\\W{0,4}\\]`,
  'i',
);
/** The rest of an HTML anchor whose text is a language's name: `<a href="./SECURITY.md">English</a>`. */
const LANGUAGE_NAME_ANCHOR = new RegExp(`^[^>\\n]*>[^<\\w]{0,8}${LANGUAGE_NAMES}[^<\\w]{0,4}</a>`, 'i');
/** A Markdown inline link, `[text](target)`. */
const MARKDOWN_LINK = /\[[^\]\n]*\]\([^)\n]*\)/g;
/** A line that introduces a link as this policy in another language: "English original: [..](../SECURITY.md)". */
const TRANSLATION_NOTE = new RegExp(
  `(?:${LANGUAGE_NAMES}|\\b(?:original|source|kaynak|quelle|fuente|fonte|źródło|bron)\\b|原文|来源|來源|출처|원문|оригинал|источник|джерело)[^\\n]{0,30}$`,
  'i',
);
/** A policy file in a folder named for a language: `../de/SECURITY.md`, `docs/pt-BR/SECURITY.md`. */
const LANGUAGE_FOLDER_POLICY =
  /(?:^|\/)[a-z]{2}(?:[-_][A-Za-z]{2,4})?\/security(?:[._-][\w-]+)?\.(?:md|markdown|rst|adoc|asciidoc)$/i;
/**
 * A bounty platform's own pages that are not a program: its guidelines, documentation and articles,
 * and one disclosed report (`hackerone.com/reports/123`, `huntr.dev/bounties/<id>`). They explain or
 * cite; a program page (`hackerone.com/acme`) takes reports, not its feed of disclosed ones (`/acme/hacktivity`).
 */
const BOUNTY_REFERENCE_PATH =
  /^\/(?:disclosure-guidelines|resources?|blog|articles?|product|solutions|(?:[^/]+\/)?hacktivity|reports\/\d+)(?:\/|$)/i;
/** huntr's disclosed reports (`huntr.com/bounties/<id>`); on Cantina, `/bounties/<id>` is a program. */
const HUNTR_REPORT = /^\/bounties\/(?!disclose)[^/]+(?:\/|$)/i;
/** Whether a bounty platform's page explains or cites (BOUNTY_REFERENCE_PATH) rather than takes reports. */
const isBountyReference = (host: string, path: string): boolean =>
  BOUNTY_REFERENCE_PATH.test(path) || (/(?:^|\.)huntr\.(?:dev|com)$/i.test(host) && HUNTR_REPORT.test(path));
const BOUNTY_PLATFORMS =
  /(?:^|\.)(?:hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com|huntr\.(?:dev|com)|immunefi\.com|hackenproof\.com|openbugbounty\.org|zerodayinitiative\.com|tidelift\.com|federacy\.com|synack\.com|cobalt\.io|safehats\.com|hats\.finance|ravro\.ir|butian\.net|vulbox\.com|xz\.aliyun\.com|zeroday\.hitcon\.org|zerocopter\.com|yogosha\.com|cantina\.xyz|sherlock\.xyz|code4rena\.com|bugbase\.ai|bugbounty\.jp|issuehunt\.io)$/i;
const GITHUB_ADVISORY =
  /^https?:\/\/github\.com\/[^/\s]+\/[^/\s]+\/security(?:\/(?:advisories(?:\/new)?|policy))?\/?(?:[?#].*)?$/i;
const GITHUB_ISSUES = /^\s*https?:\/\/(?:www\.)?github\.com\/[^/\s]+\/[^/\s]+\/(?:issues|discussions|pulls?)\b/i;
// (a site's `/community` is its forum, and so are a forum's topics and categories under it; a page deeper
// there, `/community/contributing/disclosing-vulnerabilities/`, is the project's documentation)
const PUBLIC_TRACKER_PATH =
  /\/(?:issues|discussions|pulls?|forum|-\/issues)(?:\/|$)|\/community(?:\/(?:t|c|d|categories|topics?|threads?|discussions?)\/|\/?$)/i;
const PUBLIC_TRACKER_URL = new RegExp(
  `https?:\\/\\/${FORGES}\\/[^/\\s]+\\/[^/\\s]+\\/(?:issues|discussions)(?:\\/new)?\\b[^\\s)>\\]]*`,
  'gi',
);
/** Words of reporting and contact in a page's path: a page to report through, even on a documentation site. */
const REPORT_PATH_WORD =
  /form|report|submit|vulnerab|disclos|bounty|psirt|\bcvd\b|\bvdp\b|responsible|hall-?of-?fame|conta(?:c)?t|kontakt/i;
/**
 * Paths and hosts of reporting forms and vendors' security pages: the words of reporting, and those of the
 * topics and teams such pages are about ("security", "trust", "cert"), which name a topic on a documentation site.
 */
const FORM_PATH = new RegExp(
  `${REPORT_PATH_WORD.source}|security|secure|msrc|whitehat|vrp|\\bc?sirt\\b|\\bcert\\b|abuse|\\/(?:support|soporte|suporte|supporto|wsparcie|destek)\\/?$|trust|sicherheit|securite|seguridad|seguranca|sicurezza|bao-?mat|bezpecnost|bezpieczenstwo|sakerhet|sikkerhe[dt]|turvallisuus|biztonsag|guvenlik|beveiliging|securitate|service-?desk|help-?desk`,
  'i',
);
const DOCS_SITE = /^(?:docs?|documentation|wiki|manual|handbook)\./i;
const DOCS_PATH = /^\/(?:docs?|documentation|wiki|manual|handbook)\//i;
const FORM_HOST = /^(?:forms?|security|psirt|msrc|trust|bugbounty|bounty|report|hackerone|vdp)\./i;
const SUPPORT_HOST = /^(?:support|help-?desk|service-?desk)\./i;
/** A national or sector CERT's host (`incydent.cert.pl`, `www.cert.at`): its reporting form takes reports for the project. */
const CERT_HOST = /(?:^|\.)(?:cert|csirt|ncsc)\.[a-z]{2,3}(?:\.[a-z]{2})?$/i;
/** A help centre's new-request form (Zendesk `/hc/…/requests/new`, Jira Service Management's customer portal). */
const REQUEST_FORM_PATH = /\/hc\/(?:[a-z-]+\/)?requests\/new\b|\/servicedesk\/customer\/portal\//i;
/** "public" in the words that call a place public: "the public forum at", "el foro público en". */
const PUBLIC_PLACE =
  /\b(?:public|p[úu]blic[oa]s?|pubblic[oa]|openbare?|publiczn\w*|ve[řr]ejn\w*)\b|öffentlich|публичн|публічн|عمومی|公开|公開|공개/i;
/** A chat room named as one: "#security", a group, a channel (in the languages policies write it in). */
const PUBLIC_ROOM =
  /(?:^|[\s`'"“(*_])#(?:[^\s\w#]{1,4}-?)?(?=[\w-]*[A-Za-z])[\w-]{2,}|\b(?:group|grupo|gruppe|groupe|gruppo|grup|groep|grupa|room|rum(?:met)?|rom(?:met)?)\b|групп[аыу]|груп[уаі]|чат|канал|گروه|群组|群組|グループ|チャンネル|채널|그룹|오픈\s*채팅|단톡/i;
/** A list item's label up to a link: "- **Discussions:** ". */
const LABELLED_LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+[*_]*[^:：\n]{1,40}[:：][*_]*[ \t]*$/;
/** "Questions? [GitHub Discussions](…)": a link (or the URL inside one) right after "Questions?" on its line is where to ask. */
const afterQuestionsLead = (text: string, offset: number) =>
  QUESTIONS_LEAD.test(lineBefore(text, offset, 80).replace(/\[[^\]\n]*\]\($/, ''));
/**
 * Public places to post, by name: discussions, pull requests, public trackers, forums, mailing lists
 * (not "the security issue tracker", the one for security issues, which names the private one).
 */
const PUBLIC_PLACE_NAME =
  /\b(?:GitHub\s+Discussions|Discussions|pull\s+requests?|Bugzilla|Discourse|forums?|foro|f[óo]rum|(?<!\bsecurity\s)issue\s*tracker|issuetracker|mailing\s+list|liste\s+de\s+diffusion|lista\s+de\s+correo|Mailingliste|postituslista\w*)\b|форум\S*|フォーラム|论坛|論壇|議題追蹤|포럼|diễn\s+đàn|פורום|منتدى|فروم|ฟอรัม|फ़ोरम/g;
/**
 * The text before an address that is an author's in a package manifest pasted into the policy: an
 * `"email"` key after an `"author"`/`"authors"`/`"maintainers"` key, on the address's own line.
 */
const MANIFEST_AUTHOR_EMAIL = /"(?:authors?|maintainers?|contributors)"\s*:[^]*\n[ \t]*"e-?mail"\s*:\s*"$/i;
/** An address with letters beyond ASCII, of scripts written with spaces: `sécurité@ferronnerie.fr`, `безопасность@пример.рф`. */
const INTERNATIONAL_EMAIL = (() => {
  const letter = '(?:(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}])[\\p{L}\\p{N}\\p{M}])';
  const label = `${letter}(?:(?:${letter}|-)*${letter})?`;
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}._%+-])${letter}(?:${letter}|[._%+-])*@${label}(?:\\.${label})+`, 'gu');
})();
/** A webmail address written with a comma for its last dot (`jane@gmail,com`) or a doubled at sign (`jane@@gmail.com`). */
const COMMA_TYPO_ADDRESS =
  /[A-Za-z0-9](?<![\w.+-][A-Za-z0-9])[\w.+-]*@(?:@(?=\w+\.)|(?=\w+\s?,))(?:gmail|googlemail|yahoo|outlook|hotmail|live|proton(?:mail)?|icloud|gmx|yandex|qq|163)\s?[,.]\s?(?:com|net|org|me|ch|de|ru|fr|com\.br)\b/g;
/** A public place turned down, to the end of its clause: "niet via issues of pull requests", "not in a public issue". */
/** The forge's public places by name: issues, discussions, pull requests, and the other public places'. */
const FORGE_PUBLIC_PLACE = `issue|discussion|pull[\\s-]*request|${PUBLIC_PLACE_NAME.source}`;
const REFUSED_PUBLIC_PLACE = new RegExp(
  `(?:${NEGATION.source})(?=[^.,;:\\n]{0,40}?(?:${FORGE_PUBLIC_PLACE}))[^.,;:\\n]{0,80}`,
  'gi',
);
/** A sentence that turns something down or names a public place ("… in a public issue on GitHub"). */
const PUBLIC_OR_NEGATED = new RegExp(`${NEGATION.source}|${FORGE_PUBLIC_PLACE}|\\bPR\\b|${PUBLIC_PLACE.source}`, 'i');
const PUBLIC_NEGATED_OR_DM = new RegExp(`${PUBLIC_OR_NEGATED.source}|${PRIVATE_MESSAGE.source}`, 'i');
const namesPublicRoom = (clause: string) => PUBLIC_PLACE.test(clause) || PUBLIC_ROOM.test(clause);
/**
 * A room named after a chat link as where reports go: "join our server (<link>) and post your report in
 * #security" (not "… and ask in #help": questions are other matters).
 */
function roomForReportsAfter(text: string, end: number): boolean {
  const after = sentenceAfter(text, end);
  return namesPublicRoom(after) && REPORTING_WORD.test(after) && !OTHER_MATTERS.test(after);
}
/**
 * The clause a link stands in, or the one a colon ends right before it: "post it in our public chat:
 * https://t.me/…" (a colon breaks clauses, and nothing stands between it and the link).
 */
function clauseIntroducing(text: string, at: number): string {
  const sentence = sentenceBefore(text, at);
  const clause = lastClause(sentence);
  if (/\p{L}/u.test(clause)) return clause;
  if (/[:：]\s*$/.test(sentence)) return lastClause(sentence.replace(/[:：]\s*$/, ''));
  // Nothing but marks before the link ("🔗 https://…", or the link alone in a paragraph of its own): the
  // text before it, if a colon ends it.
  const before = text.slice(Math.max(0, at - sentence.length - 300), at - sentence.length).trimEnd();
  return /[:：]$/.test(before) ? lastClause(sentenceBefore(before, before.length - 1)) : clause;
}
/** A forum's own host: `forum.acme.dev`, `discourse.acme.dev`, `foro.acme.es`. */
const PUBLIC_FORUM_HOST =
  /^(?:forums?|foro|f[óo]rum|community|comunidad|comunidade|communaute|communauté|gemeinschaft|discuss|discourse)\./i;
/** The contact part of a vendor's page: `github.com/services#services-contact`. */
const CONTACT_FRAGMENT = /^#(?:[\w-]*-)?(?:contact|kontakt|contacto|contato|contatti)(?:-[\w-]*)?$/i;
/** Hosted form services: a link to one is a reporting form whatever its path. */
const FORM_SERVICE =
  /(?:^|\.)(?:typeform\.com|jotform\.com|tally\.so|airtable\.com|surveymonkey\.com|formstack\.com|cognitoforms\.com|wufoo\.com|hsforms\.com|zohopublic\.com|forms\.office\.com|forms\.gle|formspree\.io|formsite\.com)$/i;
/** Chat services; a link to one is a private channel where the text asks for a direct message. */
const CHAT_HOST =
  /(?:^|\.)(?:keybase\.io|t\.me|telegram\.me|signal\.me|signal\.group|matrix\.to|discord\.gg|discord\.com|discordapp\.com|slack\.com|open\.kakao\.com|line\.me|gitter\.im|zulipchat\.com|wa\.me|wechat\.com|x\.com|twitter\.com|linkedin\.com|mastodon\.social|fosstodon\.org|bsky\.app)$/i;
/** A project's own address for its chat server: `discord.project.org`, `project.org/discord`. */
const OWN_CHAT_ADDRESS = /^(?:discord|slack|matrix|zulip|chat)\.|\/(?:discord|slack|matrix|zulip|chat)\/?$/i;
const ONE_TO_ONE_CHAT = /(?:^|\.)(?:keybase\.io|signal\.me|wa\.me)$/i;
/** A chat bot's command for reports: `/report`, `/ticket`, `/modmail`. */
const REPORT_COMMAND = /(?<![\w/.-])\/(?:report|ticket|bugreport|security|modmail)(?![\w/.-])/gi;
/** A Session messenger ID. */
const SESSION_ID = /(?<![\w])05[0-9a-f]{64}(?![\w])/g;
/** Chat services named in words: "DM me on Discord". */
const CHAT_SERVICE =
  /\b(?:discord|slack|matrix\.org|telegram|twitter|signal\s+(?:app|messenger)|wechat|weixin|qq|keybase|threema|whatsapp|nostr|mastodon|zulip|gitter|linkedin|reddit|kakao(?:talk)?|wikidot|gitverse|irc|libera(?:\.chat)?|oftc|steam|messenger)\b|тел[еи]грам|дискорд|تلگرام|تيليجرام|텔레그램|디스코드|ディスコード|טלגרם|카카오톡|微信/i;
/**
 * A sentence about what a policy file holds, as a template or a guide writes it ("This file should
 * contain instructions for reporting…", "create your own SECURITY.md"): it tells the author, not a reporter.
 */
export const ABOUT_THE_FILE =
  /\b(?:this|the|a|your)\s+(?:file|document|template|security\s+policy|security(?:\.md)?\s+file)\s+(?:also\s+)?(?:(?:should|must|may|can|could|will|would)\s+(?:also\s+)?(?:contain|include|provide|explain|describe|list|tell|say|have|specify|outline|define|serve|state|cover|give)|(?:contains|provides|explains|describes|includes|lists)\s+(?:information|instructions|details|guidance))\b|\bcreate\s+your\s+own\b/i;
/** What a policy says is not its project's to handle: "I am not responsible for …", "… is not covered by this policy". */
const DISCLAIMS =
  /\bnot\s+(?:responsible|liable)\s+for\b|\b(?:is|are)\s+not\s+(?:covered|handled)\s+(?:by|here|in)\b|\bout\s+of\s+(?:this\s+(?:policy's\s+)?)?scope\b/i;
/** "For Checkmk itself, …": another product than this one, by name. */
const OTHER_PRODUCT_ITSELF = /\bfor\s+(?!this\b|our\b|the\s+project\b)[\w .-]{1,40}?\s+itself\b/i;
/** Words around a Matrix user that say it is someone to message. */
const MATRIX_CONTEXT = new RegExp(`matrix|element|chat|message|dm\\b|contact|${PRIVATE_MESSAGE.source}`, 'i');
/** `keybase chat send jane`: the command that writes to a Keybase user. */
const KEYBASE_CHAT = /\bkeybase\s+chat\s+send\s+[\w.-]+/gi;
const LAUNCHPAD_PRIVATE_SECURITY = /\bPrivate\s+Security\b/g;
/** An address written with numeric character references for some or all of its characters. */
// (a match starts only where its run of characters starts: trying every position of a long run is quadratic)
const ENTITY_ADDRESS =
  /(?<![\w.+\-;])(?:[\w.+-]|&#(?:\d{2,3}|x[0-9a-f]{2});)+(?:@|&#0*64;|&#x0*40;)(?:[\w-]|&#(?:\d{2,3}|x[0-9a-f]{2});)+(?:(?:\.|&#0*46;|&#x0*2e;)(?:[\w-]|&#(?:\d{2,3}|x[0-9a-f]{2});)+)+/gi;
/** "Security" in the usual languages but English, for SECURITY_WORD and SECURITY_TITLE. */
const SECURITY_IN_LANGUAGES =
  'sicherheit|s[ée]curit|segur|sicurezza|veiligheid|bezpiecze|bezpe[čc]nost|biztons[áa]g|s[äa]kerhet|sikkerhe[dt]|tietoturva|keamanan|b[ảa]o\\s+m[ậa]t|g[üu]venlik|безопасн|безпек|ασφ[άα]λεια|أمان|الأمن|אבטחה|امنیت|सुरक्षा|ความปลอดภัย|セキュリティ|安全|보안';
/** "Security", as a part of a document is named (not "secure", which SECURITY_TITLE takes). */
const SECURITY_WORD = new RegExp(`securit|${SECURITY_IN_LANGUAGES}`, 'i');

/**
 * A mailbox whose name says it is for another matter than vulnerabilities: conduct, licensing, the press,
 * sales, privacy, legal, jobs, abuse and responsible AI (in the languages policies are written in).
 */
const OTHER_MATTER_MAILBOX =
  /^(?:conduct|coc|code-?of-?conduct|conduite|conduita|conduct[ae]|condut[ao]|condotta|verhalten|gedrag\w*|chovani|atferd|kodeks|kodex|uppforande|povedinka|povedeni\w*|bienveillance|licen[cçstz]\w*|lisens|lizenz\w*|press|presse|tisk|presa|prensa|imprensa|stampa|pers|pr|media|medien|sales|salg|obchod|vertrieb|verkauf|ventas|vendas|vendite|commercial\w*|comercial|oferta|marketing|billing|invoices?|careers?|jobs|empleo|emploi|hr|rh|privacy|privacidad\w*|dpo|gdpr|rgpd|datenschutz|legal|juridi\w*|trademarks?|partners?|partnerships?|partenaires?|partener\w*|parcerias?|socios|adhesion|membership|responsible-?ai|ethics|ethik|bias|abuse|missbrauch|naduzyci\w*)(?:[._+-]|$)/i;
const forOtherMatter = (address: string) => OTHER_MATTER_MAILBOX.test(address.slice(0, address.indexOf('@')));
/** A sentence about vulnerabilities or security, in the languages the rules read. */
const SECURITY_MATTER = new RegExp(`${VULNERABILITY_WORD.source}|${SECURITY_WORD.source}`, 'i');
/** A Matrix user id (`@alice:matrix.org`): a person to message, not a room. */
const MATRIX_USER = /(?<![\w@])@[a-z0-9._=\/-]+:[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/gi;
/** A security.txt named by its path or file name, not linked. */
const SECURITY_TXT_NAMED = /(?<![\w/.-])(?:\/?\.well-known\/)?security\.txt\b/gi;
/**
 * The repository's root policy named from a policy in a sub-folder: "use the repository root
 * `SECURITY.md`", "see the top-level SECURITY.md", "see `../SECURITY.md`": the policy that says how to report.
 */
const ROOT_POLICY_NAMED =
  /\b(?:root|top-level|top\s+level|main)\s+[`"*_]*SECURITY\.md\b|\bSECURITY\.md[`"*_]*\s+(?:at|in)\s+the\s+(?:repository\s+|repo\s+|project\s+)?root\b|(?<![\w/.-])(?:\.\.\/)+(?:\.github\/|docs\/)?SECURITY\.md\b/gi;
/** Words that send the reader to a file: "listed in", "see" (not "when the contact in security.txt changes"). */
const POINTS_TO_FILE = /\b(?:listed|found|given|published)\s+(?:in|at|on)\b|\b(?:see|read|consult|check)\b/i;
/** Post as the way to send a report, in the languages policies are written in. */
const POSTAL_MAIL =
  /\bpostal\s+(?:mail|address|letter)|\bby\s+post\b|\bcourrier\s+postal|\bpar\s+courrier\b|\bcorreo\s+postal|\bcorreio\s+postal|\bpor\s+carta\b|\bPostweg\b|\bper\s+(?:Post|Brief)\b|\bposta\s+(?:ordinaria|raccomandata)|\bpoczt[ąa]\s+tradycyjn/gi;
/**
 * An account on a messenger that carries only messages between people, a few words after its name:
 * "Signal: username `jane.07`", "Threema `K7WP3N2X`", "on Wire @jane". Names that are English words
 * (Signal, Session, Wire) count capitalised only.
 */
const MESSENGER_ACCOUNT =
  /\b(?:Signal|Session|Wire|[Ww]hats[Aa]pp|WHATSAPP|[Tt]hreema|THREEMA|[Vv]iber|[Zz]alo|ZALO|Simple[Xx])\b[*_]*[^\n.;!?]{0,40}?(?:`@?[\w.-]{3,40}`|(?<![\w@])@[\w.-]{3,40})/g;
/** A phone number a few words after Signal, WhatsApp, Threema, Zalo, a phone, a call or a hotline: a private line (not a year or a date). */
const PHONE_WORD =
  '(?:\\b(?:signal(?:u|em)?|whatsapp|threema|viber|zalo|sms|text|phone|tel(?:ephone)?|call|hotline|telefon\\w*|telefoon|telepon|t[ée]l[ée]phone|tel[ée]fono|telefone)\\b|đi[ệe]n\\s+tho[ạa]i|телефон\\S*|هاتف|טלפון|電話|电话|전화)';
const PHONE_NUMBER = '(?!(?:19|20)\\d\\d[-–/ ])\\+?\\d[\\d ()-]{6,18}\\d';
/** A number films and templates use: area code or exchange 555, all zeros, 123-456-7890. */
const FICTIONAL_PHONE =
  /(?<!\d)(?:\(?555\)?[-. ]?\d{3}[-. ]?\d{4}|\(?\d{3}\)?[-. ]?555[-. ]?01\d\d|\(?000\)?[-. ]?000[-. ]?0000|0{3}[-. ]?0{4}|\(?123\)?[-. ]?456[-. ]?7890)(?!\d)/;
const PHONE_CONTACT = new RegExp(`${PHONE_WORD}[^.\\n\\d]{0,30}?${PHONE_NUMBER}`, 'gi');
/**
 * The same with the number alone on a line after one that ends with a colon ("… Signal-Nachricht:", a
 * blank line, "**+49 151 …**"): across paragraphs, so matched on the whole text, not paragraph by paragraph.
 */
const PHONE_AFTER_COLON = new RegExp(
  `${PHONE_WORD}[^.\\n\\d]{0,30}[:：][ \\t]*\\n(?:[ \\t]*\\n)?[ \\t>*_-]*${PHONE_NUMBER}`,
  'gi',
);
/**
 * "Email the owners listed by `npm owner ls`", "the address is in the `author` field of package.json",
 * "maintainers listed in MAINTAINERS", "the addresses in `x.gemspec`", "e-mailadres … in de readme en de
 * publiccode.yaml": the sentence asks for an email and names where the address is (a package manifest
 * that holds its authors' addresses, the public-sector metadata file that holds its contacts).
 * Case-sensitive, so that file names in capitals are not words ("the authors").
 */
// (also a file a repository keeps its contacts in: "contact us privately (see `SUPPORT.md`)", SECURITY_CONTACTS)
const ADDRESS_SOURCE =
  /\b(?:MAINTAINERS|AUTHORS|CODEOWNERS|CONTRIBUTORS|README|[Rr]eadme|SECURITY_CONTACTS)\b|\b(?:SUPPORT|CONTACTS?)\.md\b|\bnpm\s+owner\b|package\.json|publiccode\.ya?ml|Cargo\.toml|pyproject\.toml|setup\.(?:py|cfg)|META\.(?:json|ya?ml)|gemspec\b|composer\.json|pom\.xml|\.cabal\b|\bDESCRIPTION\s+file\b|\bPOD\b|\bperldoc\b|\bgit\s+log\b|\b[Cc]ommit\s+(?:log|history)\b|\b(?:[Gg]it[Hh]ub|[Gg]it[Ll]ab|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|(?:maintainer|author|owner)(?:'s|’s|s'))\s+profiles?\b|\bprofiles?\s+of\s+the\s+(?:maintainers?|author|owner)\b|\b[Pp]erfil\s+(?:d[oae]l?|de\s+la)\s+(?:mantenedor[a]?|autor[a]?|dono|propietari[oa]|maintainer)\b|\b(?:[Mm]eu|[Mm]i|[Ss]eu|[Ss]u)\s+perfil\b|\b[Pp]rofil\s+(?:du|de\s+l['’])\s*(?:mainteneur|auteur|propriétaire)\b|\b(?:[Mm]on|[Ss]on)\s+profil\b|\b(?:[Mm]ein|[Ss]ein|[Ii]hr)(?:em)?\s+Profil\b|[Пп]рофил[а-яё]*\s+(?:на\s+)?Git[Hh]ub|\b[Pp]erfil\s+(?:de|do|en|no)\s+Git[Hh]ub|\b[Pp]rofil\s+Git[Hh]ub|\bGit[Hh]ub-Profil|\b(?:[Aa]uthor|[Mm]aintainer)s?\s+field\b|\bpackage\s+metadata\b|\bpackage\s+owners\b|\bowners\s+of\s+the\s+package\b|\blist\s+of\s+(?:the\s+)?maintainers\b|\b(?:repository|repo|project)(?:'s|’s)?\s+contact\s+(?:information|info|details)\b|\bcontact\s+(?:information|info|details)\s+(?:of|for|on)\s+(?:the|this)\s+(?:repository|repo|project)\b|\bmaintainers?\s+(?:list|page)\b|\bteam\s+page\b|\b[Ll]isted\s+on\s+(?:PyPI|npm(?:js)?|crates\.io|RubyGems|Packagist|NuGet|Hackage|CPAN|CRAN|pub\.dev)\b|\b[Ll]isted\s+on\s+<?https?:\/\/(?:www\.)?(?:pypi\.org|npmjs\.com|crates\.io|rubygems\.org|packagist\.org|nuget\.org|hackage\.haskell\.org|metacpan\.org|pub\.dev)\/|(?:账户|帐户|賬戶|官网|官網|主页|主頁|个人资料|個人資料)(?:中|里|裡|上)?(?:提供|列出|公布)的|(?:主页|主頁|个人资料|個人資料)(?:中|里|裡|上)的|プロフィール(?:に|上|ページ)|프로필(?:에|의)|الملف\s+الشخصي|پروفایل/g;
/** Files that list the project's people. */
const PEOPLE_LIST = /^(?:MAINTAINERS|AUTHORS|CODEOWNERS|CONTRIBUTORS)$/;
/** An account named on a platform as where to write: "to @jane on Steemit", "an @jane auf Mastodon". */
const ACCOUNT_ON_PLATFORM =
  /\b(?:to|an|à|a|para|per)\s+@[\w.-]{2,39}\s+(?:on|auf|sur|en|em|no|su|na|в|per|via|über|by|through)\s+[A-Z][\w.-]+/g;
/** A private room or message on a named chat service: "via privatem Discord", "a private Slack channel". */
const PRIVATE_CHAT = new RegExp(`(?:${PRIVATE_WORD.source})\\s+(?:${CHAT_SERVICE.source})`, 'gi');
/** Each mention of a chat service (a Matrix server too); with a direct message asked for near it, a private chat. */
const EVERY_CHAT_SERVICE = new RegExp(`${CHAT_SERVICE.source}|\\bmatrix\\s+(?:server|room|account|chat)`, 'gi');
/**
 * Where a private message is sent: a chat service, the social networks the project links, or an account
 * named, on GitHub or wherever the handle lives ("通过 GitHub 私信 @jane", "a private message to a
 * maintainer — @jane or @olga", "a PM to admin `Jane` on acme-forum.org": readers take it as the way to
 * write to that person; "a private message, if GitHub has them" names no one and nothing that exists).
 */
const dmPlace = (sentence: string) =>
  DM_SERVICE.test(sentence) || /(?<![\w@.])@[\w-]{2,}/.test(sentence) || ACCOUNT_IN_CODE.test(sentence);
/** An account in a code span after "to" or a role: "to `jane`", "to admin `Jane`", "administrátorovi `Jane`". */
const ACCOUNT_IN_CODE =
  /(?:\b(?:to|an|à|a|para|per)|\b(?:admin|administr|moderat|maintain|uživatel|user)\p{L}*)\s+`@?[A-Za-z][\w.-]{1,38}`/iu;
const DM_SERVICE = new RegExp(
  `${CHAT_SERVICE.source}|\\bdiscourse\\b|\\bforum\\w*|\\bsocial\\s+(?:media|networks?)\\b|\\bredes\\s+socia(?:les|is)\\b|\\br[ée]seaux\\s+sociaux\\b|\\bsoziale[nm]?\\s+(?:medien|netzwerke)\\b|社交(?:媒体|网络|平台|網路)`,
  'i',
);
/** "a direct message", "DM", "privately": how a message on a chat service is kept private. */
// (an encrypted message is one only its recipient reads)
const DIRECT_MESSAGE =
  /\b(?:DMs?|direct(?:ly)?\s+messag\w*|private(?:ly)?\s+messag\w*|privately|(?:end-to-end\s+)?encrypted\s+(?:chat\s+)?messag\w*)\b/i;
/** Messengers whose chats are between two people unless a group is named: a report sent there is private. */
const ONE_TO_ONE_SERVICE = /^(?:keybase|threema|whatsapp)$/i;
/** A report addressed to people, not to a room: "to the authors", "to one of the maintainers", "to me". */
const TO_PEOPLE =
  /\b(?:to|with)\s+(?:the\s+|our\s+|one\s+of\s+(?:the|our)\s+)?(?:authors?|maintainers?|developers?|owners?|core\s+team|me)\b/i;
/** "por Telegram a @acme_sec", "on Discord: @jane": an account on a named chat service. */
const HANDLE_ON_CHAT = new RegExp(`(?:${CHAT_SERVICE.source})[^\\n@.;]{0,40}?@[\\w.-]{3,}`, 'gi');
/** Networks where an @account is read by everyone who follows it. */
const PUBLIC_NETWORK = /\b(?:twitter|x|mastodon|reddit|linkedin|irc|libera|oftc)\b/i;
/** What the value after a chat service's name is called: "Discord Username: jane", "Telegram ID: …". */
const ACCOUNT_LABEL = '(?:[ \\t]+(?:user[ \\t]?name|user|handle|id|tag|nick(?:name)?|account|name))?';
/**
 * An account right after a chat service's name (inflected too: "na discordzie:", "в телеграмі:"), a colon
 * or a bracket between: "discord: jane.dev", "Discord (jane_dev)".
 */
const HANDLE_AFTER_CHAT = new RegExp(
  `(?:${CHAT_SERVICE.source}|\\b(?:discord|telegram|slack)[a-ząćęłńóśźż]{1,3}|\\bsignal(?:u|em|a)\\b)[^\\s:：(]{0,3}${ACCOUNT_LABEL}[*_]*[ \\t]*(?:[:：]|\\()[ \\t]*[*_\`]*@?(?!https?:)[A-Za-z0-9_][\\w.-]{1,30}\\w(?![\\w@]|:\\/\\/)`,
  'gi',
);
/** A contact line naming a chat service and an account on it: "- **Discord:** `jane`", "Telegram: @jane". */
const CHAT_CONTACT_LINE = new RegExp(
  `^[ \\t]*(?:[-*+][ \\t]+)?[*_]*(?:${CHAT_SERVICE.source}|whatsapp|threema|signal)${ACCOUNT_LABEL}[*_]*[ \\t]*[:：][*_]*[ \\t]*[\`*_]*@?[\\w.-]{2,32}[\`*_]*[ \\t]*(?=\\(|\\r?\\n|$)`,
  'gim',
);
/** An account named for "your" one, in the policy's language: `your-handle`, `twoj_nick`, `seu.usuario`. */
const YOUR_ACCOUNT = `your[\\w.-]*|(?:${YOUR_WORDS.join('|')})(?:[_.-][\\w.-]*)?`;
/** The value of a contact line that is a word standing for the account, not one: `Update`, `TBD`, `your_handle`. */
const UNFILLED_HANDLE = new RegExp(
  `[:：(]\\s*[*_\`]*@?(?:update|tbd|tba|todo|none|n\\/?a|x{3,}|username|handle|${YOUR_ACCOUNT}|soon|coming\\s+soon)[*_\`]*\\s*\\)?\\s*$`,
  'i',
);
/** A Matrix user id whose user is a template's word: `@username:matrix.org`, `@your-name:acme.chat`. */
const UNFILLED_MATRIX_USER = new RegExp(
  `^@(?:user(?:name)?|handle|nick(?:name)?|name|example|x{3,}|${YOUR_ACCOUNT}):`,
  'i',
);
/** "GitHub: @jane" as a contact line: a person to reach on the forge. */
const FORGE_ACCOUNT = /\b(?:GitHub|GitLab|Codeberg)\s*[:：]\s*[*_`]*@[\w-]{2,}/g;
/** "the contact form on acme.dev", "… on our website, acme.dev": a form named with the site it is on, without its address. */
const FORM_ON_SITE =
  /\b(?:contact|report(?:ing)?|security|disclosure)["”'’*_]*\s+(?:form|page|link)\s+(?:on|at|of|in\s+the\s+footer\s+of)\s+(?:the\s+)?(?:(?:our|my|the)\s+(?:web\s*site|site|homepage|home\s+page)[\s,:(]+)?(?:[\w-]+\.)+[a-z]{2,}\b|\b(?:contact|e-?mail)\s+address\s+(?:listed\s+|given\s+|shown\s+)?(?:on|at)\s+(?:our|my|the)\s+(?:web\s*site|site|homepage|home\s+page)\b/gi;
/**
 * A support desk, where a ticket is read by staff only: "open a ticket at support.acme.dev", "through our
 * help desk", a hosted desk (`acme.freshdesk.com`). Its tickets are no public tracker.
 */
const SUPPORT_DESK =
  /\b(?:support|help|helpdesk|servicedesk|desk)\.(?:[\w-]+\.)+[a-z]{2,}\b|(?:https?:\/\/)?[\w-]+\.(?:freshdesk|zendesk)\.com\b|\b(?:support\s+portal|help\s*desk|service\s*desk|support\s+cent(?:er|re)|help\s+cent(?:er|re))\b/i;
const SUPPORT_TICKET = new RegExp(
  `\\b(?:open|file|submit|create|raise)\\s+(?:a\\s+)?(?:support\\s+)?ticket\\s+(?:at|on|via|in|through|with)\\s+(?:our\\s+|the\\s+)?(?:${SUPPORT_DESK.source})`,
  'gi',
);
/**
 * The vendor's support reached from its dashboard: "send the details to our support through the dashboard
 * (chat/ticket)", "envie para o suporte oficial pelo painel (chat/ticket)": a private conversation.
 */
const SUPPORT_IN_DASHBOARD =
  /\b(?:support|suporte|soporte|supporto)\b[^.\n]{0,60}?\b(?:dashboard|painel|panel|portal|console)\b[^.\n]{0,20}?\b(?:chat|tickets?)\b/gi;
/** "DM @acme_security on X": a direct message to a named account. */
const DM_ACCOUNT = /\bDM\s+@[\w.-]{2,}/g;
/** "Contact me via WeChat (id)", "contacting Jane through Discord", "通过微信联系我": a message to the maintainer (group 1: a name) on a named chat service. */
const CONTACT_ON_CHAT = new RegExp(
  `\\b(?:contact(?:ing)?|messag(?:e|ing)|ping(?:ing)?|reach(?:ing)?(?:\\s+out)?(?:\\s+to)?|get(?:ting)?\\s+in\\s+touch\\s+with|send\\s+(?:a\\s+)?(?:direct\\s+|private\\s+)?(?:message|dm)\\s+to|writ(?:e|ing)\\s+to)\\s+(?:me|us|the\\s+(?:maintainers?|author|owner|mods|moderators)|@[\\w.-]+|([A-Za-z][\\w-]{2,}))\\b(?:\\s*\\([^()\\n]{1,30}\\))?(?:\\s+or\\s+(?:one\\s+of\\s+)?the\\s+(?:mods|moderators|maintainers|admins))?\\s+(?:(?:directly|privately)\\s+)?(?:via|on|through|over|by|at|in)\\s+(?:the\\s+|our\\s+)?(?:${CHAT_SERVICE.source})|(?:通过|用|在|透過)(?:微信|QQ|钉钉|釘釘|Telegram|Discord)[^。，,\\n]{0,30}?(?:联系|聯繫|聯絡)(?:我|我们|我們)`,
  'gi',
);
/** An account on a messenger, written out: `QQ: 12345678`, `微信号：name`, `Telegram: @name` (not `Telegram: https://…`, a link read on its own). */
const CHAT_ACCOUNT =
  /(?:\b(?:QQ|WeChat|Weixin|Telegram|Skype|KakaoTalk|LINE|Threema|Viber|WhatsApp|XMPP|Jabber)\b|微信|钉钉|釘釘|카카오톡|텔레그램)\s*(?:[(（]\s*)?(?:(?:号|號|ID)\s*[:：]?|[:：])\s*[`*_]*@?(?![\w.-]*:\/\/)[\w.-]{4,}/g;
/**
 * A disclosure platform named in words as where to report: "use the Tidelift security contact",
 * "report it through HackerOne" (a link to one is read by its address).
 */
// ("via our HackerOne program", "to our Bugcrowd programme": the programme the project runs there; not "a link
// to HackerOne", a description of what a policy may hold)
const PLATFORM_IN_WORDS =
  /\btidelift\s+security\s+contact\b|\b(?:via|through|on|using|use|at|sur|par|auf|über|bei|en|em|no|na|su|op|по)\s+(?:(?:the|our|my|its)\s+)?[*_]*(?:hackerone|bugcrowd|intigriti|yeswehack|huntr|immunefi|hackenproof|tidelift|zero\s+day\s+initiative|open\s*bug\s*bounty|synack|cobalt|federacy|issuehunt|patchstack|wordfence|wpscan)\b|\b(?:our|my)\s+[*_]*(?:hackerone|bugcrowd|intigriti|yeswehack|immunefi|hackenproof|synack|federacy)[*_]*\s+(?:(?:bug\s+)?bounty\s+)?(?:program(?:me)?|vdp|page)\b/gi;
/** The disclosure platforms by name, not in an address ("Cobalt" alone is a word, left out). */
const PLATFORM_NAME =
  /(?<![\w./@-])(?:hackerone|bugcrowd|intigriti|yeswehack|immunefi|hackenproof|zero\s+day\s+initiative|open\s*bug\s*bounty|synack|federacy|issuehunt|patchstack|wordfence|wpscan)\b(?!\.\w)/gi;
/**
 * Short words that make a sentence English: ENGLISH_WORD's, and more that a sentence naming a platform in
 * another language does not hold (not "to", a Polish word too).
 */
const ENGLISH_SENTENCE = new RegExp(
  `${ENGLISH_WORD.source}|\\b(?:of|or|your|that|was|will|can|not|any|all|please|where)\\b`,
  'i',
);
/** A bounty or disclosure programme, in the languages that name one around a platform's name. */
const PROGRAMME_WORD =
  /program|bounty|prämie|recompens|récompens|nagrod|報奨|賞金|奖金|赏金|포상|プログラム|计划|計畫|프로그램/i;
/** A page said not to be there yet: "coming soon", "under construction", "em construção", "قيد الإنشاء". */
const NOT_YET_ONLINE =
  /\bcoming\s+soon\b|\bunder\s+construction\b|\bbeing\s+set\s+up\b|\bnot\s+(?:yet\s+)?(?:online|live|available)\s+yet\b|\bnot\s+yet\s+(?:online|live|available)\b|\bin\s+Kürze\b|\bnoch\s+nicht\s+(?:online|verfügbar|erreichbar)|\bim\s+Aufbau\b|\bem\s+(?:breve|constru[çc][ãa]o)\b|\bpróximamente\b|\ben\s+construcci[óo]n\b|\ben\s+construction\b|\bpas\s+encore\s+(?:en\s+ligne|disponible)|\bin\s+costruzione\b|\bnon\s+ancora\s+disponibile|\bin\s+aanbouw\b|\bnog\s+niet\s+(?:online|beschikbaar)|قيد\s+الإنشاء|قيد\s+الإعداد|準備中|建设中|筹备中|준비\s*중/i;
/** A ticket in the languages of chat servers' bots: "🎫 Abrir ticket", "티켓 열기", `/ticket`. */
const TICKET_WORD = /\btickets?\b|\bti[cq]uetes?\b|\btíquetes?\b|тикет|티켓|チケット|工单|工單/gi;
/** A site's live chat, offered to reach the team one to one: "the chat bubble on acme.dev", "Chat-Fenster", "fitur Live Chat". */
const LIVE_CHAT =
  /\blive[\s-]?chat\b|\bchat[\s-]?(?:bubble|widget|window|box)\b|\bchat-?fenster|\bfen[êe]tre\s+de\s+(?:chat|discussion)|\bventana\s+de\s+chat|\bjanela\s+de\s+chat|\bchat\s+(?:en\s+vivo|ao\s+vivo|dal\s+vivo)\b|ライブチャット|在线客服|在線客服|실시간\s*채팅/gi;
/** Mod mail: a message relayed to the moderators only (Reddit's "Message the mods", Discord's ModMail bot). */
const MOD_MAIL = /\bmod-?\s?mail\b|\bmessage\s+the\s+mods\b/gi;
/** A private thread on a forum, in a section only the team reads: "soukromé vlákno", "приватну тему", "hilo privado". */
const THREAD_NOUN =
  '(?:threads?|topics?|vlákn\\S*|тем[уаи]|hilos?|t[óo]picos?|thema|sujet|discussione|wątek|wątku|スレッド|帖子?|话题)';
const PRIVATE_FORUM_THREAD = new RegExp(
  `(?:${PRIVATE_WORD.source})\\s*(?:[^\\s]{1,15}\\s+)?${THREAD_NOUN}|${THREAD_NOUN}\\s+(?:${PRIVATE_WORD.source})`,
  'gi',
);
/**
 * A ticket (a private thread a chat server's bot opens) or mod mail (a bot that relays a direct message
 * to the moderators): "through the `#mod-mail` channel in our Discord server" is no public room.
 */
const PRIVATE_THREAD = new RegExp(`${TICKET_WORD.source}|${MOD_MAIL.source}`, 'i');
/** A ticket opened on a chat server (a private thread its bot opens): with the service named in its sentence. */
const CHAT_TICKET = /\b(?:open|create|submit|make|raise)\s+(?:a\s+)?(?:private\s+)?(?:support\s+)?ticket\b/gi;
/** A message to a Discord user by their tag, the platform unnamed: "send a message to: jane#0", "DM acme_dev#4821". */
const DISCORD_TAG_CONTACT =
  /\b(?:message|messages|dm|write|contact|send|ping)\b[^.\n]{0,40}?(?:\bto\b|[:：]|\bdm)[ \t]*[*_`]*(?!(?:issues?|prs?|pull|bugs?|tickets?)#)[A-Za-z0-9_.]{2,32}#\d{1,4}(?![\w#])/gi;
/** A package registry's contact button, named in quotes: press "Contact owners" (NuGet). */
const CONTACT_BUTTON = /["“'*]contact\s+(?:the\s+)?(?:owners?|maintainers?|authors?)["”'*]/gi;
/** A mailing list's or group's pages: Google Groups, Mailman's listinfo and archives, HyperKitty, list archives. */
const LIST_PAGE =
  /^groups\.google\.com\/|^(?:lists?|listas?|mail)\.[^/]+\/(?:mailman|pipermail|hyperkitty|archives?|arquivo|archiv|listinfo)\b|\/(?:mailman\/listinfo|pipermail|hyperkitty\/list)\//i;
/** A page for buying (sales contact, a demo, prices, a quote) or a status page: for another purpose than reports. */
const OTHER_PURPOSE_PAGE =
  /^(?:status|statut|estado|stato)\.|[/_-](?:sales|ventas|vendas|vertrieb|verkauf|vendite|ventes|pricing|precios|prezzi|preise|tarifs|demo|quote|offerte|devis|preventivo|cotizaci[oó]n|or[cç]amento)(?:[/_.-]|$)/i;
/** An article on a site (`/blog/comma-separated-vulnerabilities`): something to read, whatever its words. */
const ARTICLE_PATH = /\/(?:blog|news|articles?|posts?|insights|press)\/[^/]/i;
/** Documentation and reference sites: a link there explains, it does not take reports. */
const REFERENCE_HOST =
  /(?:^|\.)(?:wikipedia\.org|w3\.org|owasp\.org|mitre\.org|cve\.org|nist\.gov|first\.org|cisa\.gov|semver\.org|docs\.github\.com|help\.github\.com|github\.blog|opensource\.guide|securitytxt\.org|openssf\.org|bestpractices\.dev|ietf\.org|rfc-editor\.org|npmjs\.com|pypi\.org|shields\.io|cwe\.mitre\.org|cvedetails\.com|snyk\.io|nvd\.nist\.gov|stackexchange\.com|stackoverflow\.com|medium\.com|dev\.to)$/i;
/** A sentence that asks for an email (the address then sits behind its link: a profile, an authors page, a key). */
const EMAIL_WORD =
  /\b(?:e-?mail\w*|mail\s+address|e-?post\w*|courriel\w*|correo\w*|s[äa]hk[öo]post\w*|t[öo]lvup[óo]st\w*)\b|\bmail(?:en)?\b|メール|邮件|郵件|邮箱|郵箱|이메일|почт|пошт/i;
const EVERY_EMAIL_WORD = new RegExp(EMAIL_WORD.source, 'gi');
/** "Address" in the languages whose policies name where the maintainers' addresses are written. */
const ADDRESS_WORD = /\b(?:address|adresse|adressen|direcci[oó]n|endere[çc]o|indirizz[oi])(?:s|es)?\b/i;
/** Words for the ways to reach someone: "channels", "contact details", "canaux", "联系方式". */
const CONTACT_DETAILS_WORD =
  /\b(?:channels?|canaux|canal|canales|canais|kan[äa]len?|kana[łl]\w*|contact\s+(?:details|information|info)|coordonn[ée]es|datos\s+de\s+contacto|kontaktdaten)\b|канал|渠道|联系方式|联络方式|聯絡方式|聯繫方式|連絡先|연락처|قنا(?:ة|ات)|قنوات|کانال|\bileti[şs]im\s+kanal\w*|\bcontact\s+(?:methods|options|page)\b/i;
/** Where the way to report is explained: "details on how to submit them", "instructions for reporting". */
const HOW_TO_REPORT =
  /\bhow\s+to\s+(?:report|submit|send|contact|reach|disclose)\b|\binstructions\s+(?:on|for)\s+(?:reporting|submitting|contacting|disclosing)\b/i;
/** Words that ask for a report or a message. */
const REPORT_WORD = /\b(?:report|disclose|contact|send|message|reach|notify|write|ping|tell)\w*\b/i;
/**
 * Whether the sentence around an issue instruction makes it private: a confidential issue (GitLab,
 * Launchpad, Bugzilla), a ticket on a chat server. GitHub's issues are public whatever else the
 * sentence says ("open a GitHub issue and ask to discuss privately").
 */
function privateTicket(text: string, start: number, end: number): boolean {
  const before = sentenceBefore(text, start);
  const after = sentenceAfter(text, end);
  const sentence = `${before} ${text.slice(start, end)} ${after}`;
  // The private word next to the ticket ("a confidential issue", "issue privata"), not elsewhere in the
  // sentence ("through a private channel if there is one, or else as an [issue](…)").
  const near = `${before.slice(-24)} ${text.slice(start, end)} ${after.slice(0, 24)}`;
  // A chat server's tickets are called tickets: "create an issue on GitHub or ask in the QQ group" is two ways.
  const chatTicket =
    (CHAT_SERVICE.test(sentence) || SUPPORT_DESK.test(sentence)) && !/\bissues?\b/i.test(text.slice(start, end));
  if (!PRIVATE_WORD.test(near) && !chatTicket) return false;
  const onGitHub = /\bgithub\b/i.test(sentence) && !/\b(?:gitlab|launchpad|bugzilla|jira)\b/i.test(sentence);
  return !onGitHub || chatTicket;
}
/** "Take a look at [this issue](…/issues/2) describing the exploit": one thread to read, not where to report. */
const readOnlyThread = (url: string, sentence: string) =>
  /\/(?:issues|discussions|pulls?)\/\d+\b/i.test(url) && !REPORTING_WORD.test(sentence);
const PULL_REQUEST = /\bpull[\s-]*requests?\b|\bPRs?\b|プルリクエスト|풀\s*리퀘스트/i;
/** PUBLIC_REPORTING without `g`, for a test that keeps no state between calls. */
const ANY_PUBLIC_REPORTING = new RegExp(PUBLIC_REPORTING.source, 'i');
/** "asking for a private contact", "pour demander un contact privé", "请求私下联系方式", "需要私下沟通渠道". */
const ASK_WORD = /\b(?:ask|request|pedi|pedindo|solicit|demand|bitte\s+um|frag)\w*|请求|要求|询问|需要|請求|詢問/i;
const CONTACT_WORD = /\b(?:contact|channel|kontakt?|contato|contacto|canal|kanal)\w*|联系|聯繫|聯絡|渠道|沟通|溝通/i;
const asksForPrivateContact = (sentence: string) =>
  ASK_WORD.test(sentence) &&
  CONTACT_WORD.test(sentence) &&
  (PRIVATE_WORD.test(sentence) || /\bsecure\b|私下|非公开/i.test(sentence));
/** "Open an issue asking for a private contact", "… without revealing the vulnerability": a first contact in public. */
const onlyForFirstContact = (sentence: string) => asksForPrivateContact(sentence) || DETAILS_WITHHELD.test(sentence);
const TODO = /\b(?:TODO|FIXME|TBD)\b/;
/** The address a channel's text holds (`[x](mailto:a@b.org)`, `a@b.org`), in lower case; the text where none. */
function addressIn(channelText: string): string {
  return (EMAIL_IN_TEXT.exec(channelText)?.[0] ?? channelText).toLowerCase();
}
const EMAIL_IN_TEXT = new RegExp(EMAIL.source);
/**
 * Whether an address stands as the example inside a bracket that tells the author what to fill in:
 * `[Add your security contact, e.g. jane@gmail.com]`, `[Tambahkan email …, contoh: x@y.com]`.
 */
function inFillBracket(text: string, start: number, end: number): boolean {
  // Within a window around the address: an unbounded search per address is quadratic on a line of them.
  const window = Math.max(0, start - 120);
  const open = text.slice(window, start).lastIndexOf('[');
  const close = text.slice(end, end + 60).indexOf(']');
  if (open < 0 || close < 0) return false;
  const before = text.slice(window + open + 1, start);
  if (/[\]\n]/.test(before) || /[[\n]/.test(text.slice(end, end + close))) return false;
  return FILL_VERB.test(before) || YOUR_WORD.test(before) || EXAMPLE_LEAD_BEFORE.test(before);
}
/**
 * Whether "the public mailing list" stands right before `offset`, in its clause (its line may wrap):
 * also "naszą publiczną listę dyskusyjną:", "lista pública", "öffentliche Mailingliste", "公开邮件列表".
 */
const afterPublicList = (text: string, offset: number) => {
  const before = text.slice(Math.max(0, offset - 80), offset);
  // (the cheap test first: it runs at every address, thousands on a line of them)
  return LIST_OR_GROUP.test(before) && PUBLIC_LIST_BEFORE.test(before);
};
/**
 * Whether a mailing list's or group's address is said to be read in public in the sentences after it:
 * "… to our developer list dev@lists.acme.org. The list is open and archived publicly", "Anyone may
 * subscribe", "Listan arkiveras publikt". A list or group word before the address, or a list host, says
 * it is one. Read up to the next address (what follows it is about that one), in the address's
 * paragraph or, where the address stands alone in its paragraph, the next one.
 */
function saidPublicAfter(text: string, start: number, end: number, listWordInText: boolean): boolean {
  const address = text.slice(start, end);
  const afterListWord = listWordInText && LIST_OR_GROUP.test(text.slice(Math.max(0, start - 80), start));
  if (!afterListWord && !LIST_HOST.test(address)) return false;
  if (PRIVATE_WORD.test(sentenceAround(text, start, end))) return false;
  let after = textAfter(text, end);
  const nextAddress = /[\w.+-]@[\w-]+\.\w/.exec(after);
  if (nextAddress) after = after.slice(0, nextAddress.index);
  const said = PUBLIC_LIST_STATEMENT.exec(after);
  return said !== null && !NEGATION.test(sentenceAround(after, said.index, said.index + said[0].length));
}
/** The clause a span stands in: from the last clause break before it to the first after it, in its sentence. */
function clauseAround(text: string, start: number, end: number): string {
  const after = sentenceAfter(text, end);
  return `${lastClause(sentenceBefore(text, start))}${text.slice(start, end)}${after.slice(0, after.search(/[,;，；]|$/))}`;
}

/** A blank line between paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
/** The paragraph a span stands in (a blank line ends it), at most 400 characters on each side. */
function paragraphAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const after = text.slice(end, end + 400);
  return `${before.split(PARAGRAPH_BREAK).at(-1)!}${text.slice(start, end)}${after.split(PARAGRAPH_BREAK)[0]!}`;
}

/**
 * The text after `offset` that speaks of what stands before it: the rest of its paragraph, or, where that
 * holds no words (an address or a link alone on its line), the next paragraph too. At most 400 characters.
 */
function textAfter(text: string, offset: number): string {
  const paragraphs = text.slice(offset, offset + 400).split(PARAGRAPH_BREAK);
  return /\p{L}/u.test(paragraphs[0]!) ? paragraphs[0]! : paragraphs.slice(0, 2).join('\n\n');
}
const LIST_OR_GROUP = /list|lijst|рассылк|список|列表|リスト|\bgr(?:ou|u)pp?[eo]?s?\b|\bgrup\b|\bkonferenc/i;
const LIST_HOST = /@(?:lists?|listas?|groups)\.|@googlegroups\.com\b/i;
/**
 * A list named for its open audience (`acme-users@googlegroups.com`, `acme-devel@lists.sr.ht`) or a
 * tracker's address (`~acme/acme@todo.sr.ht` files a public ticket), unless its sentence calls it private.
 */
const publicByAddress = (address: string, text: string, start: number, end: number) =>
  PUBLIC_BY_ADDRESS.test(address) && !PRIVATE_WORD.test(sentenceAround(text, start, end));
/** Posting where an account's followers read it: "mention us", "tag", "toot", "mentionner", "erwähnen". */
const MENTION_WORD =
  /\b(?:mention\w*|tag(?:ging)?\s+us|toot\w*|tweet\w*|pouet\w*|erwähn\w*|menci[oó]n\w*|mencion\w*|menzion\w*|noem\w*|nämn\w*|oznacz\w*|etiketle\w*)|упомян|メンション|提及|艾特/i;
const PUBLIC_BY_ADDRESS =
  /^(?:mailto:)?(?:[\w.+-]*[-_.])?(?:users?|devel|dev|discuss(?:ion)?|general|community|help)@(?:(?:lists?|listas?|groups)\.|googlegroups\.com\b)|@todo\.sr\.ht$/i;

/**
 * An address that is a template whatever its domain: `security@your-domain`, `mailto:[EMAIL ADDRESS]`. (A
 * match starts only where a run of address characters starts: trying each letter of a long word was quadratic.)
 */
const UNFILLED_ADDRESS =
  /[A-Za-z0-9](?<![\w.+-][A-Za-z0-9])[\w.+-]*@(?:\.{3}|…)(?![\w.])|[A-Za-z0-9](?<![\w.+-][A-Za-z0-9])[\w.+-]*@(?:your|my)[-_]?(?:domain|company|org|organi[sz]ation|project|site|host)\b(?![.@-]?\w)|mailto:(?:\[[^\]@\n]{1,40}\]|<[^>@\n]{1,40}>)|[A-Za-z0-9](?<![\w.+-][A-Za-z0-9])[\w.+-]*@\[[^\]\s@]{1,40}\](?:\.[a-z]{2,})?|\[[^\]\n@]{1,40}\]@[\w-]+(?:\.[\w-]+)+/gi;
/** Words for publishing news, in English, German and the Romance languages too: a channel named after them is where fixes are announced. */
const ANNOUNCED =
  /\b(?:(?:see|view|find|browse|read)\s+(?:the\s+|our\s+|all\s+|past\s+|published\s+)*advisories\b|announc\w*|publish\w*|publicized|disclos\w*\s+(?:\S+\s+){0,3}?publicly|kommuniziert|veröffentlicht|angekündigt|bekanntgegeben|publi[ée]e?s?|annonc[ée]e?s?|communiqu[ée]e?s?|publicad[oa]s?|public(?:a[mn]|amos|aremos|ar[áa]n?|ar[ãa]o)|anunciad[oa]s?|comunicad[oa]s?|pubblicat[ioe]|annunciat[ioe]|comunicat[ioe])(?![\wäöüéè])|公告|公布|発表|공지|공개됩니다/i;
/** The same said after the name, where the verb comes last: "… で公表します", "…에서 공지합니다", "…上发布" (not 非公開, privately). */
// (or in English's passive: "- A GitHub Security Advisory will be published")
const ANNOUNCED_AFTER =
  /^[\s*_]*(?:(?:で|にて|を通じて|を通して|에서|을\s*통해|를\s*통해|上|中)?\s*(?:公表|(?<!非)公開(?:し|され)|発表|公告|公布|发布|發布|공지|공개(?:합|됩|하))|(?:[Ww]ill\s+be|is|are|gets?)\s+(?:\w+ly\s+)?(?:published|issued|announced|released)\b)/;
/** "Once … is enabled", "… 활성화되면", "… 启用后": a feature the policy expects to have later. */
const ONCE_ENABLED_BEFORE = /\b(?:once|when|after|until)\s+(?:the\s+)?(?:github(?:[’']s)?\s+)?$/i;
/** "… 설정되지 않았다면" ("if … is not set up"), "… 尚未启用": a feature not there yet, said after its name. */
// (German puts the verb last: "… muss GitHub Private Vulnerability Reporting erst aktivieren")
const NOT_SET_UP_AFTER =
  /^[^.。；;，,\n]{0,40}?(?:(?:erst|noch)\s+(?:aktivier|einricht|einschalt)|فعال\s+خواهد\s+شد|(?:설정|활성화)(?:되지|이\s*되지|해야|하지)|未(?:设置|配置|启用|開啟|啟用|設定)|尚未|(?:設定|有効化)(?:されていない|する必要))/;
/** "… will be enabled (soon)": a feature that is not there yet, said for certain. */
const WILL_BE_ENABLED_AFTER =
  /^[\s*_`"”']*(?:will\s+be|is\s+(?:going|planned|scheduled)\s+to\s+be)\s+(?:enabled|turned\s+on|activated|set\s+up)\b/i;
/**
 * "… 활성화되면", "… 启用后", "… が有効になったら": once the feature is on, use it; in English "once" stands
 * before the name (ONCE_ENABLED_BEFORE): "… is enabled" alone says it is on.
 */
const ONCE_ENABLED_AFTER =
  /^[\s*_`"”']*(?:(?:이|가)?\s*활성화(?:되면|된\s*(?:후|뒤))|[^。，,.\n]{0,6}(?:开启|启用|啟用|開啟)(?:后|後|之后|之後)|が?有効(?:に|化)(?:なったら|されたら|された後))/i;
/**
 * Whether a channel's name and a link this text apart are one channel: on one line, close by, or a
 * label and the sentence under it (no blank line or sentence end between, as in a list item).
 */
const namesLinkAfter = (between: string): boolean =>
  /^[^\r\n]{0,40}$/.test(between) ||
  (between.length <= 160 && !/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/.test(between) && !/[.!?。](?:\s|$)/.test(between));

/**
 * Whether a span is all its line holds, in emphasis, not in a list, and names GitHub's button:
 * "**Report a Vulnerability**" over a paragraph is the usual heading written in bold (a template's), not
 * the button named. ("**Private vulnerability reporting**" over "please use it" still names the feature.)
 */
function headingInEmphasis(text: string, start: number, end: number): boolean {
  const head = lineHead(text, start);
  const rest = /^[^\r\n]{0,64}(?=[\r\n]|$)/.exec(text.slice(end, end + 65))?.[0];
  if (head === undefined || rest === undefined) return false;
  const emphasised = /^[ \t]{0,3}([*_]{1,3})([^*_\r\n]+)\1:?[ \t]*$/.exec(head + text.slice(start, end) + rest);
  return emphasised !== null && /^\s*report(?:ing)?\s+(?:a\s+)?vulnerabilit(?:y|ies)\s*$/i.test(emphasised[2]!);
}
/** "If private vulnerability reporting is enabled, use it": a condition the reader can check, not a feature still to come. */
const IF_BEFORE = /\b(?:if|where|wherever)\s+(?:the\s+)?(?:github(?:[’']s)?\s+)?$/i;
const TO_SET_UP = /\b(?:configure|set\s+up|enable|turn\s+on|activate)\b/i;
/** The same verb, still to do, in other languages' infinitives ("Власник має ввімкнути …", "müssen … aktivieren"). */
const TO_SET_UP_ELSEWHERE =
  /(?<!\p{L})(?:aktivieren|einrichten|einschalten|activer|configurer|activar|habilitar|configurar|ativar|attivare|abilitare|configurare|inschakelen|activeren|włączyć|aktywować|skonfigurować|включить|активировать|настроить|ввімкнути|увімкнути|активувати|налаштувати|etkinleştirmek|etkinleştirilmeli|aktifkan|mengaktifkan)(?!\p{L})/iu;
/** A note addressed to the maintainer: "If you are the maintainer reading this, … or enable GitHub Security Advisories". */
const TO_THE_MAINTAINER =
  /\bif\s+you\s+are\s+(?:a|the|one\s+of\s+the)\s+maintainers?\b|\bnote\s+(?:to|for)\s+(?:the\s+)?maintainers?\b|如果(?:你|您)(?:就)?是(?:维护者|維護者)/i;
/**
 * Chinese: a feature still to be switched on, said right before its name after a word of plan or future
 * ("我们计划为本仓库启用 GitHub 私密漏洞报告"); not one enabled already (已启用), nor a condition ("如果暂时
 * 没有开启 private advisory"), nor 开启 as "open" ("开启私密 Issue", open a private issue).
 */
const TO_ENABLE_BEFORE =
  /^(?![^。\n]*(?:如果|若|假如|倘若))[^。\n]*(?:计划|打算|准备|準備|会|會|稍后|稍後|后续|後續)[^。\n]{0,15}(?<!已|已经|已經|没有|沒有|未)(?:启用|开启|啟用|開啟)\s*(?:github\s*的?\s*)?$/i;
// The at sign's and the dot's names in the languages whose policies spell them out ("apenstaartje",
// "zavináč", "골뱅이"; "punt", "точка"), also in capitals, as "theo POINT marchand AROBASE lumen POINT fr"
// writes them; "(ät)" only in brackets.
const SPELLED_AT =
  'arroba|arrova|arobase|chez|chiocciola|ma[łl]pa|[Kk]lammeraffe|собака|собачка|равлик|apenstaartje|zavin[aá][cč]|kukac|snabel-a|kr[øo]llalfa|골뱅이|艾特|एट|παπάκι|שטרודל|a còng|ARROBA|AROBASE|CHEZ|CHIOCCIOLA|MA[ŁL]PA|KLAMMERAFFE|APENSTAARTJE|ZAVIN[AÁ][CČ]|KUKAC';
/** In brackets also the capitals, the words that are other words bare (Turkish "et" is French "and"), and "(at-symbol)". */
const AT_WORDS = `at[- ]sign|at[- ]symbol|at|AT|@|ät|à|et|ET|${SPELLED_AT}`;
/** Brackets around a spelled sign, also the full-width ones of CJK text: `security（at）acme（dot）tw`. */
const OPEN = '[[({<（【［〔＜]';
const CLOSE = '[\\])}>）】］〕＞]';
const CAPITAL_DOT_WORDS = 'PUNKT|PUNTO|POINT|PONTO|KROPKA|PUNT|PONT|TE[CČ]KA|PISTE';
const DOT_WORDS = `dot|DOT|[Pp]unktum|[Pp]unkt|punto|point|ponto|kropka|punct|punt|pont|te[cč]ka|точка|крапка|nokta|piste|점|点|डॉट|τελε[ίι]α|ΤΕΛΕΙΑ|نقطة|نقطه|נקודה|ドット|titik|chấm|จุด|${CAPITAL_DOT_WORDS}`;
/** `jane [at] acme [dot] org`, `jane AT acme DOT org`: an address with its signs in words, alone (see ADDRESS_ALONE). */
const SPELLED_OUT_ADDRESS = `[\\w.+-]+(?:\\s+(?:DOT|${CAPITAL_DOT_WORDS})\\s+[\\w+-]+)*\\s*(?:${OPEN}\\s*(?:${AT_WORDS})\\s*${CLOSE}|\\s(?:AT|at|${SPELLED_AT})\\s)\\s*[\\w-]+(?:\\s*(?:${OPEN}\\s*(?:${DOT_WORDS}|\\.)\\s*${CLOSE}|\\s(?:DOT|${DOT_WORDS})\\s|\\.)\\s*[\\w-]+)+`;
/** An address described in words: "the user security on the domain acme.org", "l'utilisateur … sur le domaine …". */
const USER_ON_DOMAIN =
  /\b(?:the\s+user|(?:al)?l['’]utilisateur|(?:al)?l['’]utente|(?:a)?l\s+usuario|(?:a|o)\s+usu[áa]rio|de[nr]\s+(?:Benutzer|Nutzer))[\s«»"“”'*_`]+[\w.+-]+[\s«»"“”'*_`]+(?:on|at|sur|sul|en|no|auf|bei)\s+(?:the\s+|le\s+|il\s+|el\s+|o\s+|der\s+)?(?:domain|domaine|dominio|dom[íi]nio|Domain)[\s«»"“”'*_`]+[\w-]+(?:\.[\w-]+)+/gi;
/**
 * `name [at] domain [dot] org`, `name(at)domain.org`, `name AT domain DOT com`, `name @ domain . nl`,
 * `name <(at)> domain <(dot)> org`, `name |at| domain.org`, `name _at_ domain.org`, `name *at* domain.org`
 * (with spaces: `created_at_time.zone` is an identifier), `name(a)domain.fi` (without: "clause (a) policy.md" is a list's letter). A plain dot takes no space
 * around it or one on each side: "users at risk. Instead" is a sentence, not an address.
 */
const OBFUSCATED_EMAIL = new RegExp(
  `[A-Za-z0-9](?<![\\w.+-][A-Za-z0-9])[\\w.+-]*(?:\\s+(?:DOT|${CAPITAL_DOT_WORDS})\\s+[\\w+-]+)*\\s*(?:\\\\?${OPEN}{1,2}\\s*(?:${AT_WORDS})\\s*\\\\?${CLOSE}{1,2}|\\s(?:AT|at|${SPELLED_AT})\\s|\\s?-(?:at|AT)-\\s?|\\s\\|(?:at|AT)\\|\\s|\\s(?:_at_|\\*at\\*)\\s|(?<=[\\w.+-])\\(a\\)(?=[A-Za-z0-9])|&#0*64;|&commat;|＠|@(?=[ \\t])|@(?=[A-Za-z0-9][\\w-]*\\\\?${OPEN}{1,2}\\s*\\.))\\s*[A-Za-z0-9][\\w-]*(?:(?:\\s*\\\\?${OPEN}{1,2}\\s*(?:${DOT_WORDS}|\\.)\\s*\\\\?${CLOSE}{1,2}\\s*|\\s+(?:DOT|${DOT_WORDS})\\s+|\\s?-(?:dot|DOT)-\\s?|\\s?\\|(?:dot|DOT)\\|\\s?|\\s(?:_dot_|\\*dot\\*)\\s|[ \\t]\\.[ \\t]|\\.)[A-Za-z0-9][\\w-]*)+`,
  'g',
);
/** A role's mailbox name before an at sign with a space on each side: `security @ acme.io`. */
const ROLE_MAILBOX_SPACED =
  /^(?:security|sec|secure|psirt|cert|csirt|abuse|contact|info|admin|support|hello|team|maintainers?|reports?|disclosure|vuln\w*|bugs?)[ \t]+@[ \t]/i;
const OBFUSCATION_MARK = new RegExp(
  `\\\\?${OPEN}{1,2}\\s*(?:${AT_WORDS}|${DOT_WORDS}|\\.)\\s*\\\\?${CLOSE}{1,2}|-(?:at|AT|dot|DOT)-|\\|(?:at|AT|dot|DOT)\\||\\s(?:_(?:at|dot)_|\\*(?:at|dot)\\*)\\s|[\\w.+-]\\(a\\)[A-Za-z0-9]|&#0*64;|&commat;|＠|[^\\s@]@[ \\t]|\\s(?:AT|DOT|${SPELLED_AT})\\s|\\s(?:dot|arroba|punto|ponto|kropka)\\s`,
);
/**
 * An address spelled in a way the channel model does not read: a mailbox, a mark standing for the at sign,
 * a domain and a top-level domain, with something between them that a plain address never has (a sign of
 * another script, `security＠acme．org`; a word in brackets or underscores, `jane_at_acme_dot_org`; a
 * zero-width space), or a role's mailbox or a webmail domain around a plain "at" (`security at acme.org`). Every fresh set
 * showed a spelling no earlier one had, and a reporter reads each as an address. A plain
 * `name@domain.org` is read already: one the model set aside (an example, an SSH algorithm) is not counted.
 */
function spellsAnUnreadAddress(text: string): boolean {
  for (const m of matchesIn(text, LOOSE_ADDRESS)) {
    const [whole, mailbox, sign] = [m[0], m[1]!, m[2]!];
    // (a top-level domain in one case: "maintainers at [email]. Please" is a sentence going on)
    if (PLAIN_ADDRESS.test(whole) || !/(?:^|[^\p{L}])(?:\p{Ll}{2,12}|\p{Lu}{2,12})$/u.test(whole)) continue;
    const domain = whole.slice(mailbox.length + sign.length);
    // A plain "at" or a spaced at sign between words: "our docs live @ acme.dev" is a site.
    if (/^[ \t]+(?:at|AT|At|@)[ \t]+$/.test(sign) && !ROLE_MAILBOX.test(mailbox) && !isWebmailDomain(domain)) continue;
    return true;
  }
  return false;
}
/** Spaces, zero-width ones too; and the marks around a sign's name (`_at_`, `-dot-`, `|at|`, `*at*`). */
const SPACE = '[ \\t\\u200B-\\u200D\\u2060\\uFEFF]';
const AROUND = '[_|*~-]+';
const LOOSE_AT = `${SPACE}*[@＠﹫]${SPACE}*|${SPACE}*\\\\?${OPEN}{1,2}${SPACE}*(?:${AT_WORDS}|﹫)${SPACE}*\\\\?${CLOSE}{1,2}${SPACE}*|${SPACE}*${AROUND}(?:at|AT|At|${SPELLED_AT})${AROUND}${SPACE}*|${SPACE}+(?:at|AT|At|${SPELLED_AT})${SPACE}+`;
const LOOSE_DOT = `[.．。｡]|${SPACE}+[.．。｡]${SPACE}+|${SPACE}*\\\\?${OPEN}{1,2}${SPACE}*(?:${DOT_WORDS}|[.．。｡])${SPACE}*\\\\?${CLOSE}{1,2}${SPACE}*|${SPACE}*${AROUND}(?:${DOT_WORDS})${AROUND}${SPACE}*|${SPACE}+(?:${DOT_WORDS})${SPACE}+`;
/** A mailbox (group 1), an at sign or its name with what stands around it (group 2), and a domain with its dots. */
const LOOSE_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}._+-])([\\p{L}\\p{N}._+-]+)(${LOOSE_AT})[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:(?:${LOOSE_DOT})[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)+`,
  'gu',
);
const PLAIN_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** Mailboxes named for a security role: "security at acme.org" is an address, as "jane at gmail.com" is. */
const ROLE_MAILBOX = /^(?:security|sec|psirt|cert|csirt|secure|vulns?|vulnerabilit(?:y|ies)|disclosure)$/i;
/** `name` ✉ `domain.org`: code spans of a mailbox and a domain with an emoji, a `:shortcode:` or a sign between; group 1 the mailbox. */
const CODE_SPLIT_ADDRESS =
  /`([\w.+-]+)`[ \t]*(?::[a-z0-9_+-]+:|(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u2600-\u27BF])\uFE0F?|[^\w\s`@])[ \t]*`([\w-]+(?:\.[\w-]+)+)`/g;
/**
 * A legend that gives the sign standing for the at sign: "(✨ → @)", "replace # with @", "将 # 换成 @"; group 1 the
 * sign of the second form (one character, an emoji with its variation selector). It starts at the arrow
 * or the word, not at the sign: a pattern that may start at any mark is tried at every character.
 */
const AT_SIGN_LEGEND =
  /(?:→|->|=>|⇒)\s*["'“`]?[@＠]|(?:\breplace\s+|(?:将|把)\s*)["'“`]?((?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\w])\uFE0F?)["'”`]?\s*(?:with|by|换成|替换为|替换成|改为|改成|換成|替換為|改為)\s*["'“`]?[@＠]/gi;
/** The sign a legend's arrow follows ("✨ → @"): the mark right before it, not a letter, digit or bracket. */
function signBeforeArrow(text: string, arrow: number): string | undefined {
  const chars = Array.from(text.slice(Math.max(0, arrow - 8), arrow).trimEnd());
  const mark = chars.at(-1) === '\uFE0F' ? chars.slice(-2).join('') : (chars.at(-1) ?? '');
  return mark !== '' && !/^[\p{L}\p{N}\s@＠()（）[\]{}<>"'“”`]/u.test(mark) ? mark : undefined;
}
/** AsciiDoc's `xref:` and `link:` macros to a path; group 1 the target. */
const ASCIIDOC_LINK = /\b(?:xref|link):(?!https?:)([^\s[\]]+)\[[^\]\n]*\]/g;
/** A web address in the text, linked or not. */
// `[` ends one too: AsciiDoc writes a link as `https://host/path[text]`.
const BARE_URL = /https?:\/\/[^\s<>()"'`[\]]+/g;
/** A site's page written without a scheme (so no link): `acme.dev/report/`, `www.acme.dev/security`; not an address's domain. */
const SCHEMELESS_URL = /(?<![\w@/.:-])(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,12}\/[\w./?=&%#-]*[\w/]/gi;
const EVERY_PRIVATE_MESSAGE = new RegExp(PRIVATE_MESSAGE.source, 'gi');
/** A security.txt `Contact:` field (RFC 9116). */
const CONTACT_FIELD = /^Contact:[ \t]*(\S+)/gim;
const OTHER_SECURITY_TXT_FIELD =
  /^[ \t]*(?:Canonical|Policy|Acknowledg(?:e)?ments|Hiring|Encryption|CSAF|Preferred-Languages|Expires):[ \t]*$/i;
/** A vCard's `EMAIL` property (`EMAIL;TYPE=INTERNET:team@acme.dev`, RFC 6350), read inside a card only. */
const VCARD_EMAIL = /^[ \t]*EMAIL(?:;[^:\r\n]*)?:[ \t]*<?([^\s@<>`*]+@[^\s@<>`*]+?)>?[ \t]*$/gm;

/** The vCards of a text (`BEGIN:VCARD` … `END:VCARD`), found by index so a card never closed costs one scan. */
function vCards(text: string): Array<{ readonly start: number; readonly end: number }> {
  const cards: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf('BEGIN:VCARD'); at >= 0; at = text.indexOf('BEGIN:VCARD', at + 1)) {
    const end = text.indexOf('END:VCARD', at);
    if (end < 0) break;
    cards.push({ start: at, end });
    at = end;
  }
  return cards;
}

/** The addresses bounty platforms give researchers: HackerOne's, Bugcrowd's, Intigriti's, YesWeHack's. */
const RESEARCHER_ALIAS = /@(?:wearehackerone\.com|bugcrowdninja\.com|intigriti\.me|yeswehack\.ninja)$/i;
/** A researcher's alias whose name is still the reader's to put in (`yourname@wearehackerone.com`). */
const isReportersAlias = (address: string) => RESEARCHER_ALIAS.test(address) && isStandInEmail(address);
/** An SSH algorithm's name, written as an address of the project that named it (RFC 4251, section 6). */
const SSH_ALGORITHM =
  /^(?=[^@]*-)(?:[a-z0-9.]+-)*(?:sha\d+|aes\d+|gcm|poly1305|curve\d+|ed25519|ed448|x25519|ecdsa|chacha\d+|hmac|umac|cbc|ctr|etm|sntrup\d+\w*|mlkem\d+\w*|rijndael)(?:[-.][a-z0-9.]+)*@/i;
/** The tables with a column named for examples or patterns (EXAMPLE_COLUMN), and those columns; in document order. */
const tablesWithExampleColumns = perDocument((doc: PolicyDocument) =>
  doc.tables.flatMap((table) => {
    const columns = table.header.cells.flatMap((cell, i) => (EXAMPLE_COLUMN.test(cell.text) ? [i] : []));
    return columns.length > 0 ? [{ table, columns }] : [];
  }),
);
/** Whether `offset` is in a table cell of such a column (tables, rows and cells found by binary search). */
function inExampleColumn(doc: PolicyDocument, offset: number): boolean {
  const tables = tablesWithExampleColumns(doc);
  if (tables.length === 0) return false;
  const found = tables[countAtMost(tables, offset, (t) => t.table.start) - 1];
  if (found === undefined || offset >= found.table.end) return false;
  const row = found.table.rows[countAtMost(found.table.rows, offset, (r) => r.start) - 1];
  if (row === undefined || offset >= row.end) return false;
  const column = countAtMost(row.cells, offset, (c) => c.start) - 1;
  return column >= 0 && offset < row.cells[column]!.end && found.columns.includes(column);
}

/** English sentences that tell a reporter to get in touch, with no channel named (SEC010 reads these). */
const REPORTING_SENTENCE =
  /\b(?:report|contact|e-?mail|reach\s+out|notify|disclose|send|message|ping|get\s+in\s+touch)\w*\b[^.\n]{0,80}\b(?:vulnerabilit\w*|security\s+(?:issue|bug|problem|concern|flaw|report)s?|maintainers?|the\s+(?:\w+\s+)?(?:author|owner|team)|privately|directly)\b/i;

function findChannels(doc: PolicyDocument): { channels: Channel[]; unclassified: Link[] } {
  const text = visibleText(doc);
  const channels: Channel[] = [];
  const add = (kind: ChannelKind, privacy: Privacy, start: number, end: number, uncertain = false) =>
    channels.push(uncertain ? { kind, privacy, start, end, uncertain } : { kind, privacy, start, end });
  const addFirstContact = (start: number, end: number) =>
    channels.push({ kind: 'issue', privacy: 'public', start, end, firstContact: true });

  const hints = replaceHintsIn(text);
  // (a test of the whole text first: most policies hold no manifest, and the test per address was a tenth of a line of them)
  const manifestEmail = /"e-?mail"/i.test(text);
  // (more tests of the whole text, for checks made at each address: a line of them holds thousands)
  const hasUrl = text.includes('://');
  const hasBracket = text.includes('[');
  const inFillBracketHere = (start: number, end: number) => hasBracket && inFillBracket(text, start, end);
  const listWordInText = LIST_OR_GROUP.test(text);
  const onPublicList = (start: number, end: number) =>
    (listWordInText && afterPublicList(text, start)) || saidPublicAfter(text, start, end, listWordInText);
  for (const m of blockMatches(text, EMAIL)) {
    const end = m.index + m[0].length;
    // `git@github.com:owner/repo` is a remote, not a mailbox.
    if (doc.text[end] === ':') continue;
    // `https://bank.de@evil.tld/`: the user part of a URL, not a mailbox.
    if (hasUrl && /:\/\/[^\s<>()"'`]*$/.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    // "our public mailing list dev@lists.acme.org": everyone subscribed reads it (the instruction to
    // post there is a public channel of its own, found below).
    if (onPublicList(m.index, end)) continue;
    if (publicByAddress(m[0], text, m.index, end)) continue;
    // `chacha20-poly1305@openssh.com`, `curve25519-sha256@libssh.org`: SSH's names of its algorithms.
    if (SSH_ALGORITHM.test(m[0])) continue;
    // "sign up as `yourname@wearehackerone.com`": the reporter's own alias at a bounty platform (for test
    // accounts), nobody to write to. A researcher's real alias forwards to them: a mailbox.
    if (isReportersAlias(m[0])) continue;
    // A table's column of patterns or examples ("| Email | `user@domain.com` | `[EMAIL_REDACTED]` |"
    // under "Pattern"): a format documented, nobody to write to.
    if (inExampleColumn(doc, m.index)) continue;
    // `@jane@fosstodon.org`: an account on the Fediverse, not a mailbox. Mentioning it is posting in
    // public ("mention us on Mastodon: @acme@…"); a direct message to it, or contacting it, is private.
    if (text[m.index - 1] === '@') {
      const sentence = sentenceAround(text, m.index, end);
      const mention = MENTION_WORD.test(sentence) && !PRIVATE_MESSAGE.test(sentence);
      add(mention ? 'issue' : 'chat', mention ? 'public' : 'private', m.index - 1, end);
      continue;
    }
    // `"authors": [{ "name": …, "email": "jane@…" }]` in a pasted package manifest: its author's address.
    if (manifestEmail && MANIFEST_AUTHOR_EMAIL.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
    // `security@github.com/owner/repo`: a path glued to the domain, no mailbox anyone set up.
    const gluedPath = /^\/[\w-]/.test(text.slice(end, end + 2));
    // (the address's own shape first: the notes around it are read only where it looks real)
    const standIn =
      isStandInEmail(m[0]) || hasReplaceHint(text, hints, m.index, end) || gluedPath || inFillBracketHere(m.index, end);
    const account = !standIn && isGitHubAccountAddress(m[0]);
    add('email', standIn || account ? 'placeholder' : 'private', m.index, end, account);
  }
  // `sécurité@ferronnerie.fr`, `sicherheit@müller.de`: an address in the letters of its language (EAI, IDN),
  // not in scripts written without spaces, where the address's bounds cannot be told from the words.
  if (/[^\x00-\x7f][\w.%+-]*@|@[\w.-]*[^\x00-\x7f]/.test(text)) {
    // (an ASCII tail of such an address, `ller@acme.de` of `müller@acme.de`, was read above: it ends where it does)
    const emailEnds = new Set(channels.filter((c) => c.kind === 'email').map((c) => c.end));
    for (const m of blockMatches(text, INTERNATIONAL_EMAIL)) {
      const end = m.index + m[0].length;
      if (!/[^\x00-\x7f]/.test(m[0]) || text[m.index - 1] === '@' || emailEnds.has(end)) continue;
      add('email', isPlaceholderEmail(m[0]) ? 'placeholder' : 'private', m.index, end);
    }
  }
  // `security&#64;acme&#46;dev` in HTML, or every character a numeric reference: harvesters see entities,
  // readers the address (Markdown text is decoded by the parser already; HTML is not).
  if (text.includes('&#'))
    for (const m of blockMatches(text, ENTITY_ADDRESS)) {
      const address = decodeCharacterReferences(m[0]);
      if (!EMAIL_ALONE.test(address)) continue;
      add('email', isPlaceholderEmail(address) ? 'placeholder' : 'private', m.index, m.index + m[0].length);
    }
  // `jane@gmail,com`, `jane@@gmail.com`: a webmail address with a typo, the mailbox plain to see.
  for (const m of blockMatches(text, COMMA_TYPO_ADDRESS)) add('email', 'private', m.index, m.index + m[0].length);
  // Addresses that are templates whatever their domain: `security@your-domain` (no top-level domain
  // to find it by), `mailto:[EMAIL ADDRESS]`, `security@[yourdomain].com`, `[your-email]@example.com`,
  // `security@...` (the domain still to come). (`{{ … }}` is
  // a project template's variable: SEC023's.)
  for (const m of blockMatches(text, UNFILLED_ADDRESS)) add('email', 'placeholder', m.index, m.index + m[0].length);
  // `name` at `domain` dot `org`: code spans around the parts; a space for each backtick keeps the offsets.
  for (const m of blockMatches(text.replaceAll('`', ' '), OBFUSCATED_EMAIL)) {
    const end = m.index + m[0].length;
    if (/^[^\s[\](){}<>]+@[^\s[\](){}<>]+$/.test(m[0])) continue; // a plain address, found above
    // `name at domain.org` is an address only where the sentence speaks of mail ("look at github.com"
    // is not), or where it is all its line holds ("Report issues to:" over a line `jane at acme.org`).
    // So is one whose parts are code spans (`security` at `acme.dev`), or that is emphasized as one
    // value (**support at acme.io**) or bracketed alone ("reports via (sec at acme.io)"): no sentence
    // writes a site so.
    if (
      !OBFUSCATION_MARK.test(m[0]) &&
      // "reported via security @ acme.io": a role's mailbox before a spaced at sign ("docs live @ acme.dev" is a site)
      !ROLE_MAILBOX_SPACED.test(m[0]) &&
      !(/[(<[]$/.test(text.slice(m.index - 1, m.index)) && /^[)>\]]/.test(text.slice(end, end + 1))) &&
      !EMAIL_WORD.test(sentenceAround(text, m.index, end)) &&
      !aloneOnLine(text, m.index, end) &&
      // "Grin has 4 main points of contact:" over "* Jane Doe, jane at protonmail.com"; or a label that
      // names the list ("**Project contacts**") over an address after a name ("* Jane Doe, jane at …").
      !listedAsContact(text, m.index) &&
      !/`\s*at\s*`/i.test(text.slice(m.index, end)) &&
      !(/[*_]$/.test(text.slice(m.index - 1, m.index)) && /^[*_]/.test(text.slice(end, end + 1)))
    )
      continue;
    add('email', TODO.test(sentenceBefore(text, m.index)) ? 'placeholder' : 'private', m.index, end);
  }
  // "drop us an email at `security` :globe_with_meridians: `acme.com`": a mailbox and a domain in code
  // spans, an emoji or a sign between them standing for the at sign, in a sentence asking for an email.
  for (const m of blockMatches(text, CODE_SPLIT_ADDRESS)) {
    const end = m.index + m[0].length;
    if (!EMAIL_WORD.test(sentenceAround(text, m.index, end))) continue;
    const domain = m[0].slice(m[0].lastIndexOf('`', m[0].length - 2) + 1, -1);
    add('email', isPlaceholderEmail(`${m[1]}@${domain}`) ? 'placeholder' : 'private', m.index, end);
  }
  // `jane✨acme.dev (✨ → @)`: the address written with the sign its legend names, in the same paragraph.
  for (const legend of blockMatches(text, AT_SIGN_LEGEND)) {
    const sign = legend[1] ?? signBeforeArrow(text, legend.index);
    if (!sign) continue;
    const from = text.lastIndexOf('\n\n', legend.index) + 1;
    const to = text.indexOf('\n\n', legend.index);
    const paragraph = text.slice(from, to === -1 ? undefined : to);
    const written = new RegExp(`[\\w.+-]+${escapeRegExp(sign)}[\\w-]+(?:\\.[\\w-]+)+`, 'g');
    for (const m of paragraph.matchAll(written)) add('email', 'private', from + m.index, from + m.index + m[0].length);
  }
  // GFM links the first half of `git@github.com:owner/repo` as an address: a remote, not a mailbox.
  const links = [...doc.links.filter((l) => text.slice(l.start, l.end).trim() !== '' && doc.text[l.end] !== ':')];
  // Bare URLs the parser did not link (inside HTML, right after text, in inline code).
  for (const m of blockMatches(text, BARE_URL)) {
    // A sentence's full stop is not part of the URL before it.
    const url = m[0].replace(/[.,;:!?*_~]+$/, '');
    links.push({ url, start: m.index, end: m.index + url.length });
  }
  // AsciiDoc's link macros to a path (`xref:docs/security.adoc[text]`); a URL in one is found above.
  for (const m of blockMatches(text, ASCIIDOC_LINK))
    links.push({ url: m[1]!, start: m.index, end: m.index + m[0].length });
  // A reference link (`[the portal][portal]` … `[portal]: https://…`) is read where the reference stands,
  // with its sentence, as an inline link is: the definition at the end has no words around it.
  links.push(...referencesToDefinitions(text, doc.links));
  const publicLinks: Link[] = [];
  const publicLinksNotForReports: Link[] = [];
  const unclassified: Link[] = [];
  const whereChannelsStand = channelPlaces(doc);
  const underPolicyHeading = policyPlaces(doc);
  // Links to this policy in another language; the bare URL inside one, found again by the scan
  // above, goes with it.
  // `[English](SECURITY.md)`, "English original: [SECURITY.md](…)": another language's version, by its name.
  const namedAsTranslation = (link: Link) =>
    LANGUAGE_NAME_LINK.test(text.slice(link.start, link.end)) ||
    LANGUAGE_NAME_ANCHOR.test(text.slice(link.end, link.end + 80)) ||
    // (the words before it on its line, without the links there: a switcher's "[English](…) | " names no translation of this one)
    TRANSLATION_NOTE.test(lineBefore(text, link.start, 40).replace(MARKDOWN_LINK, ''));
  const siblingPolicies = links.filter((link) => {
    const url = link.url.trim();
    if (SIBLING_POLICY.test(url) || LANGUAGE_FOLDER_POLICY.test(url)) return true;
    if (!POLICY_FILE.test(url)) return false;
    return namedAsTranslation(link);
  });
  const insideSibling = reachBefore(siblingPolicies);
  const holdsSecurityTxt = /^Contact:/im.test(text);
  let forbidden: boolean | undefined;
  const publicReportsForbidden = () =>
    (forbidden ??= matchesIn(text, PUBLIC_REPORTING).some((m) => negated(text, m.index, m.index + m[0].length)));
  for (const link of links) {
    if (insideSibling(link.start) >= link.end) continue;
    // `# [Security Policy](#security-policy)`: a place in this very text, no way to reach anyone.
    if (link.url.trim().startsWith('#')) continue;
    // (an address GFM made a link, read as the address itself is above; a Fediverse account's too)
    if (publicByAddress(link.url.trim(), text, link.start, link.end)) continue;
    if (text[link.start - 1] === '@' && /^mailto:/i.test(link.url.trim())) continue;
    // A security.txt's other fields (`Policy:`, `Canonical:`, `Acknowledgments:` beside its `Contact:`
    // lines) say where its policy, its own copy and its thanks are: only Contact is a way to report.
    if (holdsSecurityTxt && OTHER_SECURITY_TXT_FIELD.test(lineBefore(text, link.start, 40))) continue;
    const sentence = sentenceAround(text, link.start, link.end);
    // "Please report vulnerabilities to my email. You can find it on my website at <…>": the request
    // is the sentence before the one that says where.
    // (read only where asked for: most links need neither reading, and a text may hold thousands)
    const previous = () => sentenceBefore(text, Math.max(0, link.start - sentenceBefore(text, link.start).length - 1));
    const withPrevious = POINTS_BACK.test(sentence) ? `${previous()} ${sentence}` : sentence;
    // A page alone on its line is referred to by the paragraph that introduces it with a colon ("for how
    // to report vulnerabilities privately, see our support policy:" over the link). Only as a page referred
    // to: "Acme Mail uses Bugzilla for all reports:" makes no address of the tracker's link below it.
    const introduced = `${colonIntro(text, link.start, link.end)} ${sentence}`;
    const found =
      classifyUrl(link.url) ??
      classifyByWords(link.url, withPrevious) ??
      classifyByLinkText(link.url, text.slice(link.start, link.end)) ??
      referredForReporting(link.url, introduced);
    // A page whose address only has a word like "security" in it is a channel where it stands in place
    // of one, or where the policy points to it ("Please see https://vendor.example/security/." under
    // the title); under a heading of its own ("ImageMagick config": "disable the coders via
    // [policy.xml](…/imagemagick/security)") it is a reference.
    // A link to a policy, the same: under "Examples of SECURITY files" it is an example, not where to report.
    // So is a chat account: the author's profile under "## Author" is not offered for reports.
    // A link to a site's /.well-known/security.txt lists its contacts wherever it stands.
    const wellKnown = /\/\.well-known\/security\.txt$/i.test(link.url.trim());
    const needsPlace =
      found && !wellKnown && (found.byPathWords || found.kind === 'policy-link' || found.kind === 'chat');
    // "I am not responsible for the binary, the community's. For more information see [here](…/SECURITY.md)":
    // another product's policy, for what this project disclaims.
    // "This policy solely applies to the collection, not Checkmk itself! For Checkmk itself, refer to [this
    // policy](…)": the way to report for another product, named as its own.
    const disclaimed =
      (found?.kind === 'policy-link' && DISCLAIMS.test(`${previous()} ${sentence}`)) ||
      ((found?.kind === 'policy-link' || found?.kind === 'form') && OTHER_PRODUCT_ITSELF.test(sentence));
    // "Security information can be found in the official docs:" over a docs page: read, not reported through.
    // (under a reporting heading, or in a sentence asking for a report, it is where to report)
    const documentation =
      found?.topicOnly &&
      !REPORTING_WORD.test(`${withPrevious} ${introduced}`) &&
      underReporting(doc)(link.start) <= link.start;
    if (
      !found ||
      disclaimed ||
      documentation ||
      (needsPlace && ((!whereChannelsStand(link) && !underPolicyHeading(link.start)) || ABOUT_THE_FILE.test(sentence)))
    ) {
      if (!isOpaqueLink(link.url)) continue;
      // "Contact us through one of the following channels:" over "- Website: <link>": each item is one.
      // "Reach the owner through the contact channel on [site](…)", "the contact methods outlined on our
      // [Contact Page](/contact)": the page holds the way to reach them.
      // Not a page its own clause calls public ("usa el foro público en <link>").
      if (
        (inContactList(text, link.start) ||
          (CONTACT_DETAILS_WORD.test(sentence) && REPORTING_WORD.test(withPrevious))) &&
        !PUBLIC_PLACE.test(lastClause(sentenceBefore(text, link.start)))
      )
        add('other', 'private', link.start, link.end);
      else unclassified.push(link);
      continue;
    }
    // A direct message, or a ticket (a private thread a server's bot opens), on a chat service; or
    // the server given as where to report ("report it in my Discord server"): there one writes to the
    // maintainers directly.
    // A room or group the sentence calls public, or names by its channel ("post it in #security"), with no
    // direct message or ticket asked for: everyone in it reads the report.
    if (
      found.kind === 'chat' &&
      found.privacy === 'public' &&
      !PRIVATE_MESSAGE.test(sentence) &&
      !PRIVATE_THREAD.test(sentence) &&
      // (a link written as a handle, "[@jane](https://t.me/jane)", is a person)
      !/^\[?@/.test(text.slice(link.start, link.end)) &&
      // (the room's name is often code: read with its code spans; or named after the link for reports)
      // (or a post asked for, that the account's followers read: "by sending a tweet to my [account](…)")
      (namesPublicRoom(clauseIntroducing(doc.text, link.start)) ||
        roomForReportsAfter(doc.text, link.end) ||
        MENTION_WORD.test(clauseIntroducing(doc.text, link.start)))
    ) {
      add('issue', 'public', link.start, link.end);
    } else if (
      found.kind === 'chat' &&
      found.privacy === 'public' &&
      (PRIVATE_MESSAGE.test(sentence) ||
        PRIVATE_THREAD.test(sentence) ||
        REPORTING_WORD.test(sentence) ||
        inContactList(text, link.start) ||
        ticketInSection(doc, text, link.start))
    ) {
      add('chat', 'private', link.start, link.end);
    } else if (found.kind === 'email' && onPublicList(link.start, link.end)) {
      continue;
    } else if (found.kind === 'issue') {
      // "Questions? [GitHub Discussions](…)": where to ask, not where to report.
      if (readOnlyThread(link.url, sentence) || afterQuestionsLead(text, link.start)) continue;
      // (the bare URL inside a link set aside below goes with it)
      if (publicLinksNotForReports.some((outer) => outer.start <= link.start && link.end <= outer.end)) continue;
      // "- **Discussions:** [Discussions](…)", a contact list's entry that asks for nothing, in a policy that
      // forbids public reports ("Do NOT open a public issue!"): where to talk, not where to report.
      if (
        LABELLED_LIST_ITEM.test(lineBefore(text, link.start, 80)) &&
        !REPORTING_WORD.test(sentence) &&
        !VULNERABILITY_WORD.test(sentence) &&
        publicReportsForbidden()
      ) {
        publicLinksNotForReports.push(link);
        continue;
      }
      publicLinks.push(link);
    } else {
      // "will soon be reachable at <link>", "<link> (página em construção)": a page not there yet (an
      // address "under preparation" is labelled as given: mail to it is kept).
      const notYet =
        found.privacy === 'private' &&
        found.kind !== 'email' &&
        NOT_YET_ONLINE.test(`${sentence} ${textAfter(text, link.end)}`);
      add(found.kind, notYet ? 'placeholder' : found.privacy, link.start, link.end, found.uncertain);
    }
  }
  // "DM me on Discord", "私聊": a private message on a named service, or with a link (found above).
  // A chat link followed closely by the request ("Join the Discord: <link>", "- DM the maintainer")
  // is a direct message on that service too.
  // The nearest chat link before the request decides: a farther one is farther and has as much between.
  const chatEnds = channels
    .filter((c) => c.kind === 'chat')
    .map((c) => c.end)
    .sort((a, b) => a - b);
  const chatLinkNear = (offset: number) => {
    const end = chatEnds[countAtMost(chatEnds, offset) - 1];
    return end !== undefined && offset - end < NEAR_CHAT && !/\n[ \t]{0,3}#/.test(text.slice(end, offset));
  };
  for (const m of blockMatches(text, EVERY_PRIVATE_MESSAGE)) {
    const end = m.index + m[0].length;
    // (with its code spans: the account is often one, "a private message to `jane` on the forum")
    if ((dmPlace(sentenceAround(doc.text, m.index, end)) || chatLinkNear(m.index)) && !negated(text, m.index, end))
      add('chat', 'private', m.index, end);
  }
  // Only where the policy gives no address itself (a placeholder one included: that is the one meant).
  if (!channels.some((c) => c.kind === 'email'))
    for (const link of addressesBehindLinks(doc, text, links)) add('email', 'private', link.start, link.end);
  // A Matrix user (`@jane:acme.chat`; a room is `#room:server`) where the sentence or the paragraph introducing
  // its list (or its code block) speaks of messaging ("Matrix 私信（DM）联系：" over "- `@jane:acme.chat`").
  for (const m of blockMatches(text, MATRIX_USER)) {
    const end = m.index + m[0].length;
    if (
      MATRIX_CONTEXT.test(sentenceAround(text, m.index, end)) ||
      MATRIX_CONTEXT.test(paragraphBeforeList(text, m.index))
    )
      add('chat', UNFILLED_MATRIX_USER.test(m[0]) ? 'placeholder' : 'private', m.index, end);
  }
  // Keybase chats are between people: "report it through Keybase chat:" over `keybase chat send jane`
  // (the command is the instruction, so it counts in code too).
  for (const m of blockMatches(doc.text, KEYBASE_CHAT)) add('chat', 'private', m.index, m.index + m[0].length);
  // Launchpad's "Private Security" information type, chosen when filing: only the security team sees the bug.
  if (/launchpad/i.test(text))
    for (const m of blockMatches(text, LAUNCHPAD_PRIVATE_SECURITY))
      if (!negated(text, m.index, m.index + m[0].length)) add('advisory', 'private', m.index, m.index + m[0].length);
  // "Please report security issues to: **acme.dev/report/**": a page written without its scheme (so no
  // link), where a channel would stand, read as its https address would be.
  for (const m of blockMatches(text, SCHEMELESS_URL)) {
    const end = m.index + m[0].length;
    const found = classifyUrl(`https://${m[0]}`);
    if (
      found &&
      found.privacy === 'private' &&
      found.kind !== 'issue' &&
      whereChannelsStand({ url: '', start: m.index, end })
    )
      if (!negated(text, m.index, end)) add(found.kind, 'private', m.index, end);
  }
  // "Напишіть мені в **Signal**: ім'я користувача `jane.07`": an account on a messenger that only
  // carries messages between people, where a channel would stand.
  for (const m of blockMatches(text, MESSENGER_ACCOUNT)) {
    const end = m.index + m[0].length;
    if (whereChannelsStand({ url: '', start: m.index, end }) && !negated(text, m.index, end))
      add('chat', 'private', m.index, end);
  }
  const phonePrivacy = (phone: string): Privacy => (FICTIONAL_PHONE.test(phone) ? 'placeholder' : 'private');
  for (const m of blockMatches(text, PHONE_CONTACT)) {
    const end = m.index + m[0].length;
    if (!inExampleColumn(doc, end - 1)) add('other', phonePrivacy(m[0]), m.index, end);
  }
  for (const m of matchesIn(text, PHONE_AFTER_COLON)) add('other', phonePrivacy(m[0]), m.index, m.index + m[0].length);
  // Letters by post, where the sentence asks for a report: "signalements confidentiels par courrier postal".
  for (const m of blockMatches(text, POSTAL_MAIL)) {
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    if ((REPORTING_WORD.test(sentence) || VULNERABILITY_WORD.test(sentence)) && !negated(text, m.index, end))
      add('other', 'private', m.index, end);
  }
  // "Our contacts are listed in /.well-known/security.txt": the file that lists where to write.
  for (const m of blockMatches(text, SECURITY_TXT_NAMED)) {
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    if (
      (REPORTING_WORD.test(sentence) || CONTACT_WORD.test(sentence)) &&
      POINTS_TO_FILE.test(sentence) &&
      !negated(text, m.index, end)
    )
      add('policy-link', 'private', m.index, end);
  }
  for (const m of blockMatches(text, CONTACT_BUTTON)) add('form', 'private', m.index, m.index + m[0].length);
  for (const m of blockMatches(text, ROOT_POLICY_NAMED)) {
    const end = m.index + m[0].length;
    if (
      /\b(?:use|see|read|consult|follow|refer|applies|governs|source\s+of\s+truth)\b/i.test(
        sentenceAround(text, m.index, end),
      ) &&
      !negated(text, m.index, end)
    )
      add('policy-link', 'private', m.index, end);
  }
  // Named in words, each a private channel unless its sentence turns it around.
  const addUnlessNegated = (
    pattern: RegExp,
    kind: ChannelKind,
    privacyOf: (match: string) => Privacy = () => 'private',
  ) => {
    for (const m of blockMatches(text, pattern))
      if (!negated(text, m.index, m.index + m[0].length)) add(kind, privacyOf(m[0]), m.index, m.index + m[0].length);
  };
  addUnlessNegated(PLATFORM_IN_WORDS, 'bounty');
  // A platform named with a report or the programme run there, in another language's word order ("vårt
  // program på Intigriti", "na platformie HackerOne", "HackerOne 上でバグバウンティプログラム"). English
  // sentences are read by their prepositions above: there a name also stands in what a policy could hold
  // ("a link to HackerOne or another site") and in how reports are handled ("duplicate HackerOne reports").
  for (const m of blockMatches(text, PLATFORM_NAME)) {
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    if (
      !ENGLISH_SENTENCE.test(sentence) &&
      (REPORT_OR_VULNERABILITY.test(sentence) || PROGRAMME_WORD.test(sentence)) &&
      !negated(text, m.index, end)
    )
      add('bounty', 'private', m.index, end);
  }
  // A ticket a chat server's bot opens (in any language, where the section names the server), mod mail, a
  // site's live chat, a private thread on a forum: threads only the team reads, in the policy's own text.
  const unfilledChat = links.some((l) => CHAT_SERVICE.test(l.url) && isPlaceholderUrl(l.url));
  for (const [pattern, kind] of [
    [TICKET_WORD, 'chat'],
    [MOD_MAIL, 'chat'],
    [LIVE_CHAT, 'chat'],
    [PRIVATE_FORUM_THREAD, 'other'],
  ] as const)
    for (const m of blockMatches(text, pattern)) {
      const end = m.index + m[0].length;
      if (pattern === TICKET_WORD && !ticketInSection(doc, text, m.index, true)) continue;
      const place = whereChannelsStand({ url: '', start: m.index, end }) || underPolicyHeading(m.index);
      // (a ticket on a server whose invite was never filled in is as unfilled as the invite)
      if (place && !negated(text, m.index, end))
        add(kind, pattern === TICKET_WORD && unfilledChat ? 'placeholder' : 'private', m.index, end);
    }
  for (const m of blockMatches(text, CHAT_TICKET)) {
    const end = m.index + m[0].length;
    if (CHAT_SERVICE.test(sentenceAround(text, m.index, end)) && !negated(text, m.index, end))
      add('chat', 'private', m.index, end);
  }
  // "Telegram: `Update`": an account still to be written in.
  const accountPrivacy = (account: string): Privacy => (UNFILLED_HANDLE.test(account) ? 'placeholder' : 'private');
  addUnlessNegated(CHAT_ACCOUNT, 'chat', accountPrivacy);
  for (const m of blockMatches(text, ADDRESS_SOURCE)) {
    // "Report bugs by emailing the owners. `npm owner ls` lists them": the request may be the sentence before.
    const before = sentenceBefore(text, m.index);
    const previous = sentenceBefore(text, Math.max(0, m.index - before.length - 1));
    const sentence = `${previous} ${before} ${sentenceAfter(text, m.index + m[0].length)}`;
    if (negated(text, m.index, m.index + m[0].length)) continue;
    if (EMAIL_WORD.test(sentence) || ADDRESS_WORD.test(sentence))
      add('email', 'private', m.index, m.index + m[0].length);
    // "See the README file for details on how to submit them": the file holds the reporting instructions.
    else if (HOW_TO_REPORT.test(sentence)) add('policy-link', 'private', m.index, m.index + m[0].length);
    // "Contact the project through the channels listed in the README", "contact the owner privately
    // through their GitHub profile", "report it to the people listed in CODEOWNERS".
    else if (
      CONTACT_DETAILS_WORD.test(sentence) ||
      (REPORTING_WORD.test(sentence) && (PRIVATE_WORD.test(sentence) || PEOPLE_LIST.test(m[0])))
    )
      add('other', 'private', m.index, m.index + m[0].length);
  }
  // "Report it to @jane on Steemit", "via private Discord": a named account on a platform, a private chat.
  addUnlessNegated(ACCOUNT_ON_PLATFORM, 'chat');
  addUnlessNegated(PRIVATE_CHAT, 'chat');
  addUnlessNegated(DM_ACCOUNT, 'chat');
  addUnlessNegated(DISCORD_TAG_CONTACT, 'chat');
  // "the user security on the domain acme.org": an address described in words.
  addUnlessNegated(USER_ON_DOMAIN, 'email');
  addUnlessNegated(FORM_ON_SITE, 'form');
  addUnlessNegated(SUPPORT_TICKET, 'form');
  addUnlessNegated(SUPPORT_IN_DASHBOARD, 'form');
  // Where a channel would stand: "Contact me: - GitHub: @jane" (not a profile in a list of credits elsewhere).
  for (const m of blockMatches(text, FORGE_ACCOUNT)) {
    const end = m.index + m[0].length;
    if (whereChannelsStand({ url: '', start: m.index, end }) || REPORTING_WORD.test(listIntro(text, m.index)))
      add('other', 'private', m.index, end);
  }
  // Where the sentence asks for a report: "follow us on Twitter @acme" names no channel.
  addUnlessNegated(CHAT_CONTACT_LINE, 'chat', accountPrivacy);
  for (const m of [...blockMatches(text, HANDLE_ON_CHAT), ...blockMatches(text, HANDLE_AFTER_CHAT)]) {
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    // Asked for: a report; on a messenger (not a public network, where an @account is a public mention)
    // also a private or direct message ("skriv til mig privat på discord (jane)") or a paragraph about a
    // vulnerability ("achou uma falha de segurança? me chama no telegram @jane").
    const asked =
      REPORTING_WORD.test(sentence) ||
      (!PUBLIC_NETWORK.test(m[0]) &&
        (PRIVATE_MESSAGE.test(sentence) ||
          DIRECT_MESSAGE.test(sentence) ||
          PRIVATE_WORD.test(sentence) ||
          VULNERABILITY_WORD.test(paragraphAround(text, m.index, end))));
    if (!asked || negated(text, m.index, end)) continue;
    // "report it in the `#general` channel of our Slack and tag @maintainers": everyone in the room reads it.
    // (the room's name is often code: read the sentence with its code spans)
    // (its own clause: "message me on Telegram @jane, not in a public issue" names no public room for it)
    const inPublicRoom =
      namesPublicRoom(clauseAround(doc.text, m.index, end)) &&
      !PRIVATE_MESSAGE.test(sentence) &&
      !DIRECT_MESSAGE.test(sentence);
    add(inPublicRoom ? 'issue' : 'chat', inPublicRoom ? 'public' : accountPrivacy(m[0]), m.index, end);
  }
  // "Send a direct message to a maintainer on our Matrix server", "reach out on Zulip to a maintainer privately".
  for (const m of blockMatches(text, EVERY_CHAT_SERVICE)) {
    const end = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, end);
    // Any negation in the sentence may be about the messages ("do not send them in direct messages"),
    // except one in brackets, an aside ("(never post details in public channels)").
    // "Report vulnerabilities to the authors, either via email or the ESGF Slack": people written to there.
    const toPeople = TO_PEOPLE.test(sentence) && !namesPublicRoom(sentenceAround(doc.text, m.index, end));
    if (
      (DIRECT_MESSAGE.test(sentence) || toPeople || ONE_TO_ONE_SERVICE.test(m[0])) &&
      REPORT_WORD.test(sentence) &&
      !NEGATION.test(withoutAsides(sentence))
    )
      add('chat', 'private', m.index, end);
  }
  // "go to our Discord and use the /report command": a bot's command that takes a report to the staff alone.
  for (const m of blockMatches(text, REPORT_COMMAND)) {
    const end = m.index + m[0].length;
    if (CHAT_SERVICE.test(sentenceAround(text, m.index, end)) && !negated(text, m.index, end))
      add('chat', 'private', m.index, end);
  }
  // A Session messenger's ID (66 hex digits from 05): an account only one-to-one messages reach.
  for (const m of blockMatches(text, SESSION_ID))
    if (!negated(text, m.index, m.index + m[0].length)) add('chat', 'private', m.index, m.index + m[0].length);
  for (const m of blockMatches(text, CONTACT_ON_CHAT)) {
    // A person is named by a capitalized name ("contacting DeveloperCron through Discord"), not a word.
    if (m[1] !== undefined && !/^[A-Z]/.test(m[1])) continue;
    if (!negated(text, m.index, m.index + m[0].length)) add('chat', 'private', m.index, m.index + m[0].length);
  }
  // A vCard's address, in a code block too: the contact card the policy gives.
  for (const card of vCards(doc.text))
    for (const m of matchesIn(doc.text.slice(card.start, card.end), VCARD_EMAIL))
      add(
        'email',
        isPlaceholderEmail(m[1]!) ? 'placeholder' : 'private',
        card.start + m.index,
        card.start + m.index + m[0].length,
      );
  // security.txt (RFC 9116) `Contact:` fields name channels even where the file is quoted in a code block.
  for (const m of blockMatches(doc.text, CONTACT_FIELD)) {
    const found = classifyUrl(m[1]!);
    if (found && found.kind !== 'issue')
      add(found.kind, found.privacy, m.index, m.index + m[0].length, found.uncertain);
  }
  // "Use the Security tab", "open a draft security advisory": unless the words are the text of a link to a public tracker.
  const insidePublicLink = reachBefore(publicLinks);
  const unfilledAdvisoryLinks = channels
    .filter((c) => c.kind === 'advisory' && c.privacy === 'placeholder')
    .map((c) => c.start)
    .sort((a, b) => a - b);
  // "[private vulnerability reporting]({{reportingUrl}})": the words name a link still to be filled in.
  const insideUnfilledLink = reachBefore(doc.links.filter((l) => isPlaceholderUrl(l.url)));
  const addPrivateReporting = (start: number, end: number) => {
    if (negated(text, start, end) || headingInEmphasis(text, start, end)) return;
    // "We will then open a draft security advisory": the maintainers' own step, not a way to reach them.
    // (emphasis or a link may open right before the name: "move the discussion to a **private advisory**",
    // "we will open a [GitHub Security Advisory](…)")
    if (MAINTAINERS_AS_SUBJECT.test(lastClause(sentenceBefore(text, start)).replace(/[*_[]+$/, ''))) return;
    // "Updates are announced via: - GitHub Security Advisories": where fixes are published, not reported.
    // (in the languages that put the verb last, after it: "GitHub Security Advisory で公表します")
    if (
      ANNOUNCED.test(listIntro(text, start)) ||
      ANNOUNCED.test(lastClause(sentenceBefore(text, start))) ||
      ANNOUNCED_AFTER.test(text.slice(end, end + 24))
    )
      return;
    // "TODO: set up GitHub Security Advisories" is a note to the author, not a channel yet.
    // So is "Before going public, configure: - GitHub private vulnerability reporting", and the name
    // of an unfilled link after it on its line ("- GitHub Security Advisories: [link](…/yourname/…)").
    const before = `${listIntro(text, start)} ${sentenceBefore(text, start)}`;
    const nextUnfilled = unfilledAdvisoryLinks[countAtMost(unfilledAdvisoryLinks, end - 1)];
    // (or a template's token after it on its line: "GitHub Private Vulnerability Reporting `__SECURITY_URL__`")
    // (also a list item's label over its sentence: "1. **GitHub Security Advisories**:\n   report via [the form](…/your-username/…)")
    const namesUnfilledLink =
      (nextUnfilled !== undefined && namesLinkAfter(text.slice(end, nextUnfilled))) ||
      /^[^\r\n]{0,40}?(?:__[A-Z][A-Z0-9_]*__|\{\{|\$\{[A-Z_])/.test(text.slice(end, end + 80));
    // "Once private vulnerability reporting is enabled, use it": not there yet either.
    const after = text.slice(end, end + 60);
    const onceEnabled =
      ONCE_ENABLED_BEFORE.test(before) ||
      (ONCE_ENABLED_AFTER.test(after) && !IF_BEFORE.test(sentenceBefore(text, start)));
    const notYet = onceEnabled || NOT_SET_UP_AFTER.test(after) || WILL_BE_ENABLED_AFTER.test(after);
    const unfilled =
      TODO.test(before) ||
      TO_SET_UP.test(before) ||
      TO_SET_UP_ELSEWHERE.test(before) ||
      TO_THE_MAINTAINER.test(before) ||
      // (its last 200 characters: the pattern backtracks over the sentence once per word of plan)
      TO_ENABLE_BEFORE.test(sentenceBefore(text, start).slice(-200)) ||
      namesUnfilledLink ||
      insideUnfilledLink(start) >= end ||
      // "[insert email or use private security advisory on GitHub]": the template's note on what to fill in
      inFillBracketHere(start, end);
    // ("once it is enabled, use it": it may be enabled already)
    add('advisory', unfilled || notYet ? 'placeholder' : 'private', start, end, !unfilled && onceEnabled);
  };
  for (const m of blockMatches(text, PRIVATE_REPORTING))
    if (insidePublicLink(m.index) < m.index + m[0].length) addPrivateReporting(m.index, m.index + m[0].length);
  // "Please [file](…/issues) a security advisory on GitHub": the link holds the instruction's first words
  // only, and the words after it ask for GitHub's private reporting all the same.
  for (const link of publicLinks) {
    const linkText = /^\[([^\]\n]{1,24})\]/.exec(text.slice(link.start, link.end))?.[1];
    if (linkText === undefined) continue;
    const read = `${linkText}${text.slice(link.end, link.end + 80)}`;
    if (
      matchesIn(read, PRIVATE_REPORTING).some(
        (m) => m.index < linkText.length && m.index + m[0].length > linkText.length,
      )
    )
      addPrivateReporting(link.start, link.end);
  }
  // A link to GitHub's issues is public whatever its sentence says of chat tickets or privacy.
  for (const link of publicLinks)
    if (
      !negated(text, link.start, link.end) &&
      (GITHUB_ISSUES.test(link.url) || !privateTicket(text, link.start, link.end))
    )
      add('issue', 'public', link.start, link.end);
  for (const pattern of [PUBLIC_REPORTING, PUBLIC_TRACKER_URL]) {
    // A pattern's own matches do not overlap: the issue channels found before this pattern are the ones to look in,
    // and the links set aside as where to talk (their URL is found again here).
    const issueReach = reachBefore([...channels.filter((c) => c.kind === 'issue'), ...publicLinksNotForReports]);
    for (const m of blockMatches(text, pattern)) {
      // A sentence's full stop is not part of the URL before it.
      const end = m.index + m[0].replace(/[.,;:!?]+$/, '').length;
      if (negated(text, m.index, end) || isPlaceholderUrl(m[0]) || issueReach(m.index) > m.index) continue;
      const sentence = sentenceAround(text, m.index, end);
      // "Open an issue asking for a private contact", "… without revealing the vulnerability": the
      // first contact is made in public, the report itself goes elsewhere (the private word after the
      // issue is the contact's; one right before it makes a confidential issue).
      const firstContact = onlyForFirstContact(sentence);
      // "Open a ticket on our Discord", "open a confidential issue": not a public tracker.
      if (
        (firstContact
          ? PRIVATE_WORD.test(sentenceBefore(text, m.index).slice(-24))
          : privateTicket(text, m.index, end)) ||
        (/\btickets?\b/i.test(m[0]) && ticketInSection(doc, text, m.index, true))
      )
        continue;
      if (readOnlyThread(m[0], sentence) || afterQuestionsLead(text, m.index)) continue;
      if (firstContact) {
        addFirstContact(m.index, end);
        continue;
      }
      // "Test changes before submitting pull requests": contributing, unless its sentence speaks of a
      // vulnerability or it stands under a reporting heading ("submit" alone asks for nothing here).
      if (
        PULL_REQUEST.test(m[0]) &&
        !VULNERABILITY_WORD.test(sentenceAround(text, m.index, end)) &&
        underReporting(doc)(m.index) <= m.index
      )
        continue;
      add('issue', 'public', m.index, end);
    }
  }
  // A public place named in a sentence that asks for a report, in any language: "post it in GitHub
  // Discussions", "reportadas en el foro de la comunidad", "在 GitHub Discussions 发帖反馈".
  const reportingReach = underReporting(doc);
  {
    const issueReach = reachBefore(channels.filter((c) => c.kind === 'issue'));
    for (const m of blockMatches(text, PUBLIC_PLACE_NAME)) {
      const end = m.index + m[0].length;
      // (A list item is governed by the line that opens its list, read from the item's first word.)
      const line = text.lastIndexOf('\n', m.index - 1) + 1;
      const itemStart = line + (/^[ \t]*(?:[-*+]|\d+[.)])?[ \t]*/.exec(text.slice(line, m.index))?.[0].length ?? 0);
      if (issueReach(m.index) > m.index || negated(text, m.index, end) || negated(text, itemStart, end)) continue;
      const sentence = sentenceAround(text, m.index, end);
      // Named in passing, the place may sit in a list the sentence negates ("not through public issues,
      // discussions, or pull requests"): any negation in the sentence turns it around.
      if (
        !REPORTING_WORD.test(sentence) ||
        // (about a vulnerability, or under a reporting heading: "test changes before submitting pull requests" is contributing)
        (!VULNERABILITY_WORD.test(sentence) && reportingReach(m.index) <= m.index) ||
        NEGATION.test(sentence) ||
        ANNOUNCED.test(sentence) ||
        privateTicket(text, m.index, end)
      )
        continue;
      if (onlyForFirstContact(sentence)) addFirstContact(m.index, end);
      else add('issue', 'public', m.index, end);
    }
  }
  // "How to report:" over a list whose items are only the trackers' names ("- Issues", "- Discussions").
  for (const m of blockMatches(text, TRACKER_LIST_ITEM)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (negated(text, start, end)) continue;
    if (REPORTING_WORD.test(lineBeforeList(text, m.index)) || reportingReach(m.index) > m.index)
      add('issue', 'public', start, end);
  }
  // A link to this policy in another language is not a channel (`[English](SECURITY.md)` over a
  // translation that says how to report, or fails to), unless the policy has no reporting section and
  // no channel of its own: a stub that sends readers to the other version ("translation pending: see
  // [SECURITY.md]", "Güncel güvenlik belgesi: [SECURITY.md](SECURITY.md)"). A language switcher's entry
  // (`[English](SECURITY.md)`) or a note on the original ("English original: [SECURITY.md](…)") is no more than that.
  // Elsewhere, one not named as a translation in a sentence that asks for reports through it, privately
  // or as it says ("submit sensitive findings through the private channel described in [SECURITY.md]"),
  // points to the policy that holds the channel, from a document of its own (DISCLOSURE.md) or a translation.
  const stub = channels.length === 0 && sectionsOf(doc, 'reporting').length === 0 && text.trim().length < STUB_LENGTH;
  for (const link of siblingPolicies) {
    const sentence = sentenceAround(text, link.start, link.end);
    const pointer = stub
      ? REFER_WORD.test(sentence) || !namedAsTranslation(link)
      : !namedAsTranslation(link) &&
        REPORTING_WORD.test(sentence) &&
        (PRIVATE_WORD.test(sentence) || REFER_WORD.test(sentence));
    if (pointer) add('policy-link', 'private', link.start, link.end);
  }
  // `press@acme.dev`, `lizenz@acme.de`, written out or linked under a heading of another matter ("Code of
  // Conduct", "Licensing"): a mailbox for that matter, unless its sentence speaks of vulnerabilities or
  // security ("report vulnerabilities to legal@acme.dev"). Under the title or the reporting heading, any
  // address is offered for reports.
  const forReports = placesUnder(doc, (section) => section === 'reporting');
  // An address its sentence says is out of use ("the old address x was retired in March", "x 已于 2024 年
  // 3 月停用"), and a mailing list's command address (`dev-subscribe@…`), are no way to report anywhere.
  // (a sentence is read only where its words may matter: a line of a thousand addresses is one sentence)
  const retiredSaid = RETIRED_ADDRESS.test(text);
  const sampleSaid = SAMPLE_ADDRESS_SAID.test(text);
  const noMailboxForReports = (c: Channel): boolean => {
    if (c.kind !== 'email') return false;
    const address = addressIn(text.slice(c.start, c.end));
    if (LIST_COMMAND.test(address)) return true;
    // "the address in git config is a placeholder (`dev@example.com`)": a sample the text itself names
    // as one, outside the reporting section, with nothing to fill in: no contact, and no template left.
    if (sampleSaid && c.privacy === 'placeholder' && !forReports(c.start)) {
      const sentence = sentenceAround(text, c.start, c.end);
      const labelled = CONTACT_LABEL_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start));
      if (
        SAMPLE_ADDRESS_SAID.test(sentence) &&
        !FILL_IN_SAID.test(sentence) &&
        !labelled &&
        !REPORTING_WORD.test(sentence)
      )
        return true;
    }
    if (forOtherMatter(address) && !forReports(c.start) && !SECURITY_MATTER.test(sentenceAround(text, c.start, c.end)))
      return true;
    return retiredSaid && RETIRED_ADDRESS.test(sentenceAround(text, c.start, c.end));
  };
  // A programme, form or private reporting its sentence says is not open ("the programme is closed to new
  // submissions", "private reporting is not enabled yet", "das Formular ist bald verfügbar"): no way yet.
  const unavailableSaid = UNAVAILABLE.test(text);
  const notOpen = (c: Channel): boolean =>
    unavailableSaid &&
    (c.kind === 'bounty' || c.kind === 'advisory' || c.kind === 'form') &&
    saidUnavailable(sentenceAround(text, c.start, c.end));
  let retained = 0;
  for (const c of channels) if (!noMailboxForReports(c) && !notOpen(c)) channels[retained++] = c;
  channels.length = retained;
  // An address the policy marks as a stand-in once ("security@acme.dev (create this address)") is one
  // wherever it stands, also as a mailto: link.
  const standIns = new Set(
    channels
      // An address written out: a link's text may show one address and its target hold another.
      .filter((c) => c.kind === 'email' && c.privacy === 'placeholder' && !/[\s[\]()]/.test(text.slice(c.start, c.end)))
      .map((c) => text.slice(c.start, c.end).toLowerCase()),
  );
  if (standIns.size > 0)
    channels.forEach((c, i) => {
      if (c.kind === 'email' && c.privacy === 'private' && standIns.has(addressIn(text.slice(c.start, c.end))))
        channels[i] = { ...c, privacy: 'placeholder' };
    });
  // An account left unfilled, or one to mention in public, is the way its line gives ("a private message
  // on Matrix to `@username:matrix.org`", "via Mastodon: noem @acme@mastodon.nl"): the service's words
  // beside it ("private message", "matrix.org", "Mastodon:") are no other.
  const unfilledAccounts = channels.filter(
    (c) =>
      (c.kind === 'chat' && c.privacy === 'placeholder') ||
      (c.kind === 'issue' && c.privacy === 'public' && /^\s*@/.test(text.slice(c.start, c.end))),
  );
  if (unfilledAccounts.length > 0) {
    // (a paragraph's lines may wrap between them)
    const inOneSentence = (a: Channel, b: Channel) =>
      !/[.!?。]\s|\n[ \t]*\n/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    retained = 0;
    for (const c of channels)
      if (!(c.kind === 'chat' && c.privacy === 'private' && unfilledAccounts.some((u) => inOneSentence(u, c))))
        channels[retained++] = c;
    channels.length = retained;
  }
  // A link the parser found is also a bare URL in the text, and holds its target: one channel.
  channels.sort((a, b) => a.start - b.start || b.end - a.end);
  // In order of start, a channel lies inside a kept one of its kind and privacy when one of those
  // reaches as far; and a link inside a kept channel starts before the furthest end of the kept
  // ones starting before it. (Comparing every pair was quadratic on thousands of addresses.)
  const kept: Channel[] = [];
  // (by kind, then privacy: a key string built per channel was a tenth of a line of addresses)
  const reach = new Map<ChannelKind, Map<Privacy, number>>();
  for (const c of channels) {
    const ofKind = reach.get(c.kind) ?? new Map<Privacy, number>();
    if ((ofKind.get(c.privacy) ?? -1) >= c.end) continue;
    reach.set(c.kind, ofKind.set(c.privacy, c.end));
    kept.push(c);
  }
  const keptReach = reachBefore(kept);
  return { channels: kept, unclassified: unclassified.filter((l) => keptReach(l.start) <= l.start) };
}

/** A list item that is only a public tracker's name: `- Issues`, `* **GitHub Discussions**`. */
const TRACKER_LIST_ITEM =
  /^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+((?:\*\*|__)?(?:github[ \t]+|gitlab[ \t]+)?(?:issues|issue[ \t]+tracker|discussions|pull[ \t]+requests)(?:\*\*|__)?)[ \t]*$/gim;

/**
 * Whether `offset` stands early in a list item (after at most a short label: "- Website: ") of a list
 * whose intro asks to get in touch and ends with a colon ("Contact us through one of these:").
 */
function inContactList(text: string, offset: number): boolean {
  const head = lineHead(text, offset, 40);
  if (
    head === undefined ||
    !/^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+(?:[*_]*[^\s:*_]{1,20}[*_]*[ \t]*[:：][*_]*[ \t]*)?[*_]*$/.test(head)
  )
    return false;
  return underContactIntro(text, offset);
}

/** A sentence without its bracketed asides. */
function withoutAsides(sentence: string): string {
  return sentence.replace(/\([^()]*\)/g, ' ');
}

/** A short label over a list that names what it lists as contacts: "**Project contacts**", "Kontakte". */
const namesContacts = (intro: string): boolean =>
  intro.length <= 60 && CONTACT_WORD.test(intro) && !/[.!?]\s/.test(intro);

/**
 * Whether the value at `offset` is on a list item introduced as ways to get in touch ("Grin has 4 main points
 * of contact:" over "* Jane Doe, jane at protonmail.com"), or after a name under a label that names the list
 * as contacts ("**Project contacts**" over "* Jane Doe, jane at …").
 */
function listedAsContact(text: string, offset: number): boolean {
  const head = lineHead(text, offset, 80);
  if (head === undefined) return false;
  return (
    underContactIntro(text, offset) || (namesContacts(paragraphBeforeList(text, offset)) && /[,:：–—]\s*$/.test(head))
  );
}

/** Whether the list `offset` is in is introduced as ways to get in touch ("4 main points of contact:"). */
function underContactIntro(text: string, offset: number): boolean {
  const intro = paragraphBeforeList(text, offset).trimEnd();
  // The intro's first clause decides: "Do not report through:" lists what to avoid; "Report it
  // privately, not in a public issue:" lists the private ways; so does a last clause that asks for them
  // privately ("do not post it in public issues, but send a confidential notice:").
  const firstClause = intro.split(CLAUSE_BREAK)[0] ?? '';
  return (
    /[:：]$/.test(intro) &&
    REPORTING_WORD.test(intro) &&
    (!NEGATION.test(firstClause) || PRIVATE_WORD.test(lastClause(intro.slice(0, -1))))
  );
}

/** Whether the policy (or `text`, its visible text with parts blanked) tells a reporter to get in touch, in a sentence, without naming a channel. */
export function mentionsReporting(doc: PolicyDocument, text = visibleText(doc)): boolean {
  if (REPORTING_SENTENCE.test(text) || PRIVATE_ISSUE.test(text)) return true;
  // "Open an issue asking for a private contact": an instruction, though not a channel.
  if (ANY_PUBLIC_REPORTING.test(text) && text.split(SENTENCE_BOUNDARY).some(asksForPrivateContact)) return true;
  // In any language: one sentence with a word asking for a report and a word for a vulnerability,
  // or for privacy ("Contacte o proprietário em privado"; not "do not commit private sources").
  if (!REPORTING_WORD.test(text) || !(VULNERABILITY_WORD.test(text) || PRIVATE_WORD.test(text))) return false;
  return text
    .split(SENTENCE_BOUNDARY)
    .some(
      (sentence) =>
        REPORTING_WORD.test(sentence) &&
        (VULNERABILITY_WORD.test(sentence) || (PRIVATE_WORD.test(sentence) && !NEGATION.test(sentence))),
    );
}

/** A sentence that points back to what the one before asked for: "You can find it on my website". */
const POINTS_BACK =
  /\b(?:it|them|(?:the|my|our)\s+(?:address|e-?mail))\b[^.]{0,30}\b(?:find|found|listed|is\s+on|are\s+on)\b|\bfind\s+(?:it|them)\b/i;

/**
 * "For security vulnerability reporting and our complete security policy, please see: <link>": a
 * page the policy sends reporters to, for the place to report (a policy link), where the page's
 * address says nothing of it.
 */
function referredForReporting(raw: string, sentence: string): LinkReading | undefined {
  // (a forge's front page is no place to report: `https://github.com/<org>/<repo>/…` cut at its placeholder)
  if (!/^https?:\/\//i.test(raw.trim()) || !isOpaqueLink(raw) || FORGE_FRONT_PAGE.test(raw.trim())) return undefined;
  return (REFER_WORD.test(sentence) || VISIT_WORD.test(sentence)) && asksToReportVulnerabilities(sentence)
    ? { kind: 'policy-link', privacy: 'private', byPathWords: true }
    : undefined;
}

/** A sentence that asks for vulnerability reports, in any language: what makes a page it refers to the place to report. */
const asksToReportVulnerabilities = (sentence: string) =>
  REPORTING_WORD.test(sentence) && VULNERABILITY_WORD.test(sentence);

/**
 * A link that is a channel because of the sentence it stands in: "email [the maintainer](profile)",
 * "report it to [@name](https://github.com/name)", "see [SECURITY.md](../SECURITY.md)".
 */
function classifyByWords(raw: string, sentence: string): LinkReading | undefined {
  const url = raw.trim();
  // A relative link to this repository's issues or discussions (`../../issues`).
  if (/^(?:\.\.?\/)+(?:issues|discussions)(?:\/new)?\/?$/i.test(url)) return { kind: 'issue', privacy: 'public' };
  // A relative link to a security policy or its folder, or to a document's part on security.
  const path = url.split(/[?#]/)[0]!;
  if (
    (/(?:^|\/)security(?:\.(?:md|markdown|rst|adoc|asciidoc)|\/|$)/i.test(path) ||
      /#security\b/i.test(url) ||
      fragmentNamesSecurity(url, sentence)) &&
    !/^[a-z]+:/i.test(url)
  )
    return { kind: 'policy-link', privacy: 'private' };
  // "To report a bug, consult the [SUPPORT](./SUPPORT.md) file": the project's document on how to reach it.
  if (PROJECT_DOC.test(path) && !/^[a-z]+:/i.test(url) && REFER_WORD.test(sentence) && REPORTING_WORD.test(sentence))
    return { kind: 'policy-link', privacy: 'private', byPathWords: true };
  // "Talk to us through the **Contact** section of the [README](README.md)": where the contact is written.
  if (/(?:^|\/)readme(?:\.[a-z]+)?$/i.test(path) && !/^[a-z]+:/i.test(url) && CONTACT_SECTION.test(sentence))
    return { kind: 'policy-link', privacy: 'private', byPathWords: true };
  let parsed: URL | undefined;
  try {
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  if (REFERENCE_HOST.test(host) || (isPlaceholderDomain(host) && host !== 'relative.invalid') || isPlaceholderUrl(url))
    return undefined;
  if (FORGE_HOST.test(host) && (/#security\b|\/security\//i.test(url) || fragmentNamesSecurity(url, sentence)))
    return { kind: 'policy-link', privacy: 'private' };
  // "For reporting potential security issues, please see [the CVE process](…/blob/master/cve-process.md)":
  // a document of the organisation's, in another repository, that the sentence sends reporters to.
  if (
    FORGE_HOST.test(host) &&
    /\/blob\/[^?#]+\.(?:md|markdown|rst|adoc|txt)$/i.test(parsed.pathname) &&
    REFER_WORD.test(sentence) &&
    asksToReportVulnerabilities(sentence)
  )
    return { kind: 'policy-link', privacy: 'private', byPathWords: true };
  // A source file of this repository is cited, not written to ("… send outbound mail ([source](setup/mail.sh))");
  // a page on the web (`/profiles.php`) may be where one writes.
  if (asksForEmail(sentence) && !(host === 'relative.invalid' && SOURCE_FILE.test(parsed.pathname)))
    return { kind: 'email', privacy: 'private' };
  // A person or team on GitHub to write to (not one to tag in a public place: "through discussions or
  // tagging her in the issue: [jane](https://github.com/jane)").
  if (
    host === 'github.com' &&
    /^\/(?:[\w-]+|orgs\/[\w-]+\/teams\/[\w-]+)\/?$/.test(parsed.pathname) &&
    REPORT_WORD.test(sentence) &&
    !TAGGED_IN_PUBLIC.test(sentence)
  )
    return { kind: 'other', privacy: 'private' };
  // This site's own contact page, linked by its path ("the contact methods on our [Contact Page](/contact)").
  if (host === 'relative.invalid' && /\/(?:contact|kontakt|contacto|contato)(?:\.html?)?\/?$/i.test(parsed.pathname))
    return { kind: 'form', privacy: 'private', byPathWords: true };
  return undefined;
}

/**
 * A link whose text asks for a report: `[Report a vulnerability](https://vendor.example/x)`, `[contact
 * us](…)`. The text says what the target is where its address says nothing.
 */
function classifyByLinkText(raw: string, markdown: string): LinkReading | undefined {
  const label = /^!?\[([^\]]*)\]/.exec(markdown)?.[1];
  if (
    !label ||
    !/\b(?:report|contact|disclos\w*|bug\s*bounty)\b/i.test(label) ||
    NEGATION.test(label) ||
    OTHER_MATTERS.test(label)
  )
    return undefined;
  return isOpaqueLink(raw) && !ON_FORGE.test(raw.trim()) ? { kind: 'form', privacy: 'private' } : undefined;
}

const FORGE_HOST = new RegExp(`^${FORGES}$`);
const ON_FORGE = new RegExp(`^https?:\\/\\/${FORGES}\\/`, 'i');
const FORGE_FRONT_PAGE = new RegExp(`^https?:\\/\\/(?:www\\.)?${FORGES}\\/?$`, 'i');
/** An issue tracker's host or path: `issues.acme.org`, `jira.acme.org`, `/redmine/`, YouTrack, Mantis. */
const TRACKER_HOST_OR_PATH =
  /^(?:issues?|jira|redmine|youtrack|mantis(?:bt)?)\.|\/(?:jira|redmine|youtrack|mantis(?:bt)?)(?:\/|$)/i;
/** A mailing list's command address: `dev-subscribe@`, `users-unsubscribe@`, `announce-request@`. */
const LIST_COMMAND = /^[^@]+-(?:un)?subscribe(?:-[^@]*)?@|^[^@]+-(?:request|join|leave|help|digest)@/i;
/** A way said to be closed or not open yet, in the languages policies say it in. */
const UNAVAILABLE =
  /\b(?:is|are)\s+(?:currently\s+|temporarily\s+|now\s+)?(?:closed|paused|suspended|not\s+(?:yet\s+)?(?:enabled|active|available|open|accepting))\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:enabled|switched\s+on|turned\s+on)\b|\b(?:coming\s+soon|accepts?\s+no\s+new)\b|noch\s+nicht\s+(?:aktiviert|verfügbar|freigeschaltet)|\b(?:est[áa]|se\s+encuentra)\s+cerrad[oa]|\best\s+(?:ferm[ée]|suspendu)|\bbinnenkort\b|\bgesloten\b|尚未(?:开启|启用|開啟|啟用)|暂停|暫停|已关闭|已關閉|準備中|未対応/i;

/** UNAVAILABLE for every statement in a sentence. */
const EVERY_UNAVAILABLE = new RegExp(UNAVAILABLE.source, 'gi');
/** A condition just before a statement: "if private advisories are not available, …" says nothing of whether they are. */
const CONDITION_BEFORE =
  /\b(?:if|unless|in\s+case|whether|should|falls|wenn|sofern|si|se|caso|jeśli|jezeli|jeżeli|nếu)\b[^,;.]{0,40}$|(?:如果|若|假如|もし|만약|если)[^，,；;。]{0,40}$/i;
/** Whether a sentence says a programme, form or feature is not open, not only under a condition. */
const saidUnavailable = (sentence: string): boolean =>
  matchesIn(sentence, EVERY_UNAVAILABLE).some(
    (m) => !CONDITION_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index)),
  );

/** An address called a placeholder, a sample or a dummy by its own sentence. */
const SAMPLE_ADDRESS_SAID =
  /\b(?:placeholders?|dummy|samples?|fake)\b|占位符|占位|示例邮箱|ダミー|プレースホルダ|더미|заглушк|Platzhalter/i;
/** A contact's label right before a value: "Email:", "- **Contact:** `", "邮箱：". */
const CONTACT_LABEL_BEFORE = /(?:e-?mail|contact|mail|邮箱|邮件|郵件|メール|이메일|почта)[*_\s]*[:：][\s*_`<[(]*$/i;
/** Words asking for the value to be put in: the sample is then a template's. */
const FILL_IN_SAID =
  /\b(?:replace|change|update|substitute|fill|put|insert|enter|use\s+your)\b|替换|修改|更换|改成|填写|置き換え|変更|교체|변경|замени|ersetze/i;
/** An address said to be out of use or removed from the policy, in the languages policies say it in. */
const RETIRED_ADDRESS =
  /\bno\s+longer\s+(?:in\s+use|used|monitored|active|valid|works?|read|exists?)\b|\b(?:is|was|has\s+been|have\s+been)\s+(?:retired|deprecated|decommissioned|discontinued|deactivated|shut\s+down)\b|\bn['’]est\s+plus\s+(?:utilis|valide|actif|lu)|\bnicht\s+mehr\s+(?:genutzt|verwendet|aktiv|gültig|gelesen|erreichbar)|\bya\s+no\s+(?:se\s+usa|est[áa]\s+activ|es\s+v[áa]lid)|\bn[ãa]o\s+(?:é\s+mais|est[áa]\s+mais)\s+(?:usad|ativ|v[áa]lid)|停用|已废弃|已廢棄|不再使用|已失效|无法送达|無法送達|廃止|使用して(?:おりません|いません)|\b(?:was|were|has\s+been|have\s+been)\s+removed\b|(?<![а-яёіїє])(?:удал[её]н[аоы]?|видален[аоі]?)(?![а-яёіїє])|больше\s+не\s+(?:использу|действу|актуал)|已(?:删除|移除|刪除)/i;
/** A person reached in a public place: "through discussions", "tagging her in the issue", "mention @jane in a PR". */
const TAGGED_IN_PUBLIC =
  /\b(?:through|via|in|on)\s+(?:the\s+|github\s+)?discussions?\b|\b(?:tag|tagging|mention|mentioning)\s+(?:him|her|them|me|us|the\s+maintainers?)?\s*(?:in|on)\s+(?:the|an|your|a)\s+(?:issue|pull\s+request|pr|discussion)\b/i;

/**
 * A link to another document's part on security, in a sentence or under an anchor about reporting, in
 * any language: "see [how to report](CONTRIBUTING.md#reporting-security-issues)", "README의 [보안](README.md#보안)
 * 섹션에 신고 방법이…". The policy sends reporters there. Not an anchor in this page, nor a part on
 * vulnerabilities fixed ("VULNERABILITIES.md#potential-vulnerabilities-with-x" in a sentence on mitigation).
 */
function fragmentNamesSecurity(url: string, sentence: string): boolean {
  const hash = url.indexOf('#');
  if (hash <= 0) return false;
  const words = decodeSafe(url.slice(hash + 1)).replace(/[-_]+/g, ' ');
  return SECURITY_MATTER.test(words) && (REPORTING_WORD.test(words) || REPORTING_WORD.test(sentence));
}

/** The project's documents that say how to reach it: `SUPPORT.md`, `CONTRIBUTING.md`, `docs/CONTACT.md`. */
const PROJECT_DOC = /(?:^|\/)(?:support|contributing|contact)(?:\.(?:md|markdown|rst|adoc|txt))?$/i;
/** A document's section for contacts, named: "the Contact section", "seção **Contato**", "Abschnitt „Kontakt“". */
const CONTACT_SECTION =
  /\b(?:contacts?|contato|contacto|kontakt|contatti)\b[*_"“”„'’\s]{0,4}(?:section|seção|secção|sección|abschnitt|sezione|rubrique)\b|\b(?:section|seção|secção|sección|abschnitt|sezione|rubrique)\s+(?:de\s+|di\s+)?[*_"“”„'’]{0,3}(?:contacts?|contato|contacto|kontakt|contatti)\b/i;

/**
 * "Report it by opening a ticket in our Discord server." over "[Join our Discord](…)" further down the
 * same section, or "Create a ticket" under "Join our Discord server" (`ticketNamed`): the server's
 * tickets are private threads with its moderators.
 */
function ticketInSection(doc: PolicyDocument, text: string, offset: number, ticketNamed = false): boolean {
  const heading = doc.headings[headingIndexAt(doc)(offset)];
  const section = text.slice(Math.max(heading?.end ?? 0, offset - 600), offset);
  return (ticketNamed || /\btickets?\b/i.test(section)) && CHAT_SERVICE.test(section);
}

/** A program's source file, by its extension. */
const SOURCE_FILE = /\.(?:sh|py|js|mjs|ts|rb|go|rs|c|h|cc|cpp|hpp|java|kt|cs|swift|php|pl|pm|lua)$/i;

/** Repository pages that are code, releases or history: never a channel. */
const REPOSITORY_CONTENT =
  /^\/[^/]+\/[^/]+\/(?:blob|tree|raw|releases|tags|commits?|compare|actions|packages|milestones?|labels|graphs|network|stargazers|pulse|-\/(?:blob|tree|releases|tags|commits?))(?:\/|$)/i;

/**
 * A web link the model has no reading of: not a reference site, an image, a placeholder, a public
 * tracker or a repository's code. It may be a channel the patterns do not know.
 */
const isOpaqueLink = perText((raw: string): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  return !(
    REFERENCE_HOST.test(host) ||
    ARTICLE_PATH.test(path) ||
    (BOUNTY_PLATFORMS.test(host) && isBountyReference(host, path)) ||
    isPlaceholderDomain(host) ||
    isPlaceholderUrl(raw) ||
    // A tracker's page, unless its address speaks of reporting (`/community/reporting_bugs.html`): that page may say where to write.
    (PUBLIC_TRACKER_PATH.test(path) && !FORM_PATH.test(path)) ||
    // A forum's page, its security category too (`forum.acme.dev/c/security`): everyone reads it.
    PUBLIC_FORUM_HOST.test(host) ||
    // A mailing list's pages: its address is the way to write, where there is one. Sales and status pages.
    LIST_PAGE.test(`${host}${path}`) ||
    OTHER_PURPOSE_PAGE.test(`${host}${path}`) ||
    REPOSITORY_CONTENT.test(path) ||
    // Images, and documents one reads ("[NVE ICT Security Report](….pdf)"): nothing to write to.
    /\.(?:png|jpe?g|gif|svg|webp|ico|pdf|docx?|pptx?|xlsx?|odt|epub)$/i.test(path)
  );
});

/** How a link reads as a channel; `byPathWords` when only words in its path ("/security") say so. */
interface LinkReading {
  readonly kind: ChannelKind;
  readonly privacy: Privacy;
  readonly byPathWords?: boolean;
  /** As Channel.uncertain: `mailto:` an account's name at github.com. */
  readonly uncertain?: true;
  /** A documentation page whose path names only a topic: a channel where its sentence asks to report or under a reporting heading. */
  readonly topicOnly?: true;
}

/**
 * A policy file: another SECURITY.md, or a security.txt, whose Contact lines are where to report (in
 * `/.well-known/` or in the repository beside the policy).
 */
const POLICY_PAGE_PATH = /\/security\.(?:md|markdown|txt)$/i;

/** A file a repository keeps its contacts or its people in (in capitals without an extension: `/contact` is a web page). */
const CONTACTS_FILE =
  /(?:^|\/)(?:(?:SUPPORT|CONTACTS?|MAINTAINERS|SECURITY_CONTACTS|CODEOWNERS)(?:\.(?:md|markdown|txt|rst))?|(?:support|contacts?|maintainers)\.(?:md|markdown|rst))$/;

const classifyUrl = perText((raw: string): LinkReading | undefined => {
  const url = raw.trim();
  if (/^mailto:/i.test(url)) {
    const address = decodeSafe(url.slice(7).split('?')[0] ?? '');
    if (!address.includes('@') || isReportersAlias(address)) return undefined;
    if (isStandInEmail(address)) return { kind: 'email', privacy: 'placeholder' };
    return isGitHubAccountAddress(address)
      ? { kind: 'email', privacy: 'placeholder', uncertain: true }
      : { kind: 'email', privacy: 'private' };
  }
  // The repository's file of contacts, where a channel stands: "Use any of the [means of contact](…/SUPPORT.md)".
  if (CONTACTS_FILE.test(url.replace(/[?#].*$/, ''))) return { kind: 'other', privacy: 'private', byPathWords: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  // GitHub's page on privately reporting a vulnerability, given as the way to report: its private reporting.
  // (so is its documentation of security advisories where a channel stands: "use GitHub's [Security
  // Advisories](…/code-security/security-advisories/…) to report privately")
  if (
    host === 'docs.github.com' &&
    /privately-reporting-a-security-vulnerability|\/code-security\/security-advisories\//i.test(path)
  )
    return { kind: 'advisory', privacy: 'private', byPathWords: true };
  // Snyk's disclosure program takes reports on any open-source package (its other pages are references).
  if (/(?:^|\.)snyk\.io$/.test(host) && /^\/vulnerability-disclosure\b/i.test(path))
    return { kind: 'form', privacy: 'private' };
  if (REFERENCE_HOST.test(host) || ARTICLE_PATH.test(path)) return undefined;
  // A mailing list's page (where to subscribe, its archive): the list's address is the channel, if any.
  // A page for buying or for status news (`/contact-sales`, `status.acme.dev`) takes no reports.
  if (LIST_PAGE.test(`${host}${path}`) || OTHER_PURPOSE_PAGE.test(`${host}${path}`)) return undefined;
  const placeholder = isPlaceholderDomain(host) || isPlaceholderUrl(url);
  if (host === 'github.com' || host === 'gitlab.com' || host === 'codeberg.org') {
    if (GITHUB_ADVISORY.test(url)) return { kind: 'advisory', privacy: placeholder ? 'placeholder' : 'private' };
    if (/confidential/i.test(parsed.search))
      return { kind: 'advisory', privacy: placeholder ? 'placeholder' : 'private' };
    if (POLICY_PAGE_PATH.test(path)) return { kind: 'policy-link', privacy: placeholder ? 'placeholder' : 'private' };
    if (PUBLIC_TRACKER_PATH.test(path) && !placeholder) return { kind: 'issue', privacy: 'public' };
    // The forge's own page (one path segment, not a repository) at its contact part.
    if (/^\/[^/]+\/?$/.test(path) && CONTACT_FRAGMENT.test(parsed.hash))
      return { kind: 'form', privacy: 'private', byPathWords: true };
    return undefined;
  }
  if (placeholder) return FORM_PATH.test(path) ? { kind: 'form', privacy: 'placeholder' } : undefined;
  if (POLICY_PAGE_PATH.test(path)) return { kind: 'policy-link', privacy: 'private' };
  if (BOUNTY_PLATFORMS.test(host))
    return isBountyReference(host, path) ? undefined : { kind: 'bounty', privacy: 'private' };
  // A person's page (`linkedin.com/in/…`, `matrix.to/#/@alice:…`) is someone to message; a room or a server is public.
  if (CHAT_HOST.test(host) || OWN_CHAT_ADDRESS.test(host) || OWN_CHAT_ADDRESS.test(path))
    return {
      kind: 'chat',
      privacy: ONE_TO_ONE_CHAT.test(host) || /^\/in\//.test(path) || /^#\/@/.test(parsed.hash) ? 'private' : 'public',
    };
  // A vendor's own tracker opened on its security template or component (`?template=Security%20Bug`)
  // files a restricted bug; other trackers are public, even on a vendor's own host.
  const tracker =
    PUBLIC_TRACKER_PATH.test(path) ||
    TRACKER_HOST_OR_PATH.test(`${host}${path}`) ||
    /(?:^|[./_-])(?:bugs?|tickets?|enter_bug|show_bug)(?:[./_-]|$)/i.test(`${host}${path}`);
  if (tracker && parsed.protocol === 'https:' && /secur/i.test(decodeSafe(parsed.search)))
    return { kind: 'form', privacy: 'private' };
  // A forum's category named private (`forum.acme.dev/c/security-private`): only its team reads a topic there.
  if (PUBLIC_FORUM_HOST.test(host) && PRIVATE_WORD.test(decodeSafe(path).replace(/[-_/]+/g, ' ')))
    return { kind: 'form', privacy: 'private' };
  // A tracker or a forum is public, even on a vendor's own host (Jira's pages are under `/secure/`).
  if (PUBLIC_TRACKER_PATH.test(path) || PUBLIC_FORUM_HOST.test(host) || TRACKER_HOST_OR_PATH.test(`${host}${path}`))
    return undefined;
  // A page on plain http is a form only where its path ends in a contact or report page and it stands
  // where a channel would ("report them via http://jane.example/contact"): unencrypted, but the way given.
  if (parsed.protocol !== 'https:')
    return /\/(?:contact|kontakt|report|disclos\w*|vulnerab\w*)\/?$/i.test(path)
      ? { kind: 'form', privacy: 'private', byPathWords: true }
      : undefined;
  if (FORM_HOST.test(host) || FORM_SERVICE.test(host) || REQUEST_FORM_PATH.test(path))
    return { kind: 'form', privacy: 'private' };
  if (CERT_HOST.test(host)) return { kind: 'form', privacy: 'private', byPathWords: true };
  // A vendor's support desk takes tickets privately, where the policy sends reporters there.
  if (SUPPORT_HOST.test(host)) return { kind: 'form', privacy: 'private', byPathWords: true };
  if (FORM_PATH.test(path) || CONTACT_FRAGMENT.test(parsed.hash) || pathSaysReport(path)) {
    // On a documentation site "security" in the path names a topic (`docs.acme.io/…/reference/security`).
    // (or its part: `security.html#reporting-an-incident`)
    const topicOnly = (DOCS_SITE.test(host) || DOCS_PATH.test(path)) && !REPORT_PATH_WORD.test(`${path}${parsed.hash}`);
    return { kind: 'form', privacy: 'private', byPathWords: true, ...(topicOnly ? { topicOnly } : {}) };
  }
  return undefined;
});

/**
 * A path written in another script whose words are of reporting or of a vulnerability:
 * `/ar/الأمن/الإبلاغ-عن-ثغرة`, `/安全/漏洞报告`.
 */
function pathSaysReport(path: string): boolean {
  if (!/%[89A-F][0-9A-F]/i.test(path)) return false;
  const words = decodeSafe(path).replace(/[-_/.+]+/g, ' ');
  // (paths in the Latin script are read by FORM_PATH's words: "…/Biztonsági_hibák" is a wiki's page)
  if (!/(?!\p{Script=Latin})\p{L}/u.test(words)) return false;
  return REPORTING_WORD.test(words) || VULNERABILITY_WORD.test(words);
}

/**
 * The first reference to each definition among `links` (`[text][label]`, `[label][]`, `[label]`), as a
 * link to the definition's URL where the reference stands. One pass over the text for all references.
 */
function referencesToDefinitions(text: string, links: readonly Link[]): Link[] {
  const urls = new Map<string, string>();
  for (const link of links) {
    const label = DEFINITION_LABEL.exec(text.slice(link.start, link.end))?.[1];
    if (label !== undefined) urls.set(normalizeLabel(label), link.url);
  }
  if (urls.size === 0) return [];
  const found: Link[] = [];
  for (const m of blockMatches(text, REFERENCE)) {
    if (text[m.index + m[0].length] === ':' || text[m.index + m[0].length] === '(') continue;
    // `[text][label]`, or the text is the label: `[label][]`, `[label]`
    const label = normalizeLabel(/\]\[([^\]]+)\]$/.exec(m[0])?.[1] ?? m[1]!);
    const url = urls.get(label);
    if (url === undefined) continue;
    found.push({ url, start: m.index, end: m.index + m[0].length });
    urls.delete(label);
  }
  return found;
}
const DEFINITION_LABEL = /^\s{0,3}\[([^\]\n]{1,100})\]:/;
const REFERENCE = /\[([^\]\n]{1,100})\](?:\[[^\]\n]{0,100}\])?/g;
const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** How far before a request for a direct message a chat link still names its service, in characters. */
const NEAR_CHAT = 200;

/** `decodeURIComponent`, or the text as it is where it is not valid percent-encoding. */
export function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The text a reader sees as the policy: `prose` with inline code put back (addresses and commands
 * are written in backticks) and with policies pasted in a fence put back (a fence of Markdown or
 * plain text that holds a heading naming a policy section). Judged per block, not by how much of the
 * document the block holds, so that a fix adding text elsewhere changes nothing here.
 */
export const visibleText: (doc: PolicyDocument) => string = perDocument((doc) => {
  const { text, prose } = doc;
  const spans: Array<[number, number]> = inlineCodeSpans(doc).map(({ start, end }) => [start, end]);
  for (const block of doc.codeBlocks) {
    const code = text.slice(block.start, block.end);
    if (
      isPastedPolicy(code) ||
      isIndentedProse(code) ||
      isAdmonitionBody(text, block.start, code) ||
      ADDRESS_ALONE.test(code) ||
      isContactLines(code) ||
      isContactData(doc, block.start, code)
    )
      spans.push([block.start, block.end]);
    else for (const line of addressLines(code)) spans.push([block.start + line.start, block.start + line.end]);
  }
  if (spans.length === 0) return prose;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += prose.slice(at, start) + text.slice(start, end);
    at = end;
  }
  return out + prose.slice(at);
});

/**
 * A code block, fenced or indented, that holds only an address ("email us at:" over "```\nsecurity@acme.dev\n```"),
 * with its display name too (`"Acme Security" <security@acme.dev>`, to paste into a mail's To: field),
 * or a Matrix user id (`@jane:acme.chat`): a value set in code, shown to be copied.
 */
const ADDRESS_ALONE = new RegExp(
  `^(?:[ \\t]*(?:\`{3,}|~{3,})[^\\n]*\\n)?[ \\t]*(?:(?:(?:"[^"\\n]{1,60}"|[^\\s<>"@][^<>"@\\n]{0,59})[ \\t]*)?<(?:mailto:)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>|(?:mailto:)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|@[\\w.=/-]+:[\\w-]+(?:\\.[\\w-]+)+|${SPELLED_OUT_ADDRESS})\\.?[ \\t]*(?:\\r?\\n[ \\t]*(?:\`{3,}|~{3,}))?\\s*$`,
);

/** A fence's opening line (or a fenced block's first line): ``` or ~~~. */
const FENCE_OPENING = /^[ \t]*(?:`{3,}|~{3,})/;

/**
 * The lines of an indented block that give a real address or a link alone, as plain-text policies
 * indented whole or in part list who to write to ("    Primary:  Jane Doe <jane@acme.dev>", "    Send
 * reports to <sec@acme.dev>.").
 * Not a fenced block's (code shown as code), a mail header's in a sample report (`From: … <…>`), a
 * stand-in's, nor a line of code.
 */
function addressLines(raw: string): Array<{ start: number; end: number }> {
  if (!/@|:\/\//.test(raw) || FENCE_OPENING.test(raw)) return [];
  const lines: Array<{ start: number; end: number }> = [];
  for (const m of raw.matchAll(/^.*$/gm)) {
    const line = m[0];
    // (a link alone on its line, to be copied: "report it privately:" over "\thttps://github.com/…/advisories/new")
    if (LINK_ALONE.test(line) && !isPlaceholderUrl(line.trim())) {
      lines.push({ start: m.index, end: m.index + line.length });
      continue;
    }
    const address = EMAIL_IN_TEXT.exec(line)?.[0];
    const spelledOut = !address && SPELLED_OUT_LINE.test(line);
    if ((!address && !spelledOut) || (address && isPlaceholderEmail(address))) continue;
    if (MAIL_HEADER.test(line) || CODE_PUNCTUATION.test(line)) continue;
    lines.push({ start: m.index, end: m.index + line.length });
  }
  return lines;
}
const MAIL_HEADER = /^[ \t]*(?:From|Cc|Bcc|Reply-To|Sender|Return-Path)[ \t]*:/i;
const LINK_ALONE = /^[ \t]*<?https:\/\/[^\s<>]+>?[ \t]*$/;
const SPELLED_OUT_LINE = new RegExp(SPELLED_OUT_ADDRESS, 'i');
const CODE_PUNCTUATION = /[{};$=|`]|\(\s*\)|=>|::/;

const PASTED_INFO = /^[ \t]*(?:`{3,}|~{3,})[ \t]*(?:markdown|md|text|txt|plain)?[ \t]*$/i;
const ATX_HEADING_LINE = /^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm;

/** A policy's title in the usual languages: "Security Policy", "Sicherheitsrichtlinie", "安全策略". */
const SECURITY_TITLE = new RegExp(`secur|${SECURITY_IN_LANGUAGES}`, 'i');

/**
 * A fenced block of Markdown or plain text with a heading that is a policy's title or names a policy
 * section: a policy shown, not an example.
 */
function isPastedPolicy(raw: string): boolean {
  const first = /^[^\r\n]*/.exec(raw)![0];
  if (!PASTED_INFO.test(first)) return false;
  for (const m of raw.matchAll(ATX_HEADING_LINE)) if (SECURITY_TITLE.test(m[1]!) || matchSection(m[1]!)) return true;
  return false;
}

/**
 * An indented block of contact lines ("    Email: jane@acme.dev" under "contact us via one of the
 * following:"): the author's list, indented one level too far, not code.
 */
function isContactLines(raw: string): boolean {
  if (FENCE_OPENING.test(raw)) return false;
  const lines = raw.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return (
    lines.length <= 8 &&
    lines.every((line) => /^[ \t]*[\p{L}][\p{L} -]{1,30}[:：][ \t]*\S/u.test(line)) &&
    lines.some((line) => CONTACT_LINE_LABEL.test(line))
  );
}
const CONTACT_LINE_LABEL =
  /^[ \t]*(?:e-?mail|mail|correo|courriel|e-?post|reporting\s+form|form|contact|phone|signal|matrix|telegram|discord)\s*[:：]/i;

/**
 * A fenced block of contact data the policy offers: `Contact: security@acme.dev` lines, a YAML or JSON
 * record of its security contacts, every line a `key: value`, under the reporting heading or after a line
 * that introduces a contact ("Utilisez le contact ci-dessous :"). Not a sample configuration elsewhere, a
 * sample report's steps, nor code.
 */
function isContactData(doc: PolicyDocument, start: number, raw: string): boolean {
  const fence = /^[ \t]*(?:`{3,}|~{3,})[ \t]*([\w-]*)[^\n]*\n/.exec(raw);
  if (!fence || !/^(?:|text|txt|plain|yaml|yml|json|toml|ini)$/i.test(fence[1]!)) return false;
  const body = raw.slice(fence[0].length);
  const lines = body.split('\n').filter((line) => line.trim() !== '' && !FENCE_OPENING.test(line));
  if (lines.length > 30 || !CONTACT_KEY.test(body) || !lines.every((line) => DATA_LINE.test(line))) return false;
  // (a record whose only addresses are stand-ins is more likely a sample, a reporter's form: left as code)
  const realAddress = [...body.matchAll(EMAIL)].some((m) => !isPlaceholderEmail(m[0]));
  if (!realAddress && !/\/security\/advisories\/new/.test(body)) return false;
  const heading = doc.headings[headingIndexAt(doc)(start)];
  if (heading?.section === 'reporting') return true;
  const before = doc.text.slice(Math.max(heading?.start ?? 0, start - 300), start);
  return REPORTING_WORD.test(before) || CONTACT_WORD.test(before) || CONTACT_INTRO.test(before);
}
/** A line of a record: `key: value` (YAML, JSON, a security.txt), a list dash, a bracket or brace alone. */
const DATA_LINE = /^[ \t]*(?:-[ \t]+)?(?:"?[\p{L}][\p{L}\p{N} _.'’-]{0,40}"?[ \t]*[:：=]|[-{}[\],]+[ \t]*$)/u;
/** A key that names a contact, in the languages contact records are written in; a mail's `To:` header in a template of the mail. */
const CONTACT_KEY =
  /^[ \t-]*"?(?:[\p{L}]+[ _-])?(?:contact|e-?mail|e-?posta\p{L}*|e-?post|mail|address|adresse|correo|courriel|kontakt\p{L}*|contacto|report|url)"?\s*[:：]|^[ \t]*(?:to|an|à|para|a)[ \t]*:[ \t]*<?[\w.+-]+@/imu;
/** Words that introduce what follows as the contact: "below", "ci-dessous", "unten", "aşağıda", "下記". */
const CONTACT_INTRO =
  /\b(?:below|following|ci-dessous|suivant|unten|folgende|abajo|siguiente|abaixo|seguinte|sotto|seguente|poniżej|ниже|aşağıda|alábbi|lent)\b|下記|以下|如下|아래|[iİ]leti[şs]im|kapcsolat|el[ée]rhet[őo]s[ée]g/i;

/**
 * An indented block of sentences about vulnerabilities: a plain-text policy indented whole (as POD
 * renders a Perl module's SECURITY section), not code: three lines at least, four words a line on
 * average, no code punctuation.
 */
function isIndentedProse(raw: string): boolean {
  if (FENCE_OPENING.test(raw) || !VULNERABILITY_WORD.test(raw)) return false;
  const lines = raw.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const words = raw.split(/\s+/).filter((word) => /\p{L}{2}/u.test(word)).length;
  return lines.length >= 3 && words >= 4 * lines.length && lines.every((line) => !/[{};=$|`]/.test(line));
}

/**
 * The indented body of a documentation site's admonition or tab (MkDocs and Material's `!!! warning
 * "Title"`, `??? note`, `=== "Email"`): Markdown the site renders as prose, read as code elsewhere. The
 * marker is the first line above that is neither blank nor indented (a body's first paragraph may run
 * on from the marker's line as Markdown reads it, the code starting with its second).
 */
function isAdmonitionBody(text: string, start: number, raw: string): boolean {
  if (FENCE_OPENING.test(raw)) return false;
  const lines = text.slice(Math.max(0, start - 2000), start).split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '' || /^(?: {4}|\t)/.test(line)) continue;
    return ADMONITION_MARKER.test(line);
  }
  return false;
}
const ADMONITION_MARKER = /^[ \t]*(?:!!!|\?\?\?\+?|===)[ \t]+[\w"]/;

/**
 * Where the inline code spans are, backticks included, in document order. Read from each chunk's tree
 * and remembered per tree: a keystroke reads the chunk it changed, and no merged tree is built.
 */
export const inlineCodeSpans = perDocument((doc: PolicyDocument): ReadonlyArray<{ start: number; end: number }> => {
  const spans: Array<{ start: number; end: number }> = [];
  if (!doc.text.includes('`')) return spans;
  for (const { tree, offset } of treesOf(doc))
    for (const { start, end } of codeSpansOfTree(tree)) spans.push({ start: start + offset, end: end + offset });
  return spans;
});

const spansByTree = new WeakMap<Root, ReadonlyArray<{ start: number; end: number }>>();

function codeSpansOfTree(tree: Root): ReadonlyArray<{ start: number; end: number }> {
  let spans = spansByTree.get(tree);
  if (!spans) {
    const found: Array<{ start: number; end: number }> = [];
    collectInlineCode(tree, found);
    spansByTree.set(tree, (spans = found));
  }
  return spans;
}

function collectInlineCode(node: Nodes, spans: Array<{ start: number; end: number }>): void {
  if (node.type === 'inlineCode') {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) spans.push({ start: start.offset, end: end.offset });
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectInlineCode(child, spans);
}
