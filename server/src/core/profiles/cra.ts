// The EU Cyber Resilience Act (Regulation (EU) 2024/2847): the vulnerability handling requirements of
// Annex I Part II and the user information of Annex II that a SECURITY.md can carry. Reporting to
// CSIRTs and ENISA (Art. 14) and the steward's policy (Art. 24) are duties, not text: docs/profiles.md.
import type { Profile } from './types';
import { DISCLOSURE_WORDS, PUBLICATION_WORDS } from './words';

const CRA_URL = 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj';

export const profile: Profile = {
  id: 'cra',
  title: 'EU Cyber Resilience Act',
  description:
    'The CRA: a coordinated vulnerability disclosure policy, a contact address for reports, published information on fixed vulnerabilities, the support period.',
  url: CRA_URL,
  controls: [
    {
      id: 'cra:annex-i-ii-5',
      label: 'CRA Annex I Part II (5)',
      summary: 'The manufacturer puts in place and enforces a policy on coordinated vulnerability disclosure.',
      url: CRA_URL,
      rules: [],
      requirement: {
        kind: 'section',
        section: 'disclosure',
        words: DISCLOSURE_WORDS,
        message:
          'no coordinated vulnerability disclosure policy: say how reports are handled and when a fixed vulnerability is made public (a "Disclosure Policy" section).',
      },
      sections: ['disclosure', 'response'],
      scaffold: ['disclosure', 'response'],
    },
    {
      id: 'cra:annex-i-ii-6',
      label: 'CRA Annex I Part II (6)',
      summary:
        'The manufacturer makes reporting easy, among other things by giving a contact address for vulnerability reports (with Annex II (2): a single point of contact).',
      url: CRA_URL,
      rules: ['SEC010', 'SEC011', 'SEC022'],
      sections: ['reporting', 'contacts'],
      scaffold: ['reporting'],
    },
    {
      id: 'cra:annex-i-ii-4',
      label: 'CRA Annex I Part II (4)',
      summary:
        'Once a security update is out, information about the fixed vulnerability is made public: what it is, which products it affects, its impact and severity, how to remedy it.',
      url: CRA_URL,
      rules: [],
      requirement: {
        kind: 'words',
        words: PUBLICATION_WORDS,
        message:
          'the policy does not say where fixed vulnerabilities are made public (security advisories, release notes).',
      },
      elsewhere: true,
      sections: ['disclosure'],
      scaffold: ['disclosure'],
    },
    {
      id: 'cra:annex-ii-7',
      label: 'CRA Annex II (7)',
      summary: 'Users are told what security support the product gets and when its support period ends (Art. 13(8)).',
      url: CRA_URL,
      rules: ['SEC015'],
      sections: ['supported-versions'],
      scaffold: ['supported-versions'],
    },
  ],
};
