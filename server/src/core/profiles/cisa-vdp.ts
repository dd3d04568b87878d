// CISA's vulnerability disclosure policy template (written for BOD 20-01): scope, authorization,
// guidelines, test methods, how to report and what the reporter can expect. The template's section
// names are its controls; "Guidelines" and "Test Methods" have no section of their own in the model.
import type { Profile } from './types';
import { AUTHORIZATION_WORDS, EXPECTATION_WORDS, GUIDELINE_WORDS, SCOPE_WORDS, TEST_METHOD_WORDS } from './words';

// The template is published with Binding Operational Directive 20-01.
const CISA_URL = 'https://www.cisa.gov/news-events/directives/binding-operational-directive-20-01';

export const profile: Profile = {
  id: 'cisa-vdp',
  title: "CISA's VDP template",
  description:
    "CISA's vulnerability disclosure policy template: scope, authorization (safe harbor), guidelines, test methods, reporting, what to expect.",
  url: CISA_URL,
  controls: [
    {
      id: 'cisa:scope',
      label: 'CISA VDP: Scope',
      summary: 'Which systems and products the policy covers, and what is out of scope.',
      url: CISA_URL,
      rules: [],
      requirement: {
        kind: 'section',
        section: 'scope',
        words: SCOPE_WORDS,
        message:
          'no scope: say which products and systems the policy covers and which it does not (a "Scope" section).',
      },
      sections: ['scope'],
      scaffold: ['scope'],
    },
    {
      id: 'cisa:authorization',
      label: 'CISA VDP: Authorization',
      summary:
        'A statement that research done in good faith under the policy is authorised, and that no legal action follows it (safe harbor).',
      url: CISA_URL,
      rules: [],
      requirement: {
        kind: 'section',
        section: 'safe-harbor',
        words: AUTHORIZATION_WORDS,
        message:
          'no authorization statement: say that good-faith research under this policy is authorised and will not be pursued legally (a "Safe Harbor" section).',
      },
      sections: ['safe-harbor'],
      scaffold: ['safe-harbor'],
    },
    {
      id: 'cisa:guidelines',
      label: 'CISA VDP: Guidelines',
      summary:
        'The rules researchers follow: notify promptly, avoid privacy violations and damage, stop and report once access to data is gained.',
      url: CISA_URL,
      rules: [],
      requirement: {
        kind: 'words',
        words: GUIDELINE_WORDS,
        message:
          'no guidelines for researchers: say what they must avoid (privacy violations, damage, keeping data) (a "Guidelines" section).',
      },
      sections: [],
      scaffold: [],
    },
    {
      id: 'cisa:test-methods',
      label: 'CISA VDP: Test Methods',
      summary:
        'Which test methods are not allowed, for example denial of service, social engineering or physical testing.',
      url: CISA_URL,
      rules: [],
      requirement: {
        kind: 'words',
        words: TEST_METHOD_WORDS,
        message:
          'no test methods: say which are not allowed (denial of service, social engineering, physical testing) (a "Test Methods" section).',
      },
      sections: [],
      scaffold: [],
    },
    {
      id: 'cisa:reporting',
      label: 'CISA VDP: Reporting a Vulnerability',
      summary: 'Where and how to send a report, privately.',
      url: CISA_URL,
      rules: ['SEC010', 'SEC011', 'SEC012', 'SEC022'],
      sections: ['reporting', 'report-contents'],
      scaffold: ['reporting', 'report-contents'],
    },
    {
      id: 'cisa:what-to-expect',
      label: 'CISA VDP: What to Expect',
      summary:
        'What the reporter can expect: an acknowledgement within a stated time, updates, and coordination of the disclosure.',
      url: CISA_URL,
      rules: ['SEC013'],
      requirement: {
        kind: 'section',
        section: 'response',
        words: EXPECTATION_WORDS,
        message:
          'the policy does not say what a reporter can expect after a report: an acknowledgement, updates, coordinated disclosure (a "Response Timeline" section).',
      },
      sections: ['response', 'disclosure'],
      scaffold: ['response', 'disclosure'],
    },
  ],
  extraBlocks: [
    {
      id: 'cisa-guidelines',
      control: 'cisa:guidelines',
      title: 'Guidelines',
      after: 'scope',
      body: 'Under this policy, please:\n\n- tell us about a vulnerability as soon as you find it;\n- avoid privacy violations, degrading the service and destroying or changing data;\n- use an exploit only as far as needed to confirm a vulnerability, and stop and tell us once you reach data that is not yours;\n- do not keep or share such data.',
    },
    {
      id: 'cisa-test-methods',
      control: 'cisa:test-methods',
      title: 'Test Methods',
      after: 'scope',
      body: 'These test methods are not authorised: denial of service or other tests that degrade a system, physical testing, and social engineering such as phishing.',
    },
  ],
};
