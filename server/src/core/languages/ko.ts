import type { LanguageData } from './language';

export const ko: LanguageData = {
  code: 'ko',
  headings: {
    'supported-versions': ['지원(되는|하는)? ?(버전|브랜치|version)', '지원 대상 버전', '지원 범위'],
    response: ['응답 시간', '대응 (절차|프로세스)', '처리 절차'],
    reporting: ['보고', '신고', '제보'],
    disclosure: ['공개'],
    scope: ['범위'],
    acknowledgments: ['감사'],
    encryption: ['암호화'],
  },
  // "30일 후 삭제", "30일 동안 보관", "1시간마다"
  // ("최소 24시간": at least, a time something lasts, never a promise to answer)
  notTimeframeLeads: ['최소\\s*'],
  notTimeframeTails: [
    '(?:\\s*후에?)?\\s*(?:삭제|파기|만료)',
    '\\s*(?:간|동안)?\\s*(?:보관|보존)',
    '\\s*마다',
    // "24시간 이상 된 …": older than
    '\\s*이상\\s*(?:된|됐|지난|경과)',
  ],
  durationUnits: { 'business-day': '영업일', hour: '시간', day: '일', week: '주', month: '개월' },
  responseWords: ['(?:답변|응답|회신|접수\\s*확인|연락\\s*드리)'],
  versionStatements: [
    '보안\\s*(?:유지\\s*보수|수정|패치)\\s*(?:대상|은|는)(?:[^.\\n]|\\.(?=\\w)){0,20}최신',
    // (최신화 is "bringing up to date", not "the latest")
    '최신(?!화)(?:[^.\\n]|\\.(?=\\w)){0,40}보안\\s*(?:수정|패치)',
    '최신\\s*버전',
    // "최신 main 브랜치만 지원합니다"
    '최신\\s*(?:\\S+\\s*)?(?:브랜치|릴리스|릴리즈)만',
    '최신(?:으로)?\\s*(?:공개된\\s*)?(?:stable|안정)\\s*(?:release|릴리스|버전|판)',
    // "지원 브랜치는 `main`만", "다른 브랜치에는 보안 패치를 적용하지 않습니다"
    '지원\\s*(?:브랜치|버전|릴리스|릴리즈)(?:는|은)\\s*[`*_]*[\\w.-]+[`*_]*\\s*(?:만|뿐)',
    '(?:다른|이전|그\\s*외의?)\\s*(?:브랜치|버전|릴리스)(?:에는|에|는)(?:[^.\\n]|\\.(?=\\w)){0,20}(?:패치|수정)(?:[^.\\n]|\\.(?=\\w)){0,10}(?:않|없)',
  ],
  publicReporting: [
    '(?:이슈|issue)\\s*(?:를|을)?\\s*(?:생성|열|등록|작성|남겨)',
    // "Github에서 Issue 또는 … Pull request 하십시오"
    '(?:github|깃허브)\\s*에서\\s*(?:issue|이슈)',
    // "GitHub Issues를 통해 보고해 주세요", "이슈 트래커로 제보"
    '(?:issues?|이슈)(?:\\s*트래커)?\\s*(?:를|을|에|로|으로)?\\s*(?:통해|통하여|이용해|사용해)?\\s*(?:보고|제보|신고)',
    'pull\\s*request\\s*(?:를\\s*)?(?:하|보내|올려|생성)',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: ['보안과\\s*(?:관련\\s*)?(?:없는|무관한)|일반\\s*(?:버그|오류|문제)|기능\\s*(?:요청|제안)'],
  reportingWords: ['(?:보고|제보|신고|연락|문의|이메일|메일|알려)', '양식|폼'],
  commonWords: ['(?:습니다|합니다|하세요|에서|으로)'],
  vulnerabilityWords: ['(?:취약점|취약성|보안\\s*(?:문제|이슈|버그))'],
  negations: ['(?:마십시오|마세요|말고|하지\\s*마)'],
  idiomaticNegations: ['잊지\\s*(?:마십시오|마세요|말고|마)'],
  // "공개 issue로 올리지 말고 … 기능을 이용해 주세요": "don't … but instead", the negation is over by then
  clauseBreaks: ['말고', '대신(?:에)?'],
  privateReporting: [
    // "GitHub의 Security 탭", "저장소의 \"Security\" 탭": the tab by its English name
    '(?:github|gitlab|저장소|리포지토리|레포지토리|레포)\\S{0,2}\\s+\\W{0,2}security\\W{0,2}\\s*탭',
    '보안\\s*탭',
    '(?:비공개|프라이빗)\\s*(?:보안|취약점|취약성)\\s*(?:보고|신고|제보)',
    '보안\\s*권고',
    // "the repository's security reporting channel/feature"
    '보안\\s*(?:보고|신고|제보)\\s*(?:채널|기능)',
  ],
  securityTabNames: ['보안'],
  securityTabItems: ['취약점', '보고', '신고', '권고'],
  privateIssues: ['(?:비공개|프라이빗|기밀)\\s*(?:[(（][^)）\\n]{1,20}[)）]\\s*)?(?:issue|이슈)'],
  privateWords: ['(?:비공개|프라이빗)'],
  featureWords: ['(?:기능|버튼|탭|양식)'],
  privateMessages: ['개인\\s*메시지', '\\bDM\\b'],
  templatePhrases: ['프로젝트의\\s*어떤\\s*버전', '보고하는\\s*방법을\\s*(?:안내|알려)', '보고할\\s*위치'],
  templateOpeners: ['이\\s*섹션을\\s*(?:사용하여|사용해|이용하여|활용하여)', '어디로\\s*가야'],
  exampleLeads: ['예를\\s+들(?:어|면)', '예\\s*[:：]'],
  // "[보안 이메일 입력]", "[이메일을 기재하세요]": the verb last
  fillInstructions: ['\\S\\s*(?:을|를)?\\s*(?:입력|기재|삽입|추가)(?:하세요|해\\s*주세요|하십시오|하시오)?\\s*$'],
  replaceHints: ['바꾸', '교체'],
  reportFieldLabels: ['제목'],
  // Field names a template puts in brackets: `[보안 이메일]`
  fieldWords: ['이메일(?:\\s*주소)?', '연락처', '주소', '이름'],
  profileWords: ['프로필'],
  questionWords: ['질문'],
  repositoryPages: ['저장소\\s*페이지'],
};
