// Words that show a policy says something a control asks for, in English, shared by the profiles.
// Generous on purpose: a profile finding must not claim a policy lacks what it says in other words,
// so any plausible wording counts (SEC017 lowers its findings on a policy not written in English).

/** A coordinated disclosure policy: when and how a vulnerability is made public. */
export const DISCLOSURE_WORDS = String.raw`\b(?:disclos\w*|embargo\w*|coordinated\s+(?:vulnerability\s+)?(?:release|publication)|security\s+advisor(?:y|ies)|advisories|CVEs?|GHSA|publish\w*\s+(?:an?\s+|the\s+)?(?:advisor\w*|fix\w*|details))`;

/** Where discovered vulnerabilities are published. */
export const PUBLICATION_WORDS = String.raw`\b(?:advisor(?:y|ies)|CVEs?|GHSA|change\s*log|release\s+notes|announce\w*|publish\w*|disclos\w*|security\s+bulletins?|mailing\s+list)`;

/** What a policy covers (CISA: Scope). */
export const SCOPE_WORDS = String.raw`\b(?:(?:in|out\s+of)[\s-]scope|scope|this\s+policy\s+(?:covers|applies)|applies\s+to)\b`;

/** A promise that good-faith research is authorised (CISA: Authorization; safe harbor). */
export const AUTHORIZATION_WORDS = String.raw`\b(?:authori[sz]\w*|safe\s+harbou?r|good[\s-]faith|legal\s+action|(?:not|never)\s+(?:pursue|initiate|bring|take)\s+(?:any\s+)?(?:legal|civil|criminal)|prosecut\w*)`;

/** Rules for research (CISA: Guidelines). */
export const GUIDELINE_WORDS = String.raw`\b(?:guidelines?|rules\s+of\s+engagement|(?:do\s+not|don't|must\s+not|never|avoid)\s+(?:\w+\s+){0,2}(?:access\w*|modif\w*|delet\w*|destr\w*|exfiltrat\w*|stor\w*|shar\w*|degrad\w*|disrupt\w*|harm\w*|view\w*)|privacy\s+violations?)`;

/** What testing is and is not allowed (CISA: Test Methods). */
export const TEST_METHOD_WORDS = String.raw`\b(?:test(?:ing)?\s+methods?|denial[\s-]of[\s-]service|D?DoS|social\s+engineering|phishing|physical\s+(?:testing|security|access|attacks?)|automated\s+scan\w*|(?:not\s+)?permitted\s+(?:testing|tests?))\b`;

/** What a reporter can expect after a report (CISA: what to expect). */
export const EXPECTATION_WORDS = String.raw`\b(?:what\s+to\s+expect|acknowledg\w*|we\s+will\s+(?:\w+\s+)?(?:respond|reply|confirm|contact|work|keep\s+you|get\s+back)|(?:respond|reply)\w*\s+within|hear\s+(?:back\s+)?from\s+us)`;
