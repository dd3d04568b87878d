// The OpenSSF Best Practices badge (passing level), its three vulnerability reporting criteria
// (coreinfrastructure/best-practices-badge, criteria/criteria.yml); the wording is ours.
import type { Control, Profile } from './types';

const CRITERIA_URL = 'https://www.bestpractices.dev/en/criteria/0';

export const profile: Profile = {
  id: 'best-practices',
  title: 'OpenSSF Best Practices badge',
  description:
    'The passing level of the OpenSSF Best Practices badge: a published reporting process, private reporting, a first response within 14 days.',
  url: CRITERIA_URL,
  controls: [
    {
      id: 'bp:vulnerability_report_process',
      label: 'Best Practices: vulnerability_report_process',
      summary: 'The project publishes how to report a vulnerability.',
      url: `${CRITERIA_URL}#0.vulnerability_report_process`,
      rules: ['SEC010'],
      sections: ['reporting'],
      scaffold: ['reporting'],
    },
    {
      id: 'bp:vulnerability_report_private',
      label: 'Best Practices: vulnerability_report_private',
      summary:
        'Where private reports are accepted, the project says how to send one so that it stays private (an HTTPS form, encrypted email, private vulnerability reporting).',
      url: `${CRITERIA_URL}#0.vulnerability_report_private`,
      rules: ['SEC011', 'SEC012'],
      sections: ['reporting', 'encryption'],
      scaffold: ['reporting'],
    } satisfies Control,
    {
      id: 'bp:vulnerability_report_response',
      label: 'Best Practices: vulnerability_report_response',
      summary:
        'The first response to a vulnerability report comes within 14 days (judged on the reports of the last six months).',
      url: `${CRITERIA_URL}#0.vulnerability_report_response`,
      rules: ['SEC013'],
      requirement: {
        kind: 'response-within',
        days: 14,
        message: 'the first response the policy promises comes later than the 14 days the badge allows.',
      },
      sections: ['response'],
      scaffold: ['response'],
    },
  ],
};
