import { sectionAt, type Heading, type PolicyDocument } from '../document';
import { fixFrom, templateBody } from '../fixes';
import type { Rule } from '../rule';
import { sectionInfo } from '../sections';
import type { Fix, SectionId, TextEdit } from '../types';

// GitHub's default SECURITY.md ("Add a security policy") has three instruction sentences:
//   1. Use this section to tell people about which versions of your project are currently being
//      supported with security updates.
//   2. Use this section to tell people how to report a vulnerability.
//   3. Tell them where to go, how often they can expect to get an update on a reported
//      vulnerability, what to expect if the vulnerability is accepted or declined, etc.
// Each is recognised by its opening words (in English and in the machine translations people
// paste), and the finding runs from there to the end of that sentence, so text the author added
// after it in the same paragraph is not included.

const WS = String.raw`(?:\s|>)+`;
/** Words separated by any run of whitespace (line wrapping, blockquote markers), starting at a word boundary. */
const words = (...ws: string[]) => `(?<![\\p{L}\\p{N}])${ws.join(WS)}`;
const B = String.raw`(?<![\p{L}\p{N}])`;

/** Opening words of the template sentences. Each alternative is one language. */
const OPENERS: readonly RegExp[] = [
  // English: sentences 1 and 2 ("people" is sometimes "users"), and sentence 3.
  new RegExp(words('use', 'this', 'section', 'to', '(?:tell|inform)', '(?:people|users|others|readers)'), 'giu'),
  new RegExp(words('tell', 'them', 'where', 'to', 'go,?', 'how', 'often'), 'giu'),
  // Spanish.
  new RegExp(
    words('(?:usa|use|utiliza|utilice)', 'esta', 'secci[oó]n', 'para', '(?:decir(?:les?)?|informar|indicar|contar(?:les?)?|explicar|comunicar)'),
    'giu',
  ),
  new RegExp(`${B}(?:d[ií]gales|diles|ind[ií]ca(?:les|le))${WS}(?:a${WS})?d[oó]nde${WS}(?:ir|acudir|dirigirse)`, 'giu'),
  // Portuguese.
  new RegExp(words('(?:use|usa|utilize)', 'esta', 'se[çc][ãa]o', 'para', '(?:dizer|informar|contar|indicar|explicar|comunicar)'), 'giu'),
  new RegExp(`${B}(?:diga(?:-lhes|${WS}a${WS}eles)|informe-os)${WS}(?:para${WS})?onde${WS}ir`, 'giu'),
  // French.
  new RegExp(words('utilisez', 'cette', 'section', 'pour', '(?:indiquer|informer|dire|expliquer|préciser|signaler)'), 'giu'),
  new RegExp(`${B}(?:dites|indiquez)-leur${WS}où${WS}(?:aller|s'adresser)`, 'giu'),
  // German.
  new RegExp(`${B}(?:verwende|verwenden${WS}sie|nutze|nutzen${WS}sie)${WS}diesen${WS}abschnitt,?${WS}um`, 'giu'),
  new RegExp(`${B}(?:sag|sagen${WS}sie|teilen${WS}sie)${WS}ihnen(?:${WS}mit)?,?${WS}wohin`, 'giu'),
  // Russian.
  new RegExp(words('используйте', 'этот', 'раздел,?', 'чтобы'), 'giu'),
  new RegExp(`${B}(?:сообщите|скажите)${WS}им,?${WS}куда${WS}(?:идти|обращаться)`, 'giu'),
  // Chinese (simplified and traditional).
  /(?:使用|用|利用)(?:此|这个|這個|本|这一|這一)(?:部分|节|節|章节|章節|小节|小節|段落|区段|區段)(?:来|來|以)?(?:告诉|告訴|告知|说明|說明|向)/gu,
  /告诉他们(?:去哪里|在哪里|往哪里)|告訴他們(?:去哪裡|在哪裡|往哪裡)/gu,
  // Japanese.
  /このセクションを(?:使用|使っ|利用)して、?/gu,
  /どこに(?:行けば|行く|連絡すれば)/gu,
  // Korean.
  /이\s*섹션을\s*(?:사용하여|사용해|이용하여|활용하여)/gu,
  /어디로\s*가야/gu,
];

// The sentence ends at a full stop followed by a break or closing markup, at a CJK full stop, or at
// the end of the paragraph (a blank line or a line that starts a table, heading or list).
const SENTENCE_END = /[.!?](?=\s|$|[<*_)"'»”])|[。！？]|\r?\n[ \t]*(?:\r?\n|[|#]|[-*+][ \t]|\d+[.)][ \t])/gu;
const MAX_SENTENCE = 400;

export const rule: Rule = {
  id: 'SEC020',
  name: 'template-text',
  description: "Sentences of GitHub's default SECURITY.md template are still in the policy.",
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, ctx) {
    const prose = doc.prose;
    let covered = -1;
    const found: Sentence[] = [];
    const starts = OPENERS.flatMap((re) => [...prose.matchAll(re)].map((m) => m.index)).sort((a, b) => a - b);
    for (const start of starts) {
      if (start < covered) continue;
      SENTENCE_END.lastIndex = start;
      const stop = SENTENCE_END.exec(prose);
      let end = stop ? (/^[\r\n]/.test(stop[0]) ? stop.index : stop.index + 1) : prose.length;
      if (end - start > MAX_SENTENCE) end = start + MAX_SENTENCE;
      while (end > start && /\s/.test(prose[end - 1]!)) end--;
      covered = end;
      found.push({ start, end });
    }
    for (const group of groupBySection(doc, found)) {
      const fix = replacementFix(doc, group);
      for (const { start, end } of group.sentences) {
        const sentence = doc.text.slice(start, end).replace(/\s+/g, ' ');
        const quoted = sentence.length > 60 ? `${sentence.slice(0, 59)}…` : sentence;
        ctx.report({
          start,
          end,
          message: `"${quoted}" is an instruction from GitHub's SECURITY.md template; replace it with your project's own text.`,
          fixes: [fix],
        });
      }
    }
  },
};

interface Sentence {
  readonly start: number;
  readonly end: number;
}

interface Group {
  /** The recognised section the sentences stand in; instructions outside any are about reporting. */
  readonly section: SectionId;
  readonly heading?: Heading;
  readonly sentences: Sentence[];
}

function groupBySection(doc: PolicyDocument, sentences: readonly Sentence[]): Group[] {
  const groups: Group[] = [];
  for (const sentence of sentences) {
    const heading = sectionAt(doc, sentence.start);
    const section = heading?.section ?? 'reporting';
    const group = groups.find((g) => g.heading === heading && g.section === section);
    if (group) group.sentences.push(sentence);
    else groups.push({ section, ...(heading ? { heading } : {}), sentences: [sentence] });
  }
  return groups;
}

/**
 * One fix per section: the first instruction becomes the section's template and the others go,
 * with the white space before them (never other text). Where the versions section already has
 * its table, the instruction is only removed.
 */
function replacementFix(doc: PolicyDocument, group: Group): Fix {
  const { heading, section } = group;
  const hasTable = heading !== undefined && doc.tables.some((t) => t.start >= heading.end && t.start < heading.contentEnd);
  const body = section === 'supported-versions' && hasTable ? '' : templateBody(doc, section);
  const edits: TextEdit[] = [];
  let previousEnd = 0;
  group.sentences.forEach(({ start, end }, i) => {
    const replaceWith = i === 0 ? body : '';
    let from = start;
    if (replaceWith === '') {
      while (from > previousEnd && /\s/.test(doc.text[from - 1]!)) from--;
    }
    edits.push({ start: from, end, newText: replaceWith });
    previousEnd = end;
  });
  const title = body === '' ? 'Remove the template instruction' : `Replace with the "${sectionInfo(section).title}" template`;
  return fixFrom(title, edits, { proposal: body !== '' });
}
