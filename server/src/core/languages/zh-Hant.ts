import type { LanguageData } from './language';

export const zhHant: LanguageData = {
  code: 'zh-Hant',
  headings: {
    'supported-versions': ['支援的版本', '受支援的版本', '支援版本', '受?支援的?分支'],
    response: ['回應時間', '處理流程'],
    reporting: ['回報', '報告', '通報'],
    disclosure: ['揭露', '披露'],
    scope: ['範圍'],
    acknowledgments: ['致謝'],
    encryption: ['加密'],
  },
  // 日 after a numeral counts only with "within" (七日內): alone it may be a date (十二月五日).
  timePhrases: [
    '[一二三四五六七八九十兩]+(?:個)?(?:工作天|工作日|營業日|日曆日|自然日|小時|天|週|個月|日(?:之|以)?內)',
  ],
  // "发布后至少 6 个月内接收安全更新": how long a release gets fixes, counted from the release.
  notTimeframeLeads: [
    // "每 7 天": every seven days, how often; not how soon.
    '(?:每隔|每)\\s*',
    '(?:發佈|發布|發行)(?:之)?後\\s*(?:至少)?[\\s*_]*',
    // "工作階段預設 7 天過期": how long a session, token or device stays valid
    '(?:會話|工作階段|權杖|令牌|token|cookie|裝置|設備|登入|金鑰|憑證|驗證碼)[^。，,；;\\n]{0,12}?',
    // "封存保留 90 天": how long data is kept
    '(?:保留|保存|留存|輪轉)[^。，,；;\\n]{0,6}?',
  ],
  // "7 天後刪除", "7 天過期", "30 天內有效"
  notTimeframeTails: ['(?:之?後)?(?:刪除|清除|過期|失效)', '內有效'],
  durationUnits: {
    'business-day': '個?(?:工作(?:天|日)|營業日)',
    hour: '個?小時',
    day: '個?(?:日曆日|自然日)|天|日',
    week: '週|個?星期',
    month: '個月',
  },
  responseWords: ['(?:回覆|答覆|回應|確認收到|聯繫您|聯絡您)'],
  versionStatements: [
    // "支援範圍：…版本", "沒有長期支援分支" (see zh-Hans.ts)
    '支援範圍\\s*[:：][^。\\n]{0,40}版本',
    '沒有(?:長期支援|LTS|維護)\\s*(?:的)?\\s*(?:分支|版本)',
    '(?:目前|最新)[^。\\n]{0,15}(?:為|作為)(?:修正|修復)目標',
    '(?:修正|修復)[^。\\n]{0,20}(?:目前|最新)(?:的)?(?:分支|版本)',
    '(?:僅|只)(?:支援|維護)(?:最新|目前)',
    '(?:只有|僅|只)[^。\\n]{0,20}?(?:分支|版本)[^。\\n]{0,12}?(?:會被|將被|會|將)?(?:修正|修復|維護|支援)',
    '最新(?:的)?(?:穩定|發佈|發布|發行|正式)?(?:的)?版本',
    '適用(?:於|範圍|版本)?\\s*[:：][^\\n]{0,30}?v?\\d+\\.(?:\\d+|x)',
    '(?<!不|並不)(?:是|為)(?:目前|當前)?(?:唯一)?(?:的)?受?支援的[^。，,\\n]{0,10}?(?:版本|分支)',
    '安全(?:修正|修復|更新|修補)[^。\\n]{0,12}(?:涵蓋|提供給|適用於|針對|面向)[^。\\n]{0,12}(?:最新|目前|預設分支)',
    '以[^。\\n]{0,30}?(?:分支|版本|main)[^。\\n]{0,12}?為(?:主要)?(?:維護|修復|修正|支援)?(?:對象|目標|優先)',
    // "只支援 `main` 分支", "目前支援最新的 v1 tag"
    '(?:僅|只)(?:支援|維護|修復|修正)[^。\\n]{0,20}?(?:分支|版本|提交)',
    '(?:目前|當前)(?:僅|只)?(?:支援|維護)(?:的)?(?:最新|目前)',
    '修(?:復|正)[^。\\n]{0,4}(?:進入|合入|合併到|提交到)[^。\\n]{0,8}(?:主|main|master|開發|預設)',
    '(?:不|不會)(?:為|對)舊[^。\\n]{0,8}(?:提供|發布|發佈)[^。\\n]{0,6}(?:修補|補丁|修復|修正|支援)',
    '舊(?:版本|快照|發布|發行)[^。\\n]{0,30}?不(?:再)?(?:提供|獲得|接收)[^。\\n]{0,4}(?:安全)?(?:支援|修復|修正|更新|修補)',
    '(?:目前|當前)(?:只|僅)?維護[^。，,\\n]{0,10}?(?:分支|版本)',
  ],
  publicReporting: [
    // Not Japanese 公開 (public) before it: "公開Issue" is a public issue, not "open an issue".
    '(?:提交|建立|開啟|(?<!公)開|新增)\\s*(?:一個|個)?\\s*(?:github\\s*(?:的)?\\s*)?issue',
    // "提交可重現 issue" (see zh-Hans.ts)
    '(?:提交|建立|新增)\\s*(?:一個|個)?\\s*(?![的過了到])(?:(?!私密|私有|私人|機密|保密)[\\u4e00-\\u9fff]){1,6}?的?\\s*issue',
    '(?:報告|提交|回報|回饋|發佈)[^。，,；\\n]{0,12}?(?:於|在|到|至|透過)\\s*(?:github\\s*(?:的)?\\s*)?(?:issues?|discussions)',
    '(?:在|透過|於|到)\\s*(?:github\\s*(?:的)?\\s*)?(?:issues?|discussions)\\s*(?:中|裡|頁面|上)?\\s*(?:報告|提交|回報|回饋|描述|說明)',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '非安全(?:相關)?|與安全無關|一般(?:性)?(?:的)?(?:程式碼)?(?:問題|錯誤|bug)|普通(?:的)?(?:問題|錯誤|bug)|功能(?:請求|建議)',
  ],
  reportingWords: ['(?:報告|聯繫|聯絡|回報|郵件|發送|告知|提交|通知|私訊)', '表單'],
  commonWords: ['(?:的|我們|請|是|在)'],
  vulnerabilityWords: ['(?:漏洞|安全問題|安全性問題|弱點|安全(?:性)?回報)'],
  negations: ['(?:不要|請勿|切勿|而不是|暫無|尚無|尚未|沒有|並無)'],
  idiomaticNegations: ['(?:不要|請不要|別)(?:猶豫|忘記|忘了)|(?:不用|不必)擔心', '不確定'],
  contrasts: ['而不是'],
  clauseBreaks: ['(?:而是|但是|請改用|請使用)'],
  // 私下 ("privately") alone says how to report, not where; 私下弱點回報 names GitHub's private reporting.
  privateReporting: [
    // 勾選「私有」: the ticket made private by its own option.
    '(?:勾選|選取|設為|設定為|標記為|標為)\\s*[「『“"【]?\\s*(?:私有|私密|保密|機密|非公開)',
    '(?:私密|私有|非公開)(?:的)?\\s*安全(?:性)?公告',
    // "使用私密 advisory" (see zh-Hans.ts)
    '(?:私密|私有|私人|非公開)(?:的)?\\s*(?:security\\s*)?advisor',
    'security[」』”"]?\\s*(?:標籤頁|索引標籤|分頁|標籤)',
    '(?:提交|建立|新增|發起|使用|透過)\\s*(?:一個|一份|一則)?\\s*github\\s*(?:的\\s*)?[*_]*\\s*(?:security|安全)(?!\\s*(?:issue|問題|性?公告))',
    '安全性?[」』”"]?\\s*(?:索引標籤|分頁)',
    // 安全公告 ("security advisory") alone is also what a project publishes after a fix.
    '(?:使用|透過|通過|提交|建立|新增|發起|經由)\\s*(?:一個|一份|一則|一條)?\\s*(?:github\\s*(?:的\\s*)?)?(?:私密|私人)?(?:的)?安全性?公告',
    '(?:私人|私密)(?:的)?(?:安全|漏洞|弱點)*(?:回報|報告|揭露|通報)',
    '私下(?:的)?(?:安全|漏洞|弱點)+(?:回報|報告|揭露|通報)',
    'github\\s*(?:的\\s*)?(?:私密|私人|私有|非公開)?\\s*(?:的\\s*)?security\\s+advisor',
    // "開 security advisory" (see zh-Hans.ts): opened by the reporter, GitHub's form
    '(?:開|開啟|提|提交|建立|新建|發起)\\s*(?:一个|一個|一份)?\\s*(?:github\\s*)?(?:issue\\s*(?:或|或者|或是)\\s*)?security\\s+advisor',
  ],
  securityTabNames: ['安全性?'],
  securityTabItems: ['回報', '報告', '提交', '舉報', '私', '漏洞', '弱點'],
  privateIssues: ['(?:私密|私人|私有|機密|保密)\\s*(?:的\\s*)?issue'],
  maintainersAsSubject: ['(?:我們|維護者|團隊)(?:將|會|隨後|然後|就)*(?:建立|開啟|打開|發布)?(?:一個)?'],
  privateWords: ['(?:私下|私密|私有|私人|非公開|保密)'],
  featureWords: ['(?:功能|按鈕|分頁|索引標籤|表單)'],
  repositoryOwner: ['(?:倉庫|儲存庫|專案|項目)(?:的)?(?:所有者|擁有者|作者)'],
  profileWords: ['個人主頁'],
  contactDetailWords: ['聯絡方式', '聯繫方式'],
  privateMessages: ['私訊', '私聊'],
  templatePhrases: ['專案的哪些版本', '項目的哪些版本'],
  templateOpeners: [
    '(?:使用|用|利用)(?:此|這個|本|這一)(?:部分|節|章節|小節|段落|區段|區塊)(?:來|以)?(?:告訴|告知|說明|向)',
    '告訴他們(?:去哪裡|在哪裡|往哪裡)',
  ],
  exampleDomains: ['範例'],
  exampleLeads: ['例如', '示例'],
  // "[填寫安全信箱]"
  fillInstructions: [
    '^\\s*請?(?:填寫|填入|插入|添加)\\S',
    '^\\s*請?輸入\\s*(?:你的|您的)?\\S{0,8}?(?:信箱|郵件|地址|聯絡方式|電話|網址|連結|名稱)',
  ],
  replaceHints: ['請?替換'],
  reportFieldLabels: ['(?:郵件)?主旨', '(?:郵件)?標題'],
  // Field names a template puts in brackets: `【電子郵件地址】`
  fieldWords: [
    '(?:你的|您的)?(?:安全)?(?:團隊)?(?:聯絡|聯繫)?(?:信箱|郵箱|電子郵件|郵件)(?:地址)?',
    '(?:專案|項目)?名稱',
    '聯絡方式',
  ],
  questionWords: ['疑問'],
  repositoryPages: ['倉庫(?:主頁|頁面)'],
  exampleColumns: ['模式', '範例', '格式', '樣例', '例子'],
};
