import type { LanguageData } from './language';

// Romanian: units of time only ("în 72 de ore"), for the reason given in hi.ts. From 20 on, Romanian
// puts "de" between the number and the unit.
export const ro: LanguageData = {
  code: 'ro',
  durationUnits: {
    'business-day': '(?:de\\s+)?zile\\s+lucr[ăa]toare',
    hour: '(?:de\\s+)?or[eă]',
    day: '(?:de\\s+)?zile',
    week: '(?:de\\s+)?s[ăa]pt[ăa]m[âa]n[ie]',
    month: '(?:de\\s+)?luni',
  },
  notTimeframes: ['month'],
  numberWords: {
    o: 1,
    un: 1,
    una: 1,
    două: 2,
    doua: 2,
    trei: 3,
    cinci: 5,
    șapte: 7,
    sapte: 7,
    zece: 10,
    paisprezece: 14,
  },
  responseWords: ['\\b(?:r[ăa]spun\\w*|confirm\\w*)'],
  // Private reporting named outright is no claim to read the rest: its words alone say where to report.
  privateReporting: [
    // "în mod privat prin GitHub": privately through GitHub, its private reporting
    '(?:în\\s+mod\\s+privat|\\bprivat|\\bconfiden[țt]ial)\\s+(?:prin|pe|via)\\s+(?:github|gitlab)\\b',
    '\\braport[ăa]\\w*\\s+privat[ăa]?\\s+(?:a\\s+|de\\s+)?(?:vulnerabilit|problem)',
    '\\bfila\\s+[„"“]?(?:security|securitate)',
  ],
  privateMessages: ['\\bmesaj(?:e|ul)?\\s+privat'],
  privateIssues: ['\\bissue\\s+privat\\b'],
  // A free translation of GitHub's template: "Folosește această secțiune pentru a informa oamenii …"
  templateOpeners: ['folose[șs]te\\s+aceast[ăa]\\s+sec[țt]iune\\s+pentru\\s+a'],
  templatePhrases: ['\\bversiunile\\s+proiectului\\s+t[ăa]u\\b'],
};
