import type { LanguageData } from './language';

export const zhHans: LanguageData = {
  code: 'zh-Hans',
  headings: {
    // Not 支持范围, the scope of support: as often the components covered as the versions.
    'supported-versions': ['支持的版本', '受支持的版本', '版本支持', '支持版本', '受?支持的?分支'],
    'report-contents': ['报告内容', '报告应包含'],
    response: ['响应时间', '响应流程', '处理流程'],
    reporting: ['报告', '上报', '反馈'],
    disclosure: ['披露', '公开'],
    scope: ['范围'],
    'bug-bounty': ['赏金', '奖励'],
    acknowledgments: ['致谢'],
    encryption: ['加密'],
  },
  // 日 after a numeral counts only with "within" (七日内): alone it may be a date (十二月五日).
  timePhrases: ['[一二三四五六七八九十两]+(?:个)?(?:工作日|营业日|日历日|自然日|小时|天|周|个月|日(?:之|以)?内)'],
  // "发布后至少 6 个月内接收安全更新": how long a release gets fixes, counted from the release.
  notTimeframeLeads: [
    // "每 7 天": every seven days, how often; not how soon.
    '(?:每隔|每)\\s*',
    // "超过七天的文件会被删除": an age (older than), not a wait
    '(?:超过|超出)\\s*',
    '(?:发布|发行)(?:之)?后\\s*(?:至少)?[\\s*_]*',
    // "会话默认 7 天过期", "可信设备最长 30 天": how long a session, token or device stays valid
    '(?:会话|令牌|token|cookie|设备|登录|密钥|证书|验证码)[^。，,；;\\n]{0,12}?',
    // "归档保留 90 天": how long data is kept
    '(?:保留|保存|留存|轮转)[^。，,；;\\n]{0,6}?',
    // "4月1日": a date (the first of April), not one day
    '月',
  ],
  // "7 天后删除", "7 天过期", "30 天内有效": when data is deleted or expires, not how soon reporters hear back
  // ("一天超过 8MB 时": a quantity a day exceeds, not a wait)
  notTimeframeTails: ['(?:之?后)?(?:删除|清除|清理|过期|失效)', '(?:内)?(?:保留|保存)', '内有效', '\\s*(?:超过|超出)'],
  durationUnits: {
    'business-day': '个?(?:工作日|营业日)',
    hour: '个?小时',
    // "30 个日历日内", "7 个自然日": calendar days
    day: '个?(?:日历日|自然日)|天|日',
    week: '周|个?星期',
    month: '个月',
  },
  responseWords: ['(?:回复|答复|回应|响应|确认收到|联系您)'],
  versionStatements: [
    // "支持范围：npm 上 latest 的那个版本。没有长期支持分支": the one version that gets fixes
    '支持范围\\s*[:：][^。\\n]{0,40}版本',
    '没有(?:长期支持|LTS|维护)\\s*(?:的)?\\s*(?:分支|版本)',
    // "安全修复以当前快照为评估对象": fixes are judged against the current snapshot (so only it gets them)
    '安全修复[^。\\n]{0,12}?(?:当前|最新)(?:快照|版本|发布|分支)',
    '仅维护[^。\\n]{0,15}(?:分支|版本)',
    // "只有 `main` 分支的最新状态会被修正"
    '(?:只有|仅|只)[^。\\n]{0,20}?(?:分支|版本)[^。\\n]{0,12}?(?:会被|将被|会|将)?(?:修正|修复|维护|支持)',
    // "默认仅支持 main 分支最新提交"
    '(?:仅|只)(?:支持|维护|修复)[^。\\n]{0,20}?(?:分支|版本|提交)',
    '(?:当前|最新)(?:的)?(?:分支|版本|发布|release)[^。\\n]{0,6}修复',
    // "默认分支接收当前修复": the branch the fixes go to
    '(?:默认|主|main|master)\\s*分支(?:接收|获得|得到|包含)[^。\\n]{0,8}修复',
    '修复[^。\\n]{0,20}(?:当前|最新)(?:的)?(?:分支|版本)',
    '(?:仅|只)(?:支持|维护)(?:最新|当前)',
    // "仅对 `a` 和 `b` 分支的当前版本进行…": only the branches' current versions
    '(?:仅|只)对[^。\\n]{0,40}?(?:分支|版本)的?(?:当前|最新)',
    // "尚未发布，目前没有受支持版本": no version is supported yet, which is a statement too
    '(?:没有|尚无|暂无)(?:任何)?受?支持(?:的)?版本',
    '最新(?:的)?(?:已)?(?:稳定|发布|发行|正式)?(?:的)?版本',
    // "`main` 是受支持的开发版本": this one is the supported version
    '(?<!不|并不)是(?:当前|目前)?(?:唯一)?(?:的)?受?支持的[^。，,\\n]{0,10}?(?:版本|分支)',
    // "适用：Widget 0.1.x" ("applies to")
    '适用(?:于|范围|版本)?\\s*[:：][^\\n]{0,30}?v?\\d+\\.(?:\\d+|x)',
    // "安全修复覆盖当前维护的发布线": where the fixes go
    '安全(?:修复|更新|补丁)[^。\\n]{0,12}(?:覆盖|提供给|适用于|针对|面向)[^。\\n]{0,24}(?:最新|当前|默认分支)',
    // "安全修复以最新的 `main` 为目标", "以 `main` 分支的最新状态为主要维护对象": what fixes aim at
    '以[^。\\n]{0,30}?(?:分支|版本|main)[^。\\n]{0,12}?为(?:主要)?(?:维护|修复|支持)?(?:对象|目标|优先)',
    // "当前支持最新的 `v0.1.x` tag"
    '(?:当前|目前)(?:仅|只)?(?:支持|维护)(?:的)?(?:最新|当前)',
    // "漏洞修复进入主开发线": the line fixes go into
    '修复[^。\\n]{0,4}(?:进入|合入|合并到|提交到|进到)[^。\\n]{0,8}(?:主|main|master|开发|默认)',
    // "不为旧快照提供回溯补丁", "旧版本……不提供安全支持": none for older ones
    '(?:不|不会)(?:为|对)旧[^。\\n]{0,8}(?:提供|发布)[^。\\n]{0,6}(?:补丁|修复|支持)',
    '旧(?:版本|快照|发布)[^。\\n]{0,30}?不(?:再)?(?:提供|获得|接收)[^。\\n]{0,4}(?:安全)?(?:支持|修复|更新|补丁)',
    // "当前维护默认分支和最新 App Alpha"
    '(?:当前|目前)(?:只|仅)?维护[^。，,\\n]{0,10}?(?:分支|版本)',
  ],
  publicReporting: [
    '(?:提交|创建|提|新建|开)\\s*(?:一个|个)?\\s*(?:github\\s*(?:的)?\\s*)?issue',
    // "开一个最小化的公开 issue": an issue said to be public, what kind said before it
    '(?:提交|创建|新建|开|发)\\s*(?:一个|个)?\\s*(?:[\\u4e00-\\u9fff]{1,6}的)?\\s*公开的?\\s*issue',
    // "提交可复现 issue": what kind of issue said between (not one already filed, "提交的 issue", nor a private one)
    '(?:提交|创建|新建)\\s*(?:一个|个)?\\s*(?![的过了到])(?:(?!私密|私有|私人|机密|保密)[\\u4e00-\\u9fff]){1,6}?的?\\s*issue',
    // "把漏洞报告到 issues", "在 Issues 中报告": the tracker named as where a report goes.
    '(?:报告|提交|反馈|发布)[^。，,；\\n]{0,12}?(?:于|在|到|至|通过)\\s*(?:github\\s*(?:的)?\\s*)?(?:issues?|discussions)',
    '(?:在|通过|于|到)\\s*(?:github\\s*(?:的)?\\s*)?(?:issues?|discussions)\\s*(?:中|里|页面|上)?\\s*(?:报告|提交|反馈|描述|说明)',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '非安全(?:相关)?|与安全无关|一般(?:性)?(?:的)?(?:代码)?(?:问题|错误|bug)|普通(?:的)?(?:问题|错误|bug)|功能(?:请求|建议)',
  ],
  // "请走厂商渠道": go through (a named) channel
  reportingWords: ['(?:报告|联系|反馈|邮件|发送|告知|提交|通知|私信)', '表单', '(?:走|通过|经由)[^。\\n]{0,6}渠道'],
  commonWords: ['(?:的|我们|请|是|在)'],
  vulnerabilityWords: ['(?:漏洞|安全问题|安全隐患|安全报告)'],
  // 暂不提供 / 暂无 / 尚无 / 没有: "not offered (yet)", "there is none (yet)", "we have no …".
  // (未 only before a verb of setting up: 未公开的漏洞 is "an undisclosed vulnerability")
  negations: [
    '(?:不要|请勿|切勿|不得|而不是|暂不|不提供|暂无|尚无|尚未|没有|并无|未(?:验证|启用|开启|开通|配置|设置))',
  ],
  idiomaticNegations: ['(?:不要|请不要|别)(?:犹豫|忘记|忘了)|(?:不用|不必)担心', '不确定'],
  contrasts: ['而不是'],
  clauseBreaks: ['(?:而是|但是|请改用|请使用)'],
  // 私下 ("privately") alone says how to report, not where; 私下漏洞报告 names GitHub's private reporting.
  privateReporting: [
    // 勾选「私有」: the ticket made private by its own option (Gitee, GitLab).
    '(?:勾选|选中|设为|设置为|标记为|标为)\\s*[「『“"【]?\\s*(?:私有|私密|保密|机密|非公开)',
    'github\\s*(?:仓库|存储库|项目)?(?:的)?\\s*(?:私密|私有|私人)(?:的)?\\s*(?:安全)?(?:渠道|通道)',
    '(?:私密|私有|非公开)(?:的)?\\s*安全(?:公告|咨询)',
    // "走仓库的私密 Security Advisory", "使用私密 advisory"
    '(?:私密|私有|非公开)(?:的)?\\s*(?:security\\s*)?advisor',
    'security[」』”"]?\\s*(?:标签页|选项卡|标签)',
    // (emphasis may open before the feature's name: "使用 GitHub 的 **Security advisories**")
    '(?:提交|创建|新建|发起|使用|通过)\\s*(?:一个|一份|一则)?\\s*github\\s*(?:的\\s*)?[*_]*\\s*(?:security|安全)(?!\\s*(?:issue|问题|公告))',
    // 「安全」标签页, "安全"选项卡 (the tab's name quoted)
    '安全[」』”"]?\\s*(?:选项卡|标签页)',
    // 安全公告 ("security advisory") alone is also what a project publishes after a fix.
    '(?:使用|通过|提交|创建|新建|发起|经由)\\s*(?:一个|一份|一则|一条)?\\s*(?:github\\s*(?:的\\s*)?)?(?:私密|私有)?(?:的)?安全公告',
    '(?:私有|私密|私人)(?:的)?(?:安全|漏洞)*(?:报告|披露|通报)',
    '私下(?:的)?(?:安全|漏洞)+(?:报告|披露|通报)',
    'github\\s*(?:的\\s*)?(?:私密|私有|私人|非公开)?\\s*(?:的\\s*)?security\\s+advisor',
    // "开 security advisory", "开 GitHub issue 或 security advisory": opened by the reporter, GitHub's form
    '(?:开|开启|提|提交|创建|新建|发起)\\s*(?:一个|一個|一份)?\\s*(?:github\\s*)?(?:issue\\s*(?:或|或者|或是)\\s*)?security\\s+advisor',
  ],
  securityTabNames: ['安全'],
  securityTabItems: ['报告', '提交', '举报', '私', '安全公告', '漏洞'],
  privateIssues: ['(?:私密|私有|私人|机密|保密)\\s*(?:的\\s*)?issue'],
  // ("维护者应在发布页提供私有报告渠道": the maintainers should offer one, a step of theirs, not a way given)
  maintainersAsSubject: [
    '(?:我们|维护者|团队)(?:将|会|应该|应|随后|然后|就)*(?:在[^，。,\\n]{0,10})?(?:创建|开启|打开|发布|提供)?(?:一个)?',
  ],
  privateWords: ['(?:私下|私密|私有|私人|非公开|保密)'],
  featureWords: ['(?:功能|按钮|选项卡|标签页|表单)'],
  repositoryOwner: ['(?:仓库|存储库|项目)(?:的)?(?:所有者|拥有者|作者)'],
  // (a mod's or plugin's page on the platform it is published on shows its author's contact)
  profileWords: ['个人主页', '(?:模组|插件|扩展|项目|作者)(?:的)?(?:页面|主页)'],
  contactDetailWords: ['联系方式'],
  privateMessages: ['私聊', '私信'],
  templatePhrases: ['项目的哪些版本', '项目的哪个版本'],
  templateOpeners: [
    '(?:使用|用|利用)(?:此|这个|本|这一)(?:部分|节|章节|小节|段落|区段|区块)(?:来|以)?(?:告诉|告知|说明|向)',
    '告诉他们(?:去哪里|在哪里|往哪里)',
  ],
  exampleDomains: ['示例'],
  exampleLeads: ['例如', '示例'],
  // "[填写安全邮箱]": the verb first, no space after it ("输入" only before what is entered: "[输入验证]" is input validation)
  fillInstructions: [
    '^\\s*请?(?:填写|填入|插入|添加)\\S',
    '^\\s*请?输入\\s*(?:你的|您的)?\\S{0,8}?(?:邮箱|邮件|地址|联系方式|电话|网址|链接|名称)',
  ],
  replaceHints: ['请?替换'],
  // (with the mail's own: "【邮件标题】[安全漏洞] + 简要描述")
  reportFieldLabels: ['(?:邮件)?主题', '(?:邮件)?标题'],
  // Field names a template puts in brackets: `【邮箱地址】`, `[安全团队邮箱]`
  // ("[你的邮箱]": "your" written before it)
  fieldWords: ['(?:你的|您的)?(?:安全)?(?:团队)?(?:联系)?(?:邮箱|电子邮件|邮件)(?:地址)?', '(?:项目)?名称', '联系方式'],
  publicLists: ['公开(?:的)?(?:邮件列表|郵件列表)'],
  questionWords: ['疑问'],
  repositoryPages: ['仓库(?:主页|页面)'],
  exampleColumns: ['模式', '示例', '格式', '样例', '例子'],
};
