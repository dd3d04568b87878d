import type { LanguageData } from './language';

// Tagalog: what its policies say of reporting privately. Its short words ("ang", "sa", "na") are words of
// languages the rules read, so a Tagalog policy is read as understood: without these, GitHub's private
// reporting named in Tagalog was a certain "no private channel".
export const tl: LanguageData = {
  code: 'tl',
  durationUnits: { 'business-day': 'araw\\s+ng\\s+trabaho', hour: 'oras', day: 'araw', week: 'linggo', month: 'buwan' },
  notTimeframes: ['month'],
  responseWords: ['\\b(?:sasagot|sumagot|tutugon|tumugon|kukumpirma|kumpirma)\\w*'],
  reportingWords: ['\\b(?:iulat|mag-?ulat|i-?ulat|ipaalam|makipag-?ugnayan|i-?email|magpadala)\\w*'],
  vulnerabilityWords: ['\\b(?:kahinaan|butas\\s+sa\\s+seguridad)\\b'],
  privateWords: ['\\b(?:pribado|pribadong|kumpidensyal)\\b'],
  privateReporting: [
    // "nang pribado sa pamamagitan ng GitHub": privately through GitHub, its private reporting
    '\\b(?:nang\\s+)?(?:pribado|kumpidensyal)(?:ng)?\\s+(?:sa\\s+pamamagitan\\s+ng|gamit\\s+ang)\\s+(?:github|gitlab)\\b',
  ],
  negations: ['\\b(?:huwag|hindi)\\b'],
};
