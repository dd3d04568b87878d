import type { LanguageData } from './language';

// Swedish: units of time, number words and statements of where fixes go, for the reason given in
// hi.ts (no headings or channel words yet).
export const sv: LanguageData = {
  code: 'sv',
  // "sparas i 60 dagar": a retention, not a wait.
  notTimeframeLeads: ['\\bsparas\\s+i'],
  durationUnits: {
    'business-day': 'arbetsdag(?:ar|en)?|vardag(?:ar)?',
    hour: 'timm(?:e|ar)',
    day: 'dag(?:ar|en)?|dygn',
    week: 'veck(?:a|or|an)',
    month: 'månad(?:er)?',
  },
  notTimeframes: ['month'],
  numberWords: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, tio: 10, fjorton: 14, trettio: 30 },
  responseWords: ['\\b(?:svar\\w*|bekräft\\w*|återkoppl\\w*)'],
  // Words of reporting, of vulnerabilities, of privacy and of negation (see da.ts).
  reportingWords: ['\\b(?:rapporter\\w*|anmäl\\w*|kontakta\\w*|skriv\\w*|skicka\\w*)'],
  vulnerabilityWords: ['\\b(?:s[åa]rbarhet\\w*|säkerhetshål\\w*|säkerhetsproblem\\w*)'],
  privateWords: ['\\b(?:privat\\w*|konfidentiell\\w*)'],
  featureWords: ['\\b(?:funktion\\w*|formulär\\w*|knapp\\w*)'],
  negations: ['\\b(?:inte|aldrig|ej)\\b'],
  versionStatements: [
    '\\b(?:säkerhets)?(?:uppdateringar|rättningar|korrigeringar)\\s+(?:ges|görs|släpps)\\s+(?:endast\\s+)?(?:för|till|i)\\s+(?:den\\s+)?(?:senaste|nyaste)',
  ],
  publicListStatements: [
    '\\barkiver(?:as|es)\\s+(?:publikt|offentlig)',
    '\\b(?:listan|listen)\\s+(?:är|er)\\s+offentlig',
  ],
  // "öppna en "Issue" på GitHub": a public ticket (not "ärende", which may be a private helpdesk's)
  publicReporting: ['(?<!\\S)(?:öppna|skapa)\\s+(?:en\\s+|ett\\s+)?(?:ny\\s+|nytt\\s+)?[*_"“„«]*issue[*_"”»]*'],
  // The Security tab and GitHub's private reporting, in the author's Swedish: "fliken "Säkerhet"", "privat sårbarhetsrapportering"
  privateReporting: [
    '\\bfliken\\s+["“„«]?(?:s[äa]kerhet|security)',
    '\\bsecurity-?fliken\\b',
    '\\bprivat\\w*\\s+(?:s[åa]rbarhetsrapportering|rapportering\\s+av\\s+s[åa]rbarheter)',
  ],
};
