import type { LanguageData } from './language';

// Arabic: no \b here (it knows only ASCII word characters), words are bounded by spaces where it matters.
// Headings are matched as written: folding leaves Arabic letters alone, so hamza forms are spelled out.

/** Short vowels, shadda and tatweel, which authors may write between a word's letters ("تبلّغ", "بـلاغ"). */
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';
/** The root of reporting, b-l-gh, in its verb forms and nouns: "بلاغ", "بلّغ", "تبلغ", "أبلغ", "يبلغ". */
const BALAGH = `(?<!م)(?:[اأإتين]${MARKS})?ب${MARKS}ل${MARKS}(?:[اي]${MARKS})?غ`;

export const ar: LanguageData = {
  code: 'ar',
  headings: {
    'supported-versions': ['(?:ال)?(?:[اأإ]صدارات|نسخ)\\s+(?:ال)?مدعومة'],
    reporting: [BALAGH],
    disclosure: ['[اأإ]فصاح'],
    response: ['(?:وقت|زمن)\\s+(?:ال)?[اأإ]ستجابة'],
    scope: ['نطاق'],
  },
  durationUnits: {
    'business-day': '(?:[اأ]يام|يوم|يومي)\\s+عمل',
    hour: 'ساع(?:ة|ات|تين)',
    day: '(?:يوم(?:ا|ين)?|[اأ]يام)',
    week: '(?:[اأ]سبوع(?:ا|ين)?|[اأ]سابيع)',
    month: '(?:شهر(?:ا|ين)?|[اأ]شهر)',
  },
  notTimeframes: ['month'],
  numberWords: { ثلاثة: 3, ثلاث: 3, خمسة: 5, خمس: 5, سبعة: 7, سبع: 7, عشرة: 10, عشر: 10 },
  responseWords: ['(?:نرد|الرد|سنرد|نستجيب|سنستجيب|الاستجابة|[اإ]قرار|نؤكد|تأكيد)'],
  versionStatements: [
    '(?:ال)?[اأإ]صدار\\s+(?:ال)?[اأ]حدث\\s+فقط',
    'فقط\\s+(?:ال)?[اأإ]صدار\\s+(?:ال)?[اأ]حدث',
    // "الدعم للإصدار المستقر الأحدث": support goes to the latest stable release
    '(?:ال)?دعم\\s+(?:لل|ل)?[اأإ]صدار\\s+(?:ال)?(?:مستقر\\s+(?:ال)?)?[اأ]حدث',
  ],
  // (also the verbal noun after "please": "يرجى فتح issue")
  publicReporting: ['(?:فتح|[اأ]نشئ|[اإ]نشاء)\\s+(?:issue|مشكلة|تذكرة)'],
  // (with the dialects' "send" and "talk to me": "ابعتلي رسالة", "كلمني على واتساب")
  reportingWords: [`(?:${BALAGH}|راسل|تواصل|[اأ]رسل|إرسال|بريد|اتصل|تقرير|[اإ]بع[تث]|كلمن[يا])`],
  commonWords: ['(?:^|\\s)(?:في|من|على|إلى|الى|أن|عن|هذا|هذه|التي|الذي)(?=\\s|$)'],
  vulnerabilityWords: ['ثغر(?:ة|ات)', '(?:مشكلة|مشاكل)\\s+(?:ال)?[اأ]من'],
  privateReporting: [
    '(?:تقرير|[اإأ]بلاغ)\\s+(?:عن\\s+)?(?:ال)?ثغر(?:ة|ات)\\s+(?:ال)?(?:خاص|سري)',
    '(?:[اإأ]بلاغ|تقرير)\\s+(?:ال)?(?:خاص|سري)\\s+عن\\s+(?:ال)?ثغر',
    'تبويب\\s+["«]?\\s*(?:security|ال[اأ]مان)',
  ],
  // "رسالة خاصة على تيليجرام": a private message
  privateMessages: ['رسال(?:ة|ه)\\s+خاص(?:ة|ه)', 'رسائل\\s+خاصة'],
  privateWords: ['(?:بشكل|بصورة)\\s+(?:خاص|سري)', '(?:^|\\s)(?:سرا|سري(?:ة)?|خاص(?:ة)?)(?=\\s|[.،,]|$)'],
  featureWords: ['(?:ميزة|زر|تبويب|نموذج)'],
  // (and عدم, "not …ing", before a verbal noun: "عدم فتح Issue عام")
  // (emphasis may wrap the word: "**عدم** فتح issue", do **not** open an issue)
  negations: ['(?:^|[\\s*_])(?:لا|لم|لن|ليس|عدم|تجنب|بدلا\\s+من|بدلاً\\s+من)(?=[\\s*_]|$)'],
  contrasts: ['(?:^|\\s)(?:بدلا|بدلاً)\\s+من(?=\\s|$)'],
  reportFieldLabels: ['الموضوع'],
  // "[ضع بريدك الإلكتروني هنا]", "[أدخل البريد]": put, enter, write
  fillVerbs: ['ضع', '[اأ]دخل', 'اكتب'],
  // "استبدله ببريدك": replace it with your address
  replaceHints: ['(?:^|[\\s(（])(?:ا?ستبدل|غي[ّ]?ر)\\S*\\s+ب'],
  templateOpeners: ['استخدم\\s+هذا\\s+القسم'],
};
