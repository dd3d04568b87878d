import type { SectionId } from '../types';

/** The units a first-response time is stated in; a business day counts as 7/5 of a day. */
export type DurationUnit = 'business-day' | 'hour' | 'day' | 'week' | 'month';

/**
 * What the rules know of one language, as data: a contributor adds a phrase here without reading rule
 * code. Every string is a regular-expression source (JavaScript syntax), matched case-insensitively,
 * with `\s+` between words where line wrapping may fall. Where a list says "folded", the text it is
 * matched against has lost its Latin accents (é → e, ç → c): write `supportees`, not `supportées`.
 * `languages/index.ts` combines the languages; `test/unit/languages.test.ts` checks that every entry
 * compiles and that each language understands an example of each kind.
 */
export interface LanguageData {
  /** BCP 47 tag: `de`, `pt`, `zh-Hans`. */
  readonly code: string;
  /**
   * Headings that name a section, matched anywhere in the heading's normalised text (lower case,
   * punctuation and emoji removed, folded). Earlier sections win when two match.
   */
  readonly headings?: Partial<Record<SectionId, readonly string[]>>;
  /**
   * Whole phrases that state a time without digits, beyond a number word before a unit (numberWords
   * and durationUnits give those): "a fortnight", numerals declined or written in CJK ("двух недель", "三个工作日").
   */
  readonly timePhrases?: readonly string[];
  /**
   * Words right before a time that make it no promise about reports: how long a release is supported
   * ("we support the previous major version for (two weeks)"), how often something happens ("once (a
   * week)"). Matched at the end of the text before the time.
   */
  readonly notTimeframeLeads?: readonly string[];
  /**
   * The same right after the time, for languages that put the verb last: "3時間後に削除" (deleted after
   * three hours), "最大30日間保持" (kept at most 30 days). Matched at the start of the text after the time.
   */
  readonly notTimeframeTails?: readonly string[];
  /**
   * Each unit of time as it follows a number ("Arbeitstagen" in "innerhalb von 7 Arbeitstagen"), by its
   * length, so that a stated response time can be read in days: `business-day:
   * '(?:werk|arbeits)tag(?:e|en)?'`. Not folded. Where a longer unit starts like a shorter one ("jours
   * ouvrés", "jours"), the business day is tried first. The one list of units: a number before any of
   * them is a stated time (SEC013), a letter before one a stand-in time (SEC023), unless `notTimeframes`.
   */
  readonly durationUnits?: Partial<Record<DurationUnit, string>>;
  /**
   * Units whose numbers state no response time in this language's policies (SEC013, SEC023), though
   * a response time in them is still read (SEC017): English "6 months" is a support period.
   */
  readonly notTimeframes?: readonly DurationUnit[];
  /**
   * Small numbers written as words before a unit of time, lower case, not folded: `{ zwei: 2 }`. With
   * a unit after it, a stated time (SEC013) whose value SEC017 reads.
   */
  readonly numberWords?: Readonly<Record<string, number>>;
  /**
   * Words of a sentence about answering a report (acknowledge, reply, confirm receipt): a time in
   * such a sentence is a promised first response. Not folded.
   */
  readonly responseWords?: readonly string[];
  /** Statements of which releases receive fixes, in place of a versions table: "nur die neueste Version". */
  readonly versionStatements?: readonly string[];
  /** Instructions to report in public: "ein Issue eröffnen". */
  readonly publicReporting?: readonly string[];
  /**
   * Words that ask a reporter to get in touch: "report", "contact", "melden", "連絡". A reporting
   * section's own text is an instruction only where it holds one of them (or a channel).
   */
  readonly reportingWords?: readonly string[];
  /** Frequent short words that show a text is written in this language: "the", "und", "の". */
  readonly commonWords?: readonly string[];
  /** Words for a vulnerability or a security problem: with a reporting word in one sentence, an instruction. */
  readonly vulnerabilityWords?: readonly string[];
  /** Words that turn an instruction around when they stand in the same sentence: "nicht", "keine". */
  readonly negations?: readonly string[];
  /**
   * Phrases that hold a negation but turn nothing around: "don't hesitate to", "n'hésitez pas à",
   * "if you are not sure whether". A clause is read without them.
   */
  readonly idiomaticNegations?: readonly string[];
  /**
   * The negations among `negations` that set what follows them against the instruction before them:
   * "rather than", "instead of", "plutôt que". They turn around only what follows ("open a private
   * advisory rather than an issue" asks for the advisory).
   */
  readonly contrasts?: readonly string[];
  /**
   * Words that say a whole sentence is about something other than vulnerabilities: "for non-security
   * bugs, open an issue", "feature requests".
   */
  readonly otherMatters?: readonly string[];
  /**
   * Words that open a clause a negation before them does not govern: "instead", "but", "sondern".
   * (Commas, semicolons and colons end a negation's reach in every language.)
   */
  readonly clauseBreaks?: readonly string[];
  /** Instructions to use GitHub's (or GitLab's) private reporting: the Security tab, a private advisory. */
  readonly privateReporting?: readonly string[];
  /**
   * The name of a repository's Security tab as the language's GitHub shows it, and the first word of
   * the menu items under it that lead to private reporting: a UI path such as
   * "Security → Report a vulnerability" or "安全 → 报告漏洞" names the feature (tab and item may come
   * from different languages).
   */
  readonly securityTabNames?: readonly string[];
  readonly securityTabItems?: readonly string[];
  /**
   * "Open a private issue", "apri una issue privata": GitHub has no private issues, so the author
   * means its private reporting (GitLab's confidential issues are the same thing): an advisory channel.
   */
  readonly privateIssues?: readonly string[];
  /**
   * The maintainers as the subject that ends a clause, with the auxiliaries after it: "we will then",
   * "a maintainer will", "wir werden". What follows is their own step ("we will open a security
   * advisory"), not a way for a reporter to reach them.
   */
  readonly maintainersAsSubject?: readonly string[];
  /**
   * An issue opened "without revealing the vulnerability", "sin revelar los detalles": a way to get in
   * touch, the report itself goes elsewhere, so not a public channel.
   */
  readonly detailsWithheld?: readonly string[];
  /** Words that make a channel private: "privately", "vertraulich", "私下", "비공개". */
  readonly privateWords?: readonly string[];
  /**
   * Words for a part of a platform one reports through: a feature, a button, a tab, a form ("recurso",
   * "Funktion", "功能"). With a private word in one sentence, a private route the channel model may not read.
   */
  readonly featureWords?: readonly string[];
  /**
   * The repository's owner or author as someone to write to: "the repository owner", "o dono do
   * repositório", "仓库所有者". With a profile or contact details and a private word (or a negation:
   * "instead of a public issue") in one sentence, the forge profile is where the address is.
   */
  readonly repositoryOwner?: readonly string[];
  /** The repository's page on its forge, where its owner's contact details are linked: "the repository page", "リポジトリページ". */
  readonly repositoryPages?: readonly string[];
  /**
   * The word a policy asks whether the reader has questions with, before a link on its line: "Questions?
   * [GitHub Discussions](…)", "Fragen?". The link is where to ask, not where to report.
   */
  readonly questionWords?: readonly string[];
  /** A person's page on a forge, where their contact details are shown: "profile", "perfil", "个人主页". */
  readonly profileWords?: readonly string[];
  /** A person's contact details, named as such: "contact details", "coordonnées", "联系方式". */
  readonly contactDetailWords?: readonly string[];
  /**
   * A mailing list named as public right before its address: "our public mailing list", "öffentliche
   * Mailingliste", "公开邮件列表". Everyone subscribed reads what is sent there.
   */
  readonly publicLists?: readonly string[];
  /**
   * A mailing list or group said to be read in public after its address: "archived publicly", "anyone
   * may subscribe", "la lista es abierta".
   */
  readonly publicListStatements?: readonly string[];
  /** Asking for a direct or private message on a chat service: "DM me", "私聊", "Direktnachricht". */
  readonly privateMessages?: readonly string[];
  /** Opening words of the instruction sentences of GitHub's SECURITY.md template, translated. */
  readonly templateOpeners?: readonly string[];
  /**
   * Phrases found only in GitHub's template or its free translations, anywhere in a sentence: the
   * template speaks to the author of "your project", which no policy says of its own project.
   * The finding starts at the phrase: where its sentence starts is a guess that text added before it can change.
   */
  readonly templatePhrases?: readonly string[];
  /** The language's word for "example" in stand-in domains (folded): `beispiel` in `sicherheit@beispiel.de`. */
  readonly exampleDomains?: readonly string[];
  /** Words for "your" in stand-in addresses and domains (folded): `tu` in `contacto@tu-dominio.com`. */
  readonly yourWords?: readonly string[];
  /**
   * Words that introduce an example of a value: "e.g.", "por ejemplo", "z. B.", "例如". A noun alone
   * ("example", "Beispiel") only before a colon: "[example DAGs]" names things, "[Example: 2.x]" shows one.
   */
  readonly exampleLeads?: readonly string[];
  /** Notes next to a value that say it must still be replaced: "(reemplazar)", "ersetzen". */
  readonly replaceHints?: readonly string[];
  /** Verbs that open a bracketed instruction: `[INSIRA SEU E-MAIL]`, `[Einfügen: …]`. */
  readonly fillVerbs?: readonly string[];
  /**
   * A bracketed instruction whose verb is not a word of its own at the start: last in the languages that put it
   * there (`[メールアドレスを記載]`, `[이메일 입력]`), or first without a space after it (`[填写邮箱地址]`).
   * Tried on the bracket's whole text.
   */
  readonly fillInstructions?: readonly string[];
  /** "here", where a template's note says the value goes: "(insert the team's address here)". */
  readonly hereWords?: readonly string[];
  /**
   * Names of a table column whose cells show values as examples or patterns: "Pattern", "Wzorzec",
   * "Beispiel". An address there (`user@domain.com` beside `[EMAIL_REDACTED]`) documents a format.
   */
  readonly exampleColumns?: readonly string[];
  /**
   * Labels of the lines of a report a reporter writes: "Subject", "Betreff", "件名". `<short summary>`
   * after one is a slot of the format the policy asks for, not the author's unfilled value.
   */
  readonly reportFieldLabels?: readonly string[];
  /** Field names written in capitals inside brackets: `[E-MAIL DE SEGURANÇA]`. */
  readonly fieldWords?: readonly string[];
}
