// The default: what GitHub needs to show the policy on the Security tab, which the rules check
// without a profile. It adds nothing; naming it keeps `["github"]` a valid, explicit setting.
import type { Profile } from './types';

export const profile: Profile = {
  id: 'github',
  title: 'GitHub',
  description: "GitHub's Security tab: the rules' own checks, nothing added.",
  url: 'https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository',
  controls: [],
};
