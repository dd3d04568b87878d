// OpenSSF Baseline level 3: level 2, plus the support scope and duration of each release and when
// releases stop receiving security updates (OSPS-DO-04.01, OSPS-DO-05.01), which a SECURITY.md
// answers with its supported versions. OSPS-VM-04.02 (VEX) cannot be checked from the policy's text.
import { OSPS_URL } from './openssf-baseline-1';
import { profile as level2 } from './openssf-baseline-2';
import type { Control, Profile } from './types';

export const OSPS_DO_04_01: Control = {
  id: 'OSPS-DO-04.01',
  label: 'OSPS-DO-04.01',
  summary: 'Once the project has released, the documentation says what support each release gets and for how long.',
  url: `${OSPS_URL}#osps-do-0401`,
  rules: ['SEC015', 'SEC040'],
  sections: ['supported-versions'],
  scaffold: ['supported-versions'],
};

export const OSPS_DO_05_01: Control = {
  id: 'OSPS-DO-05.01',
  label: 'OSPS-DO-05.01',
  summary:
    'Once the project has released, the documentation says when a release or version stops receiving security updates.',
  url: `${OSPS_URL}#osps-do-0501`,
  rules: ['SEC015'],
  sections: ['supported-versions'],
  scaffold: ['supported-versions'],
};

export const profile: Profile = {
  id: 'openssf-baseline-3',
  title: 'OpenSSF Baseline level 3',
  description:
    'OSPS Baseline level 3, for projects with many users: level 2, plus the support scope and duration of each release and the end of its security updates.',
  url: OSPS_URL,
  controls: [...level2.controls, OSPS_DO_04_01, OSPS_DO_05_01],
};
