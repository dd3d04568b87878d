import type { LanguageData } from './language';

// Norwegian (Bokmål and Nynorsk): units of time, number words and statements of where fixes go, for
// the reason given in hi.ts (no headings or channel words yet).
export const nb: LanguageData = {
  code: 'nb',
  // "sikkerhet@ditt-domene.no": your domain
  yourWords: ['din', 'ditt', 'dine'],
  durationUnits: {
    'business-day': '(?:virke|arbeids|yrke)dag(?:er|ar)?',
    // Plural only: the singular "time" is English ("from time to time" read as two hours).
    hour: 'timer',
    day: 'dag(?:er|ar)?|døgn',
    week: 'uker?|veker?',
    month: 'måneder?|månader?',
  },
  notTimeframes: ['month'],
  numberWords: {
    en: 1,
    ett: 1,
    ei: 1,
    to: 2,
    tre: 3,
    fire: 4,
    fem: 5,
    seks: 6,
    sju: 7,
    syv: 7,
    ti: 10,
    fjorten: 14,
    tretti: 30,
  },
  responseWords: ['\\b(?:svar\\w*|bekreft\\w*|tilbakemelding\\w*)'],
  // Words of reporting, of vulnerabilities, of privacy and of negation (see da.ts).
  reportingWords: ['\\b(?:rapporter\\w*|meld\\w*|kontakt\\w*|skriv\\w*)'],
  vulnerabilityWords: ['\\b(?:s[åa]rbarhet\\w*|sikkerhetshull\\w*|sikkerhetsproblem\\w*)'],
  privateWords: ['\\b(?:privat\\w*|fortrolig\\w*|konfidensiell\\w*)'],
  featureWords: ['\\b(?:funksjon\\w*|skjema\\w*|knapp\\w*)'],
  negations: ['\\b(?:ikke|aldri)\\b'],
  versionStatements: [
    '\\b(?:sikkerhets)?(?:oppdateringer|rettelser|fikser)\\s+(?:gis|kommer|lages|utgis)\\s+(?:kun\\s+)?(?:for|til|i)\\s+(?:den\\s+)?(?:siste|nyeste|gjeldende)',
  ],
  // "åpne en issue": a public ticket (not "sak", a case, which may be a private helpdesk's)
  publicReporting: [
    '(?<!\\S)(?:åpne|åpn|opprett|opprette)\\s+(?:en\\s+|et\\s+)?(?:ny\\s+|nytt\\s+)?[*_"“„«]*issue[*_"”»]*',
  ],
  // The Security tab and GitHub's private reporting, in the author's Norwegian: "fanen "Sikkerhet""
  privateReporting: [
    '\\bfanen\\s+["“„«]?(?:sikkerhet|security)',
    '\\bsecurity-?fanen\\b',
    '\\bprivat\\w*\\s+rapportering\\s+av\\s+s[åa]rbarheter',
  ],
};
