import type { LanguageData } from './language';

export const ja: LanguageData = {
  code: 'ja',
  headings: {
    'supported-versions': [
      'サポート(対象|されている|される|する|中)?の?(?:バージョン|ブランチ)',
      '対応バージョン',
      'サポート(?:範囲|ポリシー|対象(?!外))',
    ],
    'report-contents': ['報告に含める'],
    response: ['対応(時間|プロセス|の流れ)', '応答時間'],
    reporting: ['報告', '通報', '連絡'],
    disclosure: ['開示', '公開'],
    scope: ['対象範囲', 'スコープ'],
    acknowledgments: ['謝辞'],
    encryption: ['暗号化'],
  },
  timePhrases: ['[一二三四五六七八九十]+(?:営業日|日以内|日間|時間|週間|か月|ヶ月)'],
  // "3時間後に削除", "最大30日間保持", "3時間おきに": when data is deleted, how long it is kept, how often
  // "最大保持期間は6時間以内": how long data is kept
  // 4月1日 is a date (the first of April), not one day.
  // "既定は有限の1時間": a setting's default
  notTimeframeLeads: [
    '(?:保持|保存|保管|有効)期間[^。\\n]{0,8}?',
    '月',
    '(?:既定|デフォルト|初期値)(?:値)?(?:は|で)[^。\\n]{0,6}?',
  ],
  // "365日で失効" (expires), "30日という上限" (a limit), "2分の接続リース" (a lease)
  notTimeframeTails: [
    // "固定の 72 時間の返信 SLA を約束せず": a time the sentence says is not promised
    '[^。\\n、]{0,24}?を?(?:約束|保証)(?:せず|しません|しない|いたしません)',
    '(?:間)?(?:後に)?(?:削除|消去|破棄|保持|保存|保管|有効|経過後に削除)',
    '(?:間)?(?:おき|ごと|毎)',
    '(?:間)?(?:で|後に)?(?:失効|期限切れ|無効)',
    'という[^。\\n]{0,8}?上限',
    // "「90 日で公開します」と言われても": what someone else says, quoted
    '[^。\\n」]{0,12}」と(?:言|い[うわ]|云)',
  ],
  durationUnits: { 'business-day': '営業日', hour: '時間', day: '日', week: '週間', month: 'か月|ヶ月|カ月' },
  responseWords: ['(?:返信|返答|回答|応答|受領|ご連絡(?:します|いたします|致します))'],
  versionStatements: [
    // (the English words in a Japanese sentence only, kana after them: Chinese writes "最新 Release" too, and
    // "查询最新 Release" is a lookup)
    '最新(?:の)?(?:安定)?\\s*(?:バージョン|リリース|版|リビジョン)|最新(?:の)?(?:安定)?\\s*(?:release|version)(?=[^。\\n]{0,20}?[\\u3040-\\u309f])',
    // "security update 対象は最新の `0.3.x` です": what fixes are made for, in English words too
    '(?:セキュリティ|security)\\s*(?:アップデート|update|修正|fix|パッチ|patch)(?:の)?\\s*対象',
    // "サポート対象はデフォルトブランチの最新…"
    'サポート対象は[^。\\n]{0,30}(?:ブランチ|バージョン|リリース|リビジョン)',
    // "`main` ブランチの最新状態をサポート対象とします"
    '(?:ブランチ|バージョン|リリース)[^。\\n]{0,20}をサポート対象',
    // "セキュリティ修正は現行の開発ラインに適用します": fixes go to the current line (a wrapped line may fall between)
    'セキュリティ(?:修正|アップデート|パッチ)(?:は|を)?[^。]{0,30}(?:現行|現在の|最新)',
    // "直すのは最新だけです", "main ブランチの最新のみをサポート", "main ブランチにのみ適用", "バックポートはしません"
    '最新(?:版|の?もの)?(?:のみ|だけ)',
    '(?:ブランチ|バージョン|リリース)(?:に|へ)のみ(?:適用|提供|修正)',
    'バックポート(?:は|を)?(?:しません|しない|行いません|行わない)',
  ],
  publicReporting: [
    '(?:issue|イシュー|pull\\s*request|プルリクエスト)\\s*を\\s*(?:作成|開|立て|登録|挙げ|上げ|送|出)',
    '(?:issue|イシュー)s?\\W{0,3}\\s*(?:に|で)[^。\\n]{0,20}報告',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    'セキュリティ(?:に)?(?:関係|関連)(?:しない|のない)|一般的な(?:バグ|不具合)|通常の(?:バグ|不具合)|機能(?:要望|リクエスト)',
  ],
  reportingWords: ['(?:報告|連絡|知らせ|メール|送信|送って|問い合わせ|問合せ|通報)', 'フォーム'],
  commonWords: ['(?:の|は|を|に|です|ます)'],
  vulnerabilityWords: ['(?:脆弱性|セキュリティ(?:上の)?(?:問題|課題|バグ))'],
  // "詳細を書かず、": the negative continuative before a comma (without writing …)
  // "…を窓口として使用しません" (we do not use … as the channel): the polite negative of any verb, not
  // its question ("しませんか", won't you); "使用しない", "受け付けない" before a full stop or a comma
  negations: [
    '(?:ないで|しないで|禁止|ではなく|不可|ず(?:[、,]|$))',
    'ません(?!か)',
    '(?:使用し|使わ|利用し|受け付け)ない(?=[。、,.]|$)',
  ],
  // "構いません" (you may), "かもしれません" (may), "すみません" (excuse me), "申し訳ありません" (sorry)
  idiomaticNegations: [
    '忘れ(?:ないで|ずに)|ためらわず|遠慮(?:なく|せず)|(?:構い|かまい)ません|かもしれません|すみません|申し訳(?:ござい|あり)ません',
  ],
  clauseBreaks: ['(?:代わりに|その代わり)'],
  privateReporting: [
    // 「非公開」にチェック: the ticket made private by its own option.
    '[「『"“]?(?:非公開|機密|プライベート|confidential|private)[」』"”]?\\s*(?:に|を)\\s*(?:チェック|設定|指定)',
    'セキュリティ(?:タブ|アドバイザリ)',
    '[「『"]\\s*security\\s*[」』"]\\s*タブ',
    '\\bsecurity\\s*タブ',
    '(?:プライベート|非公開)(?:な|の)?(?:セキュリティ|脆弱性)(?:の)?(?:報告|レポート)',
    // "リポジトリの非公開報告手段を利用": the repository's private reporting means
    '(?:プライベート|非公開)(?:な|の)?(?:報告|レポート)(?:手段|機能|窓口)',
    // "GitHub の Security Advisory（Private）で報告"
    'GitHub\\s*の\\s*security\\s*advisor',
  ],
  securityTabNames: ['セキュリティ'],
  securityTabItems: ['脆弱性', '報告', 'レポート', 'アドバイザリ'],
  privateIssues: [
    // (GitLab's confidential issue too: 機密 issue, "issue（confidential）")
    '(?:非公開|プライベート|機密)(?:の)?\\s*(?:[(（][^)）\\n]{1,20}[)）]\\s*)?(?:issue|イシュー)',
    '(?:issue|イシュー)\\s*[(（]\\s*(?:confidential|機密|非公開)\\s*[)）]',
  ],
  contactDetailWords: ['連絡先'],
  privateWords: ['(?:非公開|プライベート|内密)'],
  featureWords: ['(?:機能|ボタン|タブ|フォーム|アドバイザリ)'],
  privateMessages: ['ダイレクトメッセージ', '\\bDM\\b'],
  templatePhrases: ['プロジェクト(?:の|が)(?:現在)?どのバージョン'],
  templateOpeners: [
    'このセクションを(?:(?:使用|利用)して|使って)、?',
    'このセクションは、?(?:あなたの)?プロジェクト',
    'どこに(?:行けば|行く|連絡すれば)',
  ],
  exampleDomains: ['例え'],
  exampleLeads: ['例えば', '例\\s*[:：]'],
  // "[セキュリティ用メールアドレスを記載]": write the address here, the verb last
  fillInstructions: ['\\S(?:を|に)?\\s*(?:記載|記入|入力|挿入|追加)(?:して(?:ください|下さい)|する)?\\s*$'],
  replaceHints: ['置き換え', '置換'],
  reportFieldLabels: ['件名', 'タイトル'],
  // Field names a template puts in brackets: `［メールアドレス］`, `[連絡先]`
  fieldWords: [
    // ("[あなたのメールアドレス]": "your" written before it)
    '(?:あなたの|貴方の)?(?:セキュリティ(?:チーム)?の?)?(?:連絡先)?(?:メール|Eメール|電子メール)(?:アドレス)?',
    // "[管理者メールアドレス]", "[担当者の連絡先]": whose address, written before it without a space
    '(?:管理者|担当者|責任者|開発者|メンテナー?|代表者?|緊急)の?(?:連絡先|メール|Eメール|電子メール)(?:アドレス)?',
    '連絡先',
    'プロジェクト名',
    '名前',
  ],
  publicLists: ['公開(?:の)?メーリングリスト'],
  profileWords: ['プロフィール'],
  questionWords: ['質問'],
  repositoryPages: ['リポジトリ(?:の)?ページ'],
  exampleColumns: ['パターン', '例', '形式', 'サンプル'],
};
