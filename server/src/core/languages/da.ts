import type { LanguageData } from './language';

// Danish: units of time, number words and statements of where fixes go, for the reason given in hi.ts
// (no headings or channel words yet).
export const da: LanguageData = {
  code: 'da',
  durationUnits: {
    'business-day': '(?:hverdag(?:e)?|arbejdsdag(?:e)?)',
    // Plural only: the singular "time" is English ("from time to time" read as two hours).
    hour: 'timer',
    day: 'dage?|døgn',
    week: 'uger?',
    month: 'måneder?',
  },
  notTimeframes: ['month'],
  numberWords: { en: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, ti: 10, fjorten: 14, tredive: 30 },
  responseWords: ['\\b(?:svar\\w*|bekræft\\w*|kvittering\\w*)'],
  versionStatements: [
    '\\b(?:sikkerheds)?(?:rettelser|opdateringer)\\s+(?:foretages|udgives|laves|gives)\\s+(?:kun\\s+)?(?:i|til|for)\\s+den\\s+(?:senest|nyeste|seneste)',
  ],
  // Words of reporting, of vulnerabilities, of privacy and of negation, so that a Danish policy (already
  // read as understood, its short words being Dutch and English ones) has its instructions read too.
  reportingWords: ['\\b(?:rapport[ée]r\\w*|indberet\\w*|meld\\w*|kontakt\\w*|skriv\\w*)'],
  vulnerabilityWords: ['\\b(?:s[åa]rbarhed\\w*|sikkerhedshul\\w*|sikkerhedsproblem\\w*)'],
  privateWords: ['\\b(?:privat\\w*|fortrolig\\w*)'],
  featureWords: ['\\b(?:funktion\\w*|formular\\w*|knap\\w*)'],
  negations: ['\\b(?:ikke|aldrig|undlad)\\b'],
  // "åbne en **Issue**": a public ticket (not "sag", a case, which may be a private helpdesk's)
  publicReporting: [
    '(?<!\\S)(?:åbn|åbne|opret|oprette)\\s+(?:en\\s+|et\\s+)?(?:ny\\s+|nyt\\s+)?[*_"“„«]*issue[*_"”»]*',
  ],
  // The Security tab and GitHub's private reporting, in the author's Danish: "fanen "Sikkerhed"", "private rapportering af sårbarheder"
  privateReporting: [
    '\\bfanen\\s+["“„«]?(?:sikkerhed|security)',
    '\\bsecurity-?fanen\\b',
    '\\bprivat\\w*\\s+rapportering\\s+af\\s+s[åa]rbarheder',
  ],
};
