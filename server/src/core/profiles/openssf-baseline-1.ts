// OpenSSF Open Source Project Security Baseline, level 1: the controls a SECURITY.md answers.
// Control ids and levels from ossf/security-baseline (baseline/OSPS-VM.yaml); the wording is ours.
import type { Control, Profile } from './types';

export const OSPS_URL = 'https://baseline.openssf.org/versions/2026-02-19';

export const OSPS_VM_02_01: Control = {
  id: 'OSPS-VM-02.01',
  label: 'OSPS-VM-02.01',
  summary: 'The project documentation names security contacts: who to reach when a vulnerability is found.',
  url: `${OSPS_URL}#osps-vm-0201`,
  // No reporting instruction at all, or a contact that is a placeholder, leaves no security contact.
  rules: ['SEC010', 'SEC022'],
  sections: ['reporting', 'contacts'],
  scaffold: ['reporting'],
};

export const profile: Profile = {
  id: 'openssf-baseline-1',
  title: 'OpenSSF Baseline level 1',
  description: 'OSPS Baseline level 1, for any project: the documentation names security contacts.',
  url: OSPS_URL,
  controls: [OSPS_VM_02_01],
};
