// OpenSSF Baseline level 2: level 1, plus a coordinated disclosure policy with a response time,
// private reporting and published vulnerability data (OSPS-VM-01.01, -03.01, -04.01).
import { OSPS_URL, profile as level1 } from './openssf-baseline-1';
import type { Control, Profile } from './types';
import { DISCLOSURE_WORDS, PUBLICATION_WORDS } from './words';

export const OSPS_VM_01_01: Control = {
  id: 'OSPS-VM-01.01',
  label: 'OSPS-VM-01.01',
  summary:
    'The documentation holds a coordinated vulnerability disclosure policy with a clear time frame for the response.',
  url: `${OSPS_URL}#osps-vm-0101`,
  rules: ['SEC013'],
  requirement: {
    kind: 'section',
    section: 'disclosure',
    words: DISCLOSURE_WORDS,
    message:
      'no coordinated disclosure policy: say how and when a fixed vulnerability is made public (a "Disclosure Policy" section).',
  },
  sections: ['response', 'disclosure'],
  scaffold: ['response', 'disclosure'],
};

export const OSPS_VM_03_01: Control = {
  id: 'OSPS-VM-03.01',
  label: 'OSPS-VM-03.01',
  summary: 'The documentation gives a way to report a vulnerability privately, straight to the security contacts.',
  url: `${OSPS_URL}#osps-vm-0301`,
  rules: ['SEC011', 'SEC012'],
  sections: ['reporting', 'encryption'],
  scaffold: ['reporting'],
};

export const OSPS_VM_04_01: Control = {
  id: 'OSPS-VM-04.01',
  label: 'OSPS-VM-04.01',
  summary:
    'Data about discovered vulnerabilities is published where users can find it (advisories, CVE entries, release notes).',
  url: `${OSPS_URL}#osps-vm-0401`,
  rules: [],
  requirement: {
    kind: 'words',
    words: PUBLICATION_WORDS,
    message:
      'the policy does not say where discovered vulnerabilities are published (security advisories, CVE entries, release notes).',
  },
  // The advisories page of the repository meets it too, whatever the policy says.
  elsewhere: true,
  sections: ['disclosure'],
  scaffold: ['disclosure'],
};

export const profile: Profile = {
  id: 'openssf-baseline-2',
  title: 'OpenSSF Baseline level 2',
  description:
    'OSPS Baseline level 2, for projects with two or more maintainers and steady users: level 1, a coordinated disclosure policy with a response time, private reporting, published vulnerability data.',
  url: OSPS_URL,
  controls: [...level1.controls, OSPS_VM_01_01, OSPS_VM_03_01, OSPS_VM_04_01],
};
