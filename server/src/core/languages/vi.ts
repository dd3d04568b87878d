import type { LanguageData } from './language';

// Vietnamese: not in the required list, but met among real policies.
export const vi: LanguageData = {
  code: 'vi',
  headings: {
    'supported-versions': ['(phien ban|nhanh) (duoc )?ho tro'],
    reporting: ['bao cao'],
  },
  // "ít nhất một tuần": at least one week, the number in words.
  timePhrases: ['(?:ít\\s+nhất\\s+|trong\\s+vòng\\s+)(?:một|hai|ba)\\s+(?:tuần|ngày)(?![a-zà-ỹ])'],
  durationUnits: {
    'business-day': 'ngày\\s+làm\\s+việc',
    hour: 'giờ|tiếng',
    day: 'ngày',
    week: 'tuần',
    month: 'tháng',
  },
  responseWords: ['(?:phản\\s+hồi|trả\\s+lời|xác\\s+nhận)'],
  publicReporting: ['\\b(?:tạo|mở)\\s+(?:một\\s+)?(?:github\\s+)?issues?'],
  reportingWords: [
    '\\b(?:b[áa]o\\s+c[áa]o|li[êe]n\\s+h[ệe]|g[ửu]i|e-?mail|th[ôo]ng\\s+b[áa]o)(?![a-z])',
    'bi[ểe]u\\s+m[ẫa]u',
  ],
  commonWords: ['\\b(?:và|của|chúng\\s+tôi|bạn|được|cho|là)\\b'],
  vulnerabilityWords: ['(?:l[ỗo]\\s+h[ổo]ng|v[ấa]n\\s+đ[ềe]\\s+b[ảa]o\\s+m[ậa]t)'],
  versionStatements: [
    '(?:chỉ\\s+)?(?:phiên\\s+)?bản\\s+mới\\s+nhất',
    // "chỉ nhánh `main` được hỗ trợ": only the main branch is supported
    'chỉ\\s+(?:nhánh|phiên\\s+bản)\\s+[`*_]*[\\w.-]+[`*_]*\\s+(?:đang\\s+)?được\\s+hỗ\\s+trợ',
  ],
  privateReporting: [
    'báo\\s+cáo\\s+(?:lỗ\\s+hổng|điểm\\s+yếu)\\s+(?:bảo\\s+mật\\s+)?(?:một\\s+cách\\s+)?riêng\\s+tư',
    '\\btab\\s+["“]?(?:security|bảo\\s+mật)',
  ],
  privateWords: ['\\briêng\\s+tư'],
  featureWords: ['\\b(?:tính\\s+năng|nút|biểu\\s+mẫu)'],
  // \b cannot stand before đ (not a word character to the engine).
  negations: ['\\bkhông\\b', '(?<![A-Za-zÀ-ỹ])đừng\\b'],
  // "(cập nhật email thật sau)": update to the real address later, a note that the value is a stand-in
  replaceHints: ['(?:c[ậa]p\\s+nh[ậa]t|thay)\\s+(?:email|đ[ịi]a\\s+ch[ỉi](?:\\s+email)?)\\s+th[ậa]t'],
  reportFieldLabels: ['ti[eê]u\\s+[dđ][eề]', 'ch[uủ]\\s+[dđ][eề]'],
  templateOpeners: ['s[ửu]\\s+d[ụu]ng\\s+ph[ầa]n\\s+n[àa]y\\s+(?:[đd][ểe]|nh[ằa]m)'],
};
