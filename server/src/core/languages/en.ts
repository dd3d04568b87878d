import type { LanguageData } from './language';

// English headings are matched by the ordered patterns in sections.ts; this file holds the rest.
export const en: LanguageData = {
  code: 'en',
  timePhrases: [
    '\\b(?:a|one)\\s+fortnight\\b',
    // "A couple" is two ("a few" promises nothing)
    '\\ba\\s+couple\\s+of\\s+(?:business\\s+|working\\s+)?(?:hours|days|weeks)\\b',
    // Months (notTimeframes below) only for an embargo or a time to fix.
    '\\b(?:\\d+|one|two|three|four|six|twelve)\\s+months?\\s+(?:before|prior\\s+to)\\b[^.\\n]{0,60}\\b(?:disclos|public|publish|cve|announc|embargo)',
    '\\b(?:disclos|embargo)\\w*\\b[^.\\n]{0,40}\\b(?:after|within|of|for|up\\s+to)\\s+(?:\\d+|one|two|three|four|six|twelve)\\s+months?\\b',
    '\\ballow\\s+(?:us\\s+)?(?:up\\s+to\\s+|at\\s+least\\s+)?(?:\\d+|one|two|three|four|six|twelve)\\s+months?\\b',
    // "after up to a month or so, we'll publish the advisory": a time to disclosure
    '\\bup\\s+to\\s+(?:\\d+|one|two|three|four|six|a)\\s+months?\\b[^.\\n]{0,40}?\\b(?:publish|disclos|announc)',
    // "expected to be fixed within a month": a time to fix
    '\\b(?:fix|patch|resolv|remediat)\\w*\\b[^.\\n]{0,40}?\\bwithin\\s+(?:\\d+|one|two|three|four|six|a|an)\\s+months?\\b',
    // "no response from them within 1 month": a month bounding an answer (the sentence may wrap)
    '\\b(?:respon(?:se|ded|d)|repl(?:y|ied)|acknowledg\\w*|heard\\s+back)\\b[^.]{0,40}?\\bwithin\\s+(?:\\d+|one|two|three|a|an)\\s+months?\\b',
  ],
  // "supported for two weeks after …" is a support period; "once a week" says how often, not how soon.
  // A token's or session's lifetime ("Access token: **1 h**; refresh: **7 dni**", also in other languages' policies) is configuration.
  notTimeframeLeads: [
    // "Review period: 6 months": how often the document is reviewed
    '\\breview\\s+(?:period|cycle|interval|frequency)\\W{0,6}',
    '\\b(?:support|maintain)(?:s|ed|ing)?\\b[^.\\n]{0,60}\\bfor',
    '\\b(?:once|twice|thrice|times|every)',
    // "keys rotated regularly (every 90 days)"
    '\\brotat\\w*\\b[^.,;\\n]{0,30}?',
    // "Timelock controller: a 2-day delay for governance proposals": a contract's setting
    '\\btime-?lock\\b[^.\\n]{0,40}?',
    // "Dependabot updates dependencies with a 7-day cooldown", "(mit 7 Tagen Wartezeit)", "daily backups with 10
    // days of history": a bot's or a backup's setting, in any language (the names are the same in all)
    '\\b(?:dependabot|renovate(?:bot)?|backups?)\\b[^.\\n]{0,60}?',
    '\\b(?:cool-?down|minimum\\s+release\\s+age)\\b[^.\\n]{0,20}?',
    // "logs older than 30 days are deleted": an age, not a wait; "kept for 14 days": a retention
    '\\bolder\\s+than',
    '\\b(?:kept|retained|stored|archived)\\s+for',
    // "valid for one hour", "retried 3 times over 24 hours", "the audit took four weeks", "anonymized after 14 days"
    '\\bvalid\\s+(?:for|up\\s+to)',
    '\\b(?:retried|repeated)\\b[^.\\n]{0,30}?\\bover',
    '\\btook',
    // "reported within the same 24 hour period": a window two events share, not a wait
    '\\bwithin\\s+(?:the\\s+|a\\s+)?same',
    // "You will have a week to work on the issue": the reporter's own time, not the project's answer
    "\\byou(?:\\s+will|[’']ll)?\\s+have(?:\\s+(?:up\\s+to|about|at\\s+least))?",
    // (and a counter or a lock that "ages out after 1 hour", "expires after 7 days", "resets after a day")
    '\\b(?:anonymi[sz]ed|deleted|purged|removed|erased|cleared|reset|expire[sd]?|lapse[sd]?|ag(?:e[sd]?|ing)\\s+out)\\s+after',
    // `exclude-newer = "1 week"`: a setting's value
    '=\\s*["\']?',
    // (across a wrapped line, not a blank one)
    '\\b(?:tokens?|jwts?|sessions?|cookies?|refresh|expir\\w*|lifetime|ttl|cached?)\\b(?:[^.,;\\n]|\\n(?![ \\t]*\\n)){0,48}?',
  ],
  // "a seven-day cooldown" on dependency updates: a setting of the tooling, not a wait for reporters.
  notTimeframeTails: [
    '[- ]?(?:cool-?\\s?down|grace\\s+period\\s+for\\s+(?:updates|dependencies))',
    // "published two weeks before each release": a schedule
    '\\s+before\\s+(?:each|every)\\b',
    // "claimed less than a week ago": a time past
    '\\s+ago\\b',
    // "must be reported within 24 hours following discovery": the reporter's own deadline, counted from
    // when they found it
    '\\s+(?:following|after|of|from)\\s+(?:the\\s+|its\\s+|their\\s+|your\\s+)?(?:discovery|discovering|finding|identifying|detection)\\b',
  ],
  // "A few days" is not a time: it promises nothing a reporter can hold the project to.
  durationUnits: {
    'business-day': '(?:business|working)[\\s-]+days?',
    hour: '(?:(?:business|working)[\\s-]+)?(?:hours?|hrs?|h)',
    day: '(?:calendar[\\s-]+)?days?',
    week: '(?:(?:business|working|calendar)[\\s-]+)?weeks?',
    month: 'months?',
  },
  // "Supported for 6 months" is how long a release gets fixes (rustls), not how soon a reporter hears back.
  notTimeframes: ['month'],
  numberWords: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fourteen: 14,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    'forty-five': 45,
    sixty: 60,
    ninety: 90,
  },
  responseWords: [
    '\\b(?:acknowledg\\w*|respon\\w*|repl(?:y|ies|ied)|hear\\s+back|get\\s+back|triag\\w*|confirm\\w*\\s+(?:receipt|the\\s+report)|first\\s+(?:contact|answer))',
  ],
  // (a gap within a sentence, `(?:[^.\n]|\.(?=\w))`, crosses a version's dots: "Only the latest 1.x release")
  versionStatements: [
    // "| Version receiving fixes |": a table's column named for what it says
    '\\b(?:versions?|releases?)\\s+(?:receiving|getting|that\\s+(?:receives?|gets?))\\s+(?:security\\s+)?(?:fixes|updates|patches)\\b',
    // "fixes are prepared for all releases at most one year old": a support window by age
    '\\b(?:releases|versions|branches)\\b(?:[^.\\n]|\\.(?=\\w)){0,40}?\\b(?:at\\s+most|no\\s+(?:more|older)\\s+than|less\\s+than|up\\s+to)\\s+(?:one|two|three|six|twelve|eighteen|\\d+)\\s+(?:years?|months?)\\s+old\\b',
    // "there are no separately supported versions or releases": one deployment, nothing to choose
    // (or "no supported public versions today")
    '\\bno\\s+(?:separately\\s+|other\\s+)?(?:supported|maintained)\\s+(?:[\\w-]+\\s+)?(?:versions|releases|branches)\\b',
    '\\bfixed\\s+(?:with)?in\\s+(?:all\\s+)?(?:the\\s+)?(?:stable|supported|maintained)\\b[^.]{0,40}\\b(?:versions|releases|branches)\\b',
    '\\baccept\\w*\\s+(?:vulnerability\\s+|security\\s+)?reports?\\s+(?:only\\s+)?(?:for|against|on)\\s+the\\s+(?:latest|current|most\\s+recent|newest)\\b',
    // "We accept reports for vulnerabilities on all published versions", "reports … in any released version":
    // every release is covered
    // (not across a link's address: "[advisories](…/known-vulnerabilities/) for all released versions")
    '\\b(?:reports?|vulnerabilit(?:y|ies))\\b[^.\\n/()]{0,40}?\\b(?:in|on|against|for|affecting|of)\\s+(?:all|any|every)\\s+(?:(?:published|released|public|supported)\\s+)?(?:versions?|releases?)\\b',
    // "All versions are supported", "every release receives security fixes", "this policy covers all versions"
    '\\ball\\s+(?:published\\s+|released\\s+|public\\s+)?(?:versions|releases)\\b(?:[^.\\n]|\\.(?=\\w)){0,30}?\\b(?:are|is)\\s+(?:currently\\s+)?(?:supported|maintained|covered|in\\s+scope)\\b',
    '\\b(?:every|each|all)\\s+(?:published\\s+|released\\s+)?(?:release|version)s?\\s+(?:receives?|gets?)\\s+(?:security\\s+)?(?:fixes|updates|patches)\\b',
    '\\b(?:policy|it)\\s+(?:covers|applies\\s+to)\\s+(?:all|every|any)\\s+(?:published\\s+|released\\s+)?(?:versions?|releases?)\\b',
    // "the main branch is what we support"
    '\\b(?:branch|release|version|tag)\\s+is\\s+what\\s+we\\s+(?:support|maintain|patch|fix)\\b',
    // "The only supported versions are:" over a list of them
    '\\bonly\\s+supported\\s+(?:versions?|releases?)\\s+(?:is|are)\\b',
    // "We support all minor and patch versions of the latest major version"
    '\\bsupport(?:s|ed)?\\s+all\\s+(?:[\\w-]+\\s+){0,4}?(?:of|in|on)\\s+the\\s+(?:latest|current|newest|most\\s+recent)\\s+(?:major\\s+|minor\\s+)?(?:version|release)',
    // "report only those vulnerabilities that are present in the latest stable release" ("only report …")
    '\\b(?:report\\s+only|only\\s+report)\\s+(?:those\\s+|the\\s+)?(?:vulnerabilit\\w*|issues|bugs)\\s+(?:that\\s+(?:are|exist)\\s+)?(?:present\\s+|found\\s+|reproducible\\s+)?(?:in|on|against)\\s+the\\s+[\\[*_]*(?:latest|current|most\\s+recent|newest)\\b',
    // Wrapped over lines: "For details on the handling process, supported versions, …, visit: <link>"
    '\\b(?:details|information)\\s+(?:on|about)\\b[^.]{0,80}\\bsupported\\s+versions\\b[^.]{0,80}\\b(?:visit|see|refer\\s+to)\\b',
    '\\b(?:fixes|patches|updates)\\s+(?:are|get|will\\s+be)\\s+(?:only\\s+)?(?:applied|committed|merged|made)\\s+(?:only\\s+)?(?:to|on|in)\\s+the\\s+(?:master|main|default|development|dev|trunk)\\s+branch',
    '\\b(?:fixes|patches)\\s+(?:land|ship|go\\s+out|are\\s+released)\\s+in\\s+the\\s+next\\s+(?:release|version)',
    // "There is no version support matrix … Fixes land on `main`": one line of development, nothing to choose
    '\\bno\\s+(?:(?:version|release)s?\\s+)?support\\s+matrix\\b',
    '\\b(?:fixes|patches)\\s+(?:only\\s+)?(?:land|are\\s+merged|go)\\s+(?:only\\s+)?(?:on|in|into|to)\\s+[`*_]*(?:main|master|trunk)\\b',
    // "we will patch the default branch and issue a fix release": where fixes go
    "\\b(?:we(?:\\s+will|[’']ll)?|maintainers\\s+will)\\s+(?:patch|fix)\\s+(?:the\\s+)?[`*_]*(?:default|main|master|development)[`*_]*\\s+branch\\b",
    '\\b(?:provide|ship|release|publish|backport)s?\\s+(?:security\\s+)?(?:fixes|patches|updates)\\s+(?:only\\s+)?(?:for|to)\\s+the\\s+(?:current|latest|last|previous|most\\s+recent|[`*_]*(?:main|master|default)[`*_]*\\s+branch)\\b',
    '\\bversions?\\s*(?:[<>]=?|≥|≤)\\s*v?\\d+(?:\\.\\d+)*\\s+(?:receive|get|are\\s+supported)',
    // "We'll patch to the latest version", "we fix only the latest release"
    '\\b(?:patch|fix)(?:es)?\\s+(?:only\\s+)?(?:(?:to|in|on|against)\\s+)?the\\s+(?:most\\s+recent|latest|current|newest)\\s+(?:(?:stable|published)\\s+)?(?:release|version)',
    // "Security fixes target the latest published release"
    '\\b(?:fixes|patches|updates)\\s+(?:only\\s+)?target\\s+(?:only\\s+)?(?:the\\s+)?(?:latest|most\\s+recent|current|newest|supported|maintained)\\b',
    '\\bsupport\\s+(?:every|each|all)\\s+(?:release|version)s?\\s+(?:from|of|in|released\\s+in)\\s+the\\s+(?:last|past)\\b',
    '\\b(?:updates|fixes|patches)\\s+are\\s+provided\\s+for\\s+all\\s+(?:releases|versions)\\b',
    '\\b(?:fixes|patches)\\s+(?:are|will\\s+be|get)\\s+backported\\s+to\\b',
    // "bugs reported will be fixed in `main` and backported to the previous release"
    '\\bbackported\\s+to\\s+(?:the\\s+)?(?:previous|last|latest|current|stable|supported|maintained)\\s+(?:(?:stable|major|minor)\\s+)?(?:releases?|versions?|branch(?:es)?|series)\\b',
    '\\bthe\\s+only\\s+one\\s+we\\s+(?:fix|patch|support|maintain)\\b',
    // "We recommend using the latest version of Widget to receive all security updates"
    '\\b(?:use|using|run|running|upgrade\\s+to|update\\s+to)\\s+the\\s+(?:latest|most\\s+recent|newest)\\s+(?:[\\w.-]+\\s+){0,4}?(?:version|release)s?\\b(?:[^.\\n]|\\.(?=\\w)){0,40}?\\bto\\s+(?:receive|get)\\s+(?:all\\s+)?(?:the\\s+)?(?:latest\\s+)?security\\s+(?:updates|fixes|patches)\\b',
    // "This security policy (only) applies to the most recent stable branch"
    '\\b(?:only\\s+appl(?:y|ies)|appl(?:y|ies)\\s+only|(?:policy|support)\\s+appl(?:y|ies))\\s+to\\s+(?:the\\s+)?(?:latest|most\\s+recent|newest|current)\\b(?:[^.\\n]|\\.(?=\\w)){0,30}?\\b(?:version|release|branch|major|minor)',
    // (also a release line: "Only the current 0.1.x code line is in scope for maintenance")
    '\\b(?:only|just)\\s+(?:the\\s+)?(?:most\\s+recent|latest|newest|current|last)\\b(?:[^.\\n]|\\.(?=\\w)){0,40}\\b(?:version|release|major|minor|branch|tag|line|series)s?\\b',
    // "The latest release is the supported one"
    // (or "the latest version on the default branch is the supported one")
    '\\b(?:latest|most\\s+recent|newest|current)\\s+(?:stable\\s+)?(?:version|release|major|minor)s?(?:\\s+(?:on|of|from|in)\\s+(?:[^.\\n]|\\.(?=\\w)){0,30}?)?\\s+(?:is|are)\\s+(?:the\\s+only\\s+(?:one\\s+)?)?(?:the\\s+)?supported\\b',
    // (products named between: "we support the latest stable Hub and Desktop releases")
    '\\bsupport(?:s|ed)?\\s+(?:only\\s+)?(?:the\\s+)?(?:latest|most\\s+recent|newest|current)\\s+(?:stable\\s+)?(?:[\\w.-]+\\s+(?:(?:and|&)\\s+)?){0,3}?(?:version|release|major|minor)',
    '\\b(?:security\\s+)?(?:updates|fixes|bug\\s*fixes|patches)\\s+(?:are|will(?:\\s+\\w+ly)?(?:\\s+only)?\\s+be|go)\\s+(?:\\w+ly\\s+)?(?:only\\s+)?(?:provided|released|applied|made|issued|published|backported|shipped)?\\s*(?:only\\s+)?(?:for|to|on|in|into|against)\\s+(?:the\\s+)?(?:latest|most\\s+recent|current|newest|all\\s+(?:currently\\s+)?supported|supported|maintained|active)\\b',
    '\\b(?:receives?|gets?)\\s+(?:security\\s+)?(?:fixes|updates|patches)\\b(?:[^.\\n]|\\.(?=\\w)){0,30}\\b(?:latest|current|newest|supported|maintained)\\b',
    '\\b(?:only\\s+)?(?:the\\s+)?(?:latest|newest|current|most\\s+recent)\\s+(?:stable\\s+)?(?:version|release|major|minor)s?\\s+(?:receives?|gets?)\\s+(?:security\\s+)?(?:fixes|updates|patches)',
    // "We do security patches to the latest release"
    '\\b(?:security\\s+)?(?:updates|fixes|patches)\\s+(?:\\w+\\s+){0,2}?(?:for|to|on|in|into)\\s+(?:the\\s+)?(?:latest|most\\s+recent|newest|current)\\s+(?:stable\\s+)?(?:version|release|major|minor|branch)(?:es|s)?\\b',
    '\\ball\\s+(?:currently\\s+)?(?:supported|maintained)\\s+(?:stable\\s+)?(?:versions|releases|branches)\\b',
    '\\b(?:two|three|four|\\d+)\\s+(?:most\\s+recent|latest|newest)\\s+(?:major\\s+|minor\\s+|stable\\s+)?(?:versions|releases|lines|branches)\\b',
    // "It covers how to report …, and the list of supported versions": the policy it links holds them
    '\\b(?:it|this\\s+(?:file|page|document)|the\\s+(?:canonical\\s+)?policy)\\s+(?:covers|lists|contains|includes|describes|holds)\\b[^.]{0,120}\\bsupported[- ]versions\\b',
    // "Older versions do not receive security fixes", "end-of-life versions get no fixes"
    "\\b(?:older|previous|earlier|old|end[- ]of[- ]life|eol|unsupported)\\s+(?:versions|releases|branches)\\b(?:[^.\\n]|\\.(?=\\w)){0,40}?\\b(?:(?:do|will)\\s+not|don[’']t|won[’']t)\\s+(?:receive|get)\\b",
    // "Older point releases, e.g. 1.9, are not supported" (an example's dots inside)
    '\\b(?:older|previous|earlier|old)\\s+(?:point\\s+|minor\\s+|major\\s+|patch\\s+)?(?:versions|releases|branches)\\b(?:[^.\\n]|e\\.g\\.|i\\.e\\.|\\.(?=\\w)){0,40}?\\b(?:are|is)\\s+(?:no\\s+longer|not)\\s+(?:supported|maintained)\\b',
    // "must be fixed in master and any other supported branch"
    '\\bfixed\\s+in\\s+[`*_]*(?:master|main|trunk)[`*_]*\\s+and\\s+(?:in\\s+)?(?:any|all|every)\\s+(?:other\\s+)?(?:supported|maintained|stable)\\s+(?:release\\s+)?(?:branch|version|release)(?:es|s)?\\b',
    '\\b(?:older|previous|earlier|old|end[- ]of[- ]life|eol|unsupported)\\s+(?:versions|releases|branches)\\b(?:[^.\\n]|\\.(?=\\w)){0,40}?\\b(?:receive|get)\\s+no\\s+(?:security\\s+)?(?:fixes|updates|patches)\\b',
    // "handled against the latest state of the main branch only"
    '\\bhandled\\s+(?:against|on|for)\\s+the\\s+latest\\b(?:[^.\\n]|\\.(?=\\w)){0,40}\\b(?:branch|version|release)',
    // "Only the head of main is maintained"
    '\\bonly\\s+(?:the\\s+)?(?:head|tip)\\s+of\\s+[`*_]*(?:main|master|trunk)[`*_]*\\s+(?:branch\\s+)?(?:is\\s+)?(?:maintained|supported|patched|fixed)',
    // "Versions 2.x and 3.x receive security updates"
    '\\bversions?\\s+v?\\d+(?:\\.(?:\\d+|x))*(?:\\s*(?:,|and|or|&)\\s*v?\\d+(?:\\.(?:\\d+|x))*){0,5}\\s+(?:receive|get|are\\s+supported|is\\s+supported|are\\s+maintained)\\b',
    '\\b(?:the\\s+)?only\\s+supported\\s+(?:version|release|branch)\\b',
    // A table's column named "Supported Versions" ("| CVSS | Supported Versions |"): what each row says is
    // supported, whatever the first column sorts by
    '\\|[ \\t]*supported[ \\t]+(?:versions?|releases?)[ \\t]*\\|',
    // "Supported code is the latest tagged release and the default branch"
    '\\bsupported\\s+(?:code|versions?|releases?|branch(?:es)?)\\s+(?:is|are)\\s+(?:only\\s+)?(?:the\\s+)?(?:latest|current|newest|most\\s+recent|last)\\b',
    "\\b(?:do\\s+not|don[’']t|no\\s+longer)\\s+(?:maintain|support|patch)\\s+(?:older|previous|old|earlier|past)\\s+(?:releases|versions|branches)\\b",
    '\\bonly\\s+for\\s+the\\s+(?:latest|current|newest|most\\s+recent)\\b',
    '\\bno\\s+(?:versions?|releases?)\\s+(?:are|is)\\s+(?:currently\\s+)?supported\\b',
    '\\b(?:latest|newest|current|most\\s+recent)\\s+(?:\\w+\\s+)?(?:version|release|major|minor|series)s?\\s+(?:will\\s+)?(?:receives?|gets?|is\\s+supported|are\\s+supported)\\b',
    '\\bfix(?:es)?\\s+for\\s+all\\s+(?:\\w+\\s+){0,2}(?:releases|versions|branches)\\b',
    '\\b(?:releases|versions|branches)\\s+(?:(?:which|that)\\s+are\\s+)?(?:still\\s+(?:under\\s+(?:maintenance|support)|supported|maintained)|under\\s+maintenance)\\b',
    '\\bcurrently[- ]supported\\s+(?:\\S+\\s+)?(?:releases|versions|branches)\\b',
    // Reports must concern the newest release: "relevant to the current release", "reproducible on the latest version"
    '\\b(?:relevant\\s+to|reproducible\\s+(?:on|in|with)|affects?|affecting)\\s+(?:the\\s+)?(?:current|latest|most\\s+recent|newest)\\s+(?:stable\\s+)?(?:release|version)',
    // "Applies to: Widget 0.1.x"
    '\\b(?:applies\\s+to|applicable\\s+(?:to|versions?))\\s*:[^\\n]{0,30}?\\bv?\\d+\\.(?:\\d+|x)\\b',
    // None: "security vulnerabilities will not be fixed" (of a dependency, a project says "is no longer maintained" too).
    // Only the newest line: "no backports for older versions", "only the main branch".
    '\\b(?:no|not|never|without)\\b(?:[^.\\n]|\\.(?=\\w)){0,40}\\bback-?ports?\\b',
    // "only on the current `master` branch": the branch named in code, after a preposition
    '\\bonly\\s+(?:(?:on|for|in|to|against)\\s+)?(?:the\\s+)?(?:current\\s+|latest\\s+)?`?(?:main|master|default|development|trunk)`?\\s+branch\\b',
    '\\b(?:vulnerabilities|security\\s+(?:issues|bugs))\\s+will\\s+(?:not|no\\s+longer)\\s+be\\s+(?:fixed|patched|addressed)\\b',
    // "Security updates will be made available to users of the stable channels" (the sentence may wrap)
    '\\b(?:security\\s+)?(?:updates|fixes|patches)\\s+(?:are|will\\s+be)\\s+(?:made\\s+)?available\\s+(?:only\\s+)?(?:to|for|in|on)\\b[^.]{0,60}?\\b(?:supported|stable|maintained|latest|current|lts)\\b',
    // "No security patches will be released" (an archived project): no release gets fixes.
    '\\bno\\s+(?:more\\s+|further\\s+)?(?:security\\s+)?(?:patches|fixes|updates)\\s+will\\s+be\\s+(?:released|provided|issued|published|made)\\b',
    // "only `main` is supported": the one supported line named, a branch or a release
    '\\bonly\\s+(?:the\\s+)?`?(?:main|master|trunk|default|latest|newest|current|most\\s+recent)`?(?:\\s+(?:branch|version|release))?\\s+(?:is|are)\\s+(?:currently\\s+)?(?:supported|maintained)\\b',
    // "For … supported versions …, see [the security document]": the list is kept elsewhere.
    '\\bsupported\\s+(?:versions|releases)\\b(?:[^.\\n]|\\.(?=\\w)){0,60}\\b(?:see|refer\\s+to)\\s+\\S',
  ],
  publicReporting: [
    '\\bgo\\s+to\\s+the\\s+[_“"]*issues[_”"]*\\s+tab\\b',
    // (also "rise an issue", as non-native writers spell it, and the noun in a code span: "raise an `issue`")
    '\\b(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|submit(?:ting)?|r(?:ai|i)s(?:e|ing)|post(?:ing)?|start(?:ing)?|send(?:ing)?|log(?:ging)?|register(?:ing)?)\\s+(?:us\\s+)?(?:an?\\s+|the\\s+(?=(?:new\\s+)?(?:public|github|gitlab)\\s))?(?:new\\s+)?(?:public\\s+|github\\s+|gitlab\\s+)*(?:bug\\s+(?=issue)|security\\s+(?=issue))?(?:PRs?\\s*\\/\\s*)?`?(?:issue|discussion|pull\\s+request|bug\\s+report|ticket)s?\\b',
    // "please use the GitHub Issues feature"
    '\\b(?:use|using)\\s+(?:the\\s+)?(?:github\\s+|gitlab\\s+)?issues?\\s+(?:feature|function(?:ality)?)\\b',
    // "go to issues and report it"
    '\\b(?:go|head|navigate)\\s+to\\s+(?:the\\s+)?(?:github\\s+)?issues(?:\\s+(?:tab|page|section))?\\s+and\\s+(?:report|open|create|file|submit)\\w*',
    '\\breport(?:ed)?\\s+(?:(?:it|them|this|the\\s+\\w+|\\(?suspected\\)?)\\s+)?(?:(?:security\\s+)?(?:vulnerabilit\\w*|issues?|bugs?|problems?)\\s+)?(?:in|into|on|via|through|using|to|as)\\s+(?:an?\\s+|our\\s+|the\\s+)?\\W{0,2}(?:public\\s+|github\\s+)?\\W{0,2}(?:issue\\s+tracker|issues?|bug\\s+tracker|discussions|discussion\\s+boards?|forum)\\b',
    '\\b(?:report|post|send)\\w*\\s+(?:(?:it|them|vulnerabilit(?:y|ies)|security\\s+(?:issues|bugs))\\s+)?(?:to|on)\\s+(?:a|the|our)\\s+(?:(?:public|full[- ]disclosure|oss-security)\\s+(?:mailing\\s+)?|(?:development|developers?|dev|users?|general|discussion)\\s+mailing\\s+)list',
    '\\buse\\s+the\\s+(?:\\w+\\s+)?issue\\s+template\\b',
    // "Vulnerabilities can be reported on the GitHub project, as issues"
    '\\breport(?:ed)?\\b[^.\\n]{0,40}\\bas\\s+(?:github\\s+|public\\s+)?issues\\b',
    // "we will be using the issues tab to report vulnerabilities"
    '\\b(?:use|using)\\s+the\\s+(?:github\\s+)?issues?\\s+(?:tab|page|section)\\s+(?:to|for)\\s+(?:report|disclos|security|vulnerab)',
    '\\b(?:post|report|ask|raise)\\w*\\s+(?:it\\s+|them\\s+)?(?:in|on|to|via)\\s+(?:the\\s+|our\\s+)?(?:github\\s+|gitlab\\s+)?discussions\\b',
    // "refer to the GitHub issues template for reporting bugs"
    '\\b(?:refer\\s+to|follow|see)\\s+the\\s+(?:github\\s+)?issues?\\s+templates?\\s+(?:for|to|when)\\s+report',
    // "use issues to report a vulnerability", "use GitHub Issues for security reports"
    '\\buse\\s+(?:the\\s+)?(?:github\\s+|gitlab\\s+)?(?:issues|issue\\s+tracker|bug\\s+tracker)\\s+(?:to\\s+(?:report|disclose|submit|file|tell)|for\\s+(?:security|vulnerabilit|report))\\w*',
    // "contact the maintainers through GitHub Issues", "report it in the repository's issue-page"
    // (the words between hold no negation: "contact here. Please do not report … through GitHub issues")
    // (not "included in Known Issues", a list of known problems)
    "\\b(?:report|post|submit|file|raise|contact)\\w*\\b(?:(?!\\b(?:not|never|don[’']?t)\\b)[^.,;\\n]){0,60}?\\b(?:in|on|via|through|using|with)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:github\\s+|gitlab\\s+)?(?:(?<!\\bsecurity\\s)issues?[- ](?:page|tracker|tab|board|section)|(?<!\\bknown\\s)issues)\\b",
    // "write to GitHub Issues with the label security": the tracker by its product name
    '\\b(?:write|post|send|report|submit|raise|file)\\w*\\s+(?:(?:it|them|this|that)\\s+)?(?:to|on|in|at)\\s+(?:the\\s+)?(?:github|gitlab)\\s+issues\\b',
    // "post your concern as an issue to GitHub", "create detailed reports as an issue"
    '\\b(?:post|creat|submit|fil)\\w*\\s+(?:[\\w-]+\\s+){0,3}?as\\s+an?\\s+(?:github\\s+)?issue\\b',
    // "if you find a vulnerability put it on git hub": the forge alone, no private word after it, is its issues
    '\\b(?:report|put|post|submit|share)\\w*\\s+(?:it|them|this|that|(?:the\\s+)?(?:vulnerabilit(?:y|ies)|issues?|bugs?|problems?))\\s+on\\s+git\\s?hub\\b(?![^.\\n]{0,40}\\b(?:privat\\w*|confidential\\w*|advisor\\w*|security\\s+tab|pvr)\\b)',
    // "raise security concerns as regular issues"
    '\\b(?:raise|report|file|open|submit)\\w*\\s+(?:[\\w-]+\\s+){0,3}?as\\s+(?:a\\s+)?(?:regular|normal|ordinary|public|standard)\\s+(?:github\\s+)?issues?\\b',
  ],
  reportingWords: [
    '\\binform(?:s|ed|ing)?\\b',
    '\\bfile\\s+(?:an?|the)\\s+(?:\\w+\\s+){0,2}?(?:bug|report|issue|ticket)s?\\b',
    '\\b(?:report|contact|e-?mail|reach(?:\\s+out)?|notify|tell|send(?!ers?\\b)|submit|disclose|write\\s+to|message|alert|let\\s+(?:us|me|the\\s+\\w+)\\s+know|get\\s+in\\s+touch|drop\\s+(?:us|me)\\s+a|raise\\s+(?:it|them|this)\\b|rais(?:e|ed|ing)\\s+(?:\\w+\\s+){0,2}?with\\b)\\w*',
    '\\buse\\s+(?:the|our|this|that)\\s+(?:\\w+\\s+)?(?:form|portal|page|tab|button|link|address|channel)\\b',
    '\\bfill\\s+(?:in|out)\\b',
  ],
  commonWords: [
    '\\b(?:the|and|or|of|to|in|on|for|with|by|at|as|it|is|are|be|was|will|can|this|that|these|here|there|yet|not|no|nothing|any|all|if|you|your|we|our|us|please|a|an)\\b',
  ],
  vulnerabilityWords: ['\\bvulnerab\\w*', '\\bsecurity\\s+(?:issue|bug|problem|concern|flaw|report|finding)s?\\b'],
  // "Private reporting is disabled for this repository": a channel switched off.
  negations: [
    "\\b(?:not|never|don[’']?t|do\\s+not|avoid|instead\\s+of|rather\\s+than|refrain|disabled|unavailable|(?:turned|switched)\\s+off)\\b|n[’']t\\b",
  ],
  idiomaticNegations: [
    "\\b(?:do\\s+not|don[’']?t|never)\\s+(?:hesitate|worry|forget|fail)\\b",
    "\\b(?:not|n[’']t)\\s+(?:sure|certain)\\b",
    // "nothing is too minor to report", "no issue is too small"
    '\\b(?:nothing|no\\s+(?:\\S+\\s+)?\\S+)\\s+(?:is|are|seems)\\s+too\\s+(?:small|minor|trivial|insignificant)\\b',
  ],
  contrasts: ['\\binstead\\s+of\\b|\\brather\\s+than\\b'],
  otherMatters: [
    '\\b(?:non[- ]?security|unrelated\\s+to\\s+security|other\\s+(?:bugs|issues)|feature\\s+requests?|general\\s+(?:bugs|questions)|regular\\s+bugs|suggest\\w*|improvements?|enhancements?|low[- ]risk|non[- ]sensitive|minor|(?:not|non)[- ]exploitable|unexploitable|cannot\\s+be\\s+exploited)\\b',
    // "a regular issue", "un issue regular": an ordinary ticket, not a vulnerability report
    '\\b(?:regular|normal|ordinary)\\s+(?:github\\s+)?(?:issues?|bug\\s+reports?|tickets?)\\b',
  ],
  clauseBreaks: [
    '\\binstead\\b(?!\\s+of\\b)',
    '\\b(?:but|rather)\\b(?!\\s+than\\b)',
    '\\bplease\\b',
    // "Do not open a public issue and send me a Discord message": the second instruction is not the first's
    '\\band\\s+(?=(?:then\\s+)?(?:send|e-?mail|write|contact|message|dm|ping|reach|report|use|submit|open)\\b)',
  ],
  privateReporting: [
    // "go to security, then to advisories, then report it there": the repository's menu in words
    '\\bsecurity(?:\\s+tab)?["”\']?\\s*,?\\s*(?:and\\s+)?then\\s+(?:go\\s+)?(?:to\\s+|click\\s+|open\\s+)?(?:the\\s+)?["“\']?(?:advisories|report\\s+a\\s+vulnerability)\\b',
    // "through GitHub's private channel", "the private security channel on GitHub"
    // (or the hosting platform's, GitHub unnamed: "through the hosting platform's private security-reporting channel")
    "\\b(?:github|gitlab|(?:code\\s+)?hosting\\s+platform)(?:['’]s)?\\s+private\\s+(?:security\\s+)?channel\\b",
    '\\bprivate\\s+(?:security\\s+)?channel\\s+(?:on|of|in)\\s+github\\b',
    // A ticket made private by its own option: "mark it as confidential", "tick the private box".
    '\\b(?:mark|set|flag|make)(?:s|ed|ing)?\\s+(?:it|this|them|the\\s+(?:issue|ticket|report|bug))\\s+(?:as\\s+)?[_"“\'‘]*(?:private|confidential)\\b',
    '\\b(?:tick|check|select|enable)(?:s|ed|ing)?\\s+(?:the\\s+)?[_"“\'‘]*(?:private|confidential)[_"”\'’]*\\s+(?:option|box|checkbox|flag|setting)\\b',
    // The entry GitHub's new-issue chooser shows when private reporting is on
    '\\b(?:click|choose|select|pick|use)\\s+(?:the\\s+)?_*[“"\'‘]?report\\s+a\\s+security\\s+vulnerability\\b',
    "\\b(?:github(?:['’]s)?\\s+)?private\\s+reporting\\s+(?:feature|tool|form|option)\\b",
    // "check the repository settings for private reporting": the feature found where the repository keeps it
    "\\b(?:repository|repo|project)(?:['’]s)?\\s+(?:security\\s+)?settings\\s+(?:for|to\\s+(?:use|find))\\s+(?:its\\s+|the\\s+)?private\\s+(?:(?:security|vulnerability)\\s+)?reporting\\b",
    '\\bprivate(?:ly)?[ -]vulnerability[ -]report\\w*',
    // "open a private report through GitHub", "report it privately via GitLab": its private reporting, unnamed
    '\\bprivate\\s+(?:(?:security|vulnerability)\\s+)?report(?:s|ing)?\\s+(?:through|via|on|in|using)\\s+(?:the\\s+)?(?:github|gitlab)\\b',
    '\\breport\\w*\\s+(?:(?:it|this|them|vulnerabilities|issues)\\s+)?privately\\s+(?:through|via|on|in|using)\\s+(?:the\\s+)?(?:github|gitlab)\\b',
    // "privately report it to us through GitHub"
    '\\bprivately\\s+(?:report|disclose|submit)\\w*\\s+(?:(?:it|this|them|vulnerabilities|issues)\\s+)?(?:to\\s+(?:us|me|the\\s+maintainers?)\\s+)?(?:through|via|on|in|using)\\s+(?:the\\s+)?(?:github|gitlab)\\b',
    // "GitHub Issues marked as **private/security**"
    '\\b(?:issues?|tickets?|reports?|bugs?)\\s+(?:marked|flagged|set)\\s+(?:as\\s+)?[_"“\'‘]*(?:private|confidential)\\b',
    // Launchpad, Bugzilla: a bug marked as a security one is hidden from the public.
    '\\bmark\\w*\\s+(?:it|them|the\\s+(?:bugs?|reports?|issues?))\\s+as\\s+(?:an?\\s+)?(?:private\\s+)?security\\s+(?:vulnerabilit(?:y|ies)|bugs?|issues?)\\b',
    // (after a tracker's name or a bug in its sentence: a cloud's "security group (SSH restricted to …)" is a firewall)
    '(?<=\\b(?:bugs?|bugzilla|tracker|launchpad|jira)\\b[^.\\n]{0,80})\\bsecurity\\s+(?:component|product|group|flag)\\b[^.\\n]{0,60}\\b(?:hidden|restricted|private|confidential)\\b',
    // Bugzilla: 'with the "Security" group checked'
    // (From the word: a leading run of quotes or emphasis marks would be tried at every character of a long run of them.)
    '\\bsecurity[_"”\'’]*\\s+(?:group|flag|box|checkbox)\\s+(?:is\\s+)?(?:checked|ticked|selected|set)\\b',
    // "the Security tab", "the Security-Tab" (hyphenated as German and Dutch compounds are)
    '\\bsecurity[-\\s]+tab\\b',
    // "via the repository's Security page"
    '\\b(?:repository|repo|project)(?:[\'’]s)?\\s+[_"“]?security[_"”]?\\s+(?:page|tab|section)\\b',
    // The button, "Report a vulnerability" (its page title says "Privately report a vulnerability")
    // (or the title of the page it opens, "Privately report a security vulnerability")
    '["“„\'*`「『«‹](?:privately\\s+report\\s+(?:a\\s+)?(?:security\\s+)?|report\\s+(?:a\\s+)?)vulnerability["”“\'*`」』»›]',
    // The button's English name in brackets after its translation: "**Zgłoś lukę** (Report a vulnerability)"
    '[(（]\\s*report\\s+(?:a\\s+)?vulnerability\\s*[)）]',
    // The way to GitHub's button, in a sentence of any language: "(Security tab → Report a vulnerability)"
    '(?:→|->|›|»)\\s*[*_"“\'`«]*report\\s+(?:a\\s+)?vulnerability\\b',
    '\\breport\\s+(?:a\\s+)?vulnerability\\W{0,3}\\s+(?:button|tab|link|form|feature|function|option)',
    '\\bclick\\w*\\s+(?:on\\s+)?(?:the\\s+)?\\W?report\\s+(?:a\\s+)?vulnerability',
    // "GitHub's (built-in) private vulnerability reporting", "GitHub's PVR feature"
    "\\bgithub(?:[’']s)?\\s+(?:(?:built-?in|native|integrated|own)\\s+)?(?:private\\s+)?(?:(?:security|vulnerability)\\s+)+report(?:ing)?\\b",
    "\\bgithub(?:[’']s)?\\s+PVR\\b|\\bPVR\\s+(?:feature|form|button|tab)\\b",
    '\\bprivate\\s+security[\\s-]+(?:report(?:ing)?|advisory)\\b',
    '\\bprivate\\s+vulnerabilit(?:y|ies)\\s+disclosure\\b',
    // "using the GitHub private vulnerability feature": the feature named without "reporting"
    '\\bprivate\\s+(?:security\\s+)?vulnerabilit(?:y|ies)\\s+(?:feature|form|tool|button|system|function(?:ality)?|mechanism|option|flow)\\b',
    '\\b(?:draft|private|confidential|new)\\s+(?:github\\s+)?security[\\s-]+advisor(?:y|ies)\\b',
    '\\bdraft\\s+(?:github\\s+)?advisor(?:y|ies)\\b',
    '\\bprivate\\s+(?:github\\s+)?advisor(?:y|ies)\\b',
    "\\bgithub(?:'s)?\\s+security[\\s-]+advisor(?:y|ies)\\b",
    '\\bsecurity[\\s-]+advisor(?:y|ies)\\s+(?:tab|page|form|feature)\\b',
    // 'the "Advisories" tab' of the Security page
    '\\badvisories\\W{0,3}\\s+tab\\b',
    '\\bconfidential\\s+issue\\b',
    // "Security Advisory (Private)", in a sentence of any language
    '\\bsecurity[\\s-]+advisor(?:y|ies)\\s*[（(]\\s*private\\s*[)）]',
    // GitLab's checkbox: "This issue is confidential and should only be visible to team members"
    '\\bthis\\s+issue\\s+is\\s+confidential\\b',
    "\\b(?:use|using|via|through|create|creating|open|opening|submit|submitting|file|filing|writ(?:e|ing)(?:\\s+up)?)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:new\\s+)?(?:github(?:[’']s)?\\s+)?security[\\s-]+advisor(?:y|ies)\\b",
    // "open a GitHub issue or security advisory": the verb's second object
    "\\b(?:create|open|submit|file)\\s+(?:an?\\s+)?(?:github\\s+)?issue\\s+or\\s+(?:an?\\s+)?(?:github(?:[’']s)?\\s+)?security[\\s-]+advisory\\b",
    // "through the repository's security reporting process": GitHub's private reporting, in other words
    "\\b(?:repository|repo)(?:['’]s)?\\s+(?:own\\s+|built-?in\\s+)?(?:private\\s+)?(?:security|vulnerability)\\s+report(?:ing)?\\s+(?:process|feature|flow|workflow|form|tool|option|mechanism)\\b",
  ],
  securityTabNames: ['\\bsecurity'],
  securityTabItems: ['report', 'advisor', 'private', 'new\\s+draft', 'vulnerability\\s+report'],
  privateIssues: [
    // Also in the words of another language around the English name ("ouvrir une *private security issue*").
    '\\b(?:open|create|file|submit|raise|ouvr\\w*|cr[ée]\\w*|cri\\w*|abr\\w*|apr\\w*)\\s+(?:an?\\s+|une?\\s+|uma?\\s+|una?\\s+)?_*private\\s+(?:security\\s+)?issue\\b',
    // "report it privately via email or a private repository issue"
    // (No class of stars after white space: throughEmphasis lets the white space take them; see there.)
    '\\b(?:an?|via|through|in|using|with|or)\\s+_*private\\s+(?:repository\\s+|repo\\s+|github\\s+|security\\s+)?issues?\\b',
    // GitLab's quick action that makes an issue confidential, named as the way
    '(?<![\\w/])\\/confidential\\b',
  ],
  detailsWithheld: [
    '\\bwithout\\s+(?:revealing|disclosing|including|sharing|giving|posting|describing|mentioning)\\s+(?:any\\s+)?(?:the\\s+)?(?:\\w+\\s+)?(?:details|specifics|vulnerability|issue\\s+itself|problem\\s+itself)',
  ],
  maintainersAsSubject: [
    // "we will move the discussion to a private advisory", "ask a maintainer to convert it into an advisory"
    "\\b(?:we|we'll|we’ll|(?:the|a|our)\\s+maintainers?)(?:\\s+(?:will|would|then|immediately|can|may))*\\s+(?:move|convert|turn|transfer)\\w*\\s+(?:the\\s+discussion|the\\s+issue|the\\s+report|it|this)\\s+(?:to|into)(?:\\s+(?:a|an|the))?",
    // "We will add you as a collaborator to a GitHub Security Advisory": the maintainers' step after first contact
    "\\b(?:we|we'll|we’ll|(?:the|a|our)\\s+maintainers?)(?:\\s+(?:will|would|then|can|may))*\\s+(?:add|invite)\\s+you(?:\\s+as\\s+(?:an?\\s+)?[\\w-]+)?\\s+(?:to|into|on)(?:\\s+(?:a|an|the))?",
    '\\bask\\w*\\s+(?:a|the)\\s+maintainers?\\s+to\\s+(?:convert|move|turn)\\s+(?:it|the\\s+issue)\\s+into(?:\\s+(?:a|an))?',
    "\\b(?:we|we'll|we’ll|(?:the|a|one of the|our)\\s+(?:security\\s+)?(?:maintainers?|team|developers?|owners?))(?:\\s+(?:will|would|shall|may|can|then|also|first|usually|typically|might|either))*(?:\\s+(?:open|create|file|draft|publish|issue|raise)(?:s|ed)?)?(?:\\s+(?:a|an|the))?",
  ],
  privateWords: ['\\b(?:private(?:ly)?|confidential(?:ly)?|non-public|discreet(?:ly)?|in\\s+confidence)\\b'],
  featureWords: ['\\b(?:feature|function(?:ality)?|button|tab|form|portal|advisor(?:y|ies))\\b'],
  repositoryOwner: [
    "\\b(?:repository|repo|project)(?:['’]s)?\\s+(?:owner|author|maintainer)s?\\b",
    '\\b(?:owner|author|maintainer)s?\\s+of\\s+(?:the|this)\\s+(?:repository|repo|project)\\b',
  ],
  // (a mod's or plugin's page on the platform it is published on shows its author's contact)
  profileWords: ['\\bprofile\\b', "\\b(?:mod|plugin|extension|add-?on)(?:['’]s)?\\s+page\\b"],
  contactDetailWords: ['\\bcontact\\s+(?:details|info(?:rmation)?)\\b'],
  privateMessages: [
    '\\b(?:dm|dms|pm|direct(?:ly)?\\s+messages?|private\\s+messages?|message\\s+(?:me|us)\\s+privately)\\b',
  ],
  templatePhrases: [
    '\\bversions\\s+of\\s+your\\s+project\\s+are\\s+currently',
    '\\btell\\s+(?:people|users)\\s+how\\s+to\\s+report',
  ],
  templateOpeners: [
    'use\\s+this\\s+section\\s+to\\s+(?:tell|inform)\\s+(?:people|users|others|readers)',
    'tell\\s+them\\s+where\\s+to\\s+go,?\\s+how\\s+often',
  ],
  yourWords: ['your', 'my'],
  // "(This email is fictional)": the author says the value is not a real one.
  exampleLeads: ['\\be\\.\\s?g\\.', '\\beg\\b', '\\bfor\\s+example\\b', '\\bexample\\s*[:：]', '\\bex\\.'],
  replaceHints: [
    '\\b(?:replace|change|substitute)\\s+(?:this|it|me|with)\\b',
    '\\bplaceholder\\b',
    // "security@acme.dev (or your contact address)": the template's note to put in one's own
    '\\bor\\s+your\\s+(?:own\\s+)?(?:contact\\s+)?(?:e-?mail\\s+)?address\\b',
    '\\bcreate\\s+this\\s+(?:e-?mail|address|mailbox)\\b',
    '\\b(?:is|are)\\s+(?:a\\s+)?(?:fictional|fictitious|fake|dummy|made[- ]up|not\\s+(?:a\\s+)?real)\\b',
    // "`sovereign@acme.dev` (Simulated)": the value's own note that it is not real
    '\\((?:simulated|fictional|fictitious|fake|dummy|made[- ]up|not\\s+(?:a\\s+)?real)\\)',
  ],
  fillVerbs: [
    'insert',
    'enter',
    'paste',
    'fill[ -]?in',
    'replace(?:\\s+with)?',
    'type',
    'provide',
    'put',
    'add\\s+(?:your|the|a|an|any|link|email|contact|name|url)',
    // "[List any security contributors here]" (not "[List of …]", a title)
    'list\\s+(?:any|all|the|your)',
    'configure',
    'specify',
    'set\\s+(?:up\\s+)?(?:your|the|a|an)',
  ],
  hereWords: ['here'],
  fieldWords: [
    'E ?MAIL',
    'NAME',
    'NUMBER',
    'ROLE',
    'URL',
    'LINK',
    'PROJECT',
    'ADDRESS',
    'CONTACT',
    'COMPANY',
    'ORG',
    'ORGANI[SZ]ATION',
    'DOMAIN',
    'VERSION',
    'DATE',
    // a time left to state ("acknowledged within [Response Time]", "[timeframe]")
    'TIME',
    'TIME ?FRAME',
    'KEY',
    'FINGERPRINT',
    'TEAM',
    'REPO',
    'REPOSITORY',
    'USERNAME',
    'HANDLE',
    'PHONE',
    'WEBSITE',
    'PRODUCT',
    'DESCRIPTION',
    'MAINTAINERS?',
    'AUTHORS?',
    'OWNERS?',
    'AUDITORS?',
    'VENDORS?',
    // a legal template's ("governed by the laws of [Jurisdiction]")
    'JURISDICTION',
    'COUNTRY',
    'CITY',
    'REGION',
  ],
  // ("subject to change" is no subject line)
  reportFieldLabels: ['subject(?!\\s+to\\b)(?:\\s+line)?', 'title'],
  publicLists: ['\\bpublic\\s+(?:(?:mailing|discussion|developers?|development|dev|users?|general)\\s+){0,2}list\\b'],
  publicListStatements: [
    '\\bpublicly\\s+(?:archived|readable|visible)',
    '\\barchived\\s+(?:publicly|in\\s+public)',
    '\\bpublic\\s+archives?\\b',
    '\\b(?:list|group|it)\\s+is\\s+(?:public|kept\\s+open)\\b',
    '\\bopen\\s+to\\s+(?:everyone|anyone|the\\s+public)\\b',
    '\\b(?:anyone|everyone)\\s+(?:may|can)\\s+(?:subscribe|join)\\b',
    '\\barchives?\\s+(?:is|are)\\s+public\\b',
    '\\bthreads\\s+can\\s+be\\s+browsed\\b',
  ],
  questionWords: ['\\bquestions'],
  repositoryPages: ['\\b(?:repository|repo|project)\\s+page\\b'],
  exampleColumns: ['patterns?', 'examples?', 'samples?', 'formats?', 'inputs?', 'regex(?:es)?', 'matche[sd]'],
};
