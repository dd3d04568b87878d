import type { LanguageData } from './language';

// Finnish: units of time and number words only ("48 tunnin kuluessa", "kolmen arkipäivän"), for the
// reason given in hi.ts.
export const fi: LanguageData = {
  code: 'fi',
  durationUnits: {
    'business-day': '(?:arki|työ)päiv[äa]\\w*',
    hour: 'tun(?:nin|tia|ti|nissa)',
    day: 'päiv[äa]\\w*|vuorokau\\w*',
    week: 'viik\\w*',
    month: 'kuukau\\w*',
  },
  notTimeframes: ['month'],
  numberWords: {
    yksi: 1,
    yhden: 1,
    kaksi: 2,
    kahden: 2,
    kolme: 3,
    kolmen: 3,
    viisi: 5,
    viiden: 5,
    seitsemän: 7,
    kymmenen: 10,
  },
  responseWords: ['\\b(?:vasta\\w*|vahvist\\w*|kuittaa\\w*)'],
  // Words of privacy and of negation, not yet of reporting or vulnerabilities: with those the rules would
  // claim to read Finnish (see hi.ts), which Danish, Norwegian and Swedish policies are already, by their short words.
  privateWords: ['\\b(?:yksityi\\w*|luottamukselli\\w*)'],
  featureWords: ['\\b(?:toimin\\w*|lomake\\w*|painike\\w*)'],
  negations: ['(?<![\\wäöå])(?:älä|äläkä|ei|eikä)(?![\\wäöå])'],
  // The Security tab and GitHub's private reporting, in the author's Finnish: "Tietoturva-välilehti", "Ilmoita haavoittuvuudesta"
  privateReporting: [
    '\\b(?:tietoturva|security)[\\s-]*v[äa]lilehd?',
    '["“”]?ilmoita\\s+haavoittuvuudesta',
    // "yksityisesti GitHubin kautta": privately through GitHub, its private reporting
    '\\b(?:yksityisesti|luottamuksellisesti)\\s+(?:github|gitlab)\\w*\\s+kautta\\b',
    '\\b(?:github|gitlab)\\w*\\s+kautta\\s+(?:yksityisesti|luottamuksellisesti)\\b',
  ],
};
