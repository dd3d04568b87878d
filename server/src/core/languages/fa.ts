import type { LanguageData } from './language';

// Persian: words are often joined by a zero-width non-joiner (U+200C, "آسیب‌پذیری"), matched as a space here.
// Negation is a prefix of the verb, which comes last ("باز نکنید": do not open).
export const fa: LanguageData = {
  code: 'fa',
  headings: {
    'supported-versions': ['نسخه[\\s\\u200c]*(?:های[\\s\\u200c]*)?پشتیبانی'],
    reporting: ['گزارش'],
    disclosure: ['افشا'],
    response: ['زمان\\s+پاسخ'],
    scope: ['دامنه'],
  },
  durationUnits: {
    'business-day': 'روز[\\s\\u200c]*(?:های[\\s\\u200c]*)?کاری',
    hour: 'ساعت',
    day: 'روز',
    week: 'هفته',
    month: 'ماه',
  },
  notTimeframes: ['month'],
  numberWords: { یک: 1, دو: 2, سه: 3, پنج: 5, هفت: 7, ده: 10, چهارده: 14 },
  responseWords: ['(?:پاسخ|تأیید|تایید)'],
  publicReporting: ['(?:یک\\s+)?(?:issue|ایشو)\\s+(?:عمومی\\s+)?(?:باز|ایجاد)\\s+کنید'],
  reportingWords: ['(?:گزارش|ارسال|تماس|ایمیل|بفرستید|اطلاع\\s+دهید|پیام)'],
  commonWords: ['(?:^|\\s)(?:و|در|به|از|که|این|را|با|برای)(?=\\s|$)'],
  vulnerabilityWords: ['آسیب[\\s\\u200c]*پذیر', '(?:مشکل(?:ات)?|باگ|حفره)\\s+امنیتی'],
  privateReporting: [
    'گزارش[\\s\\u200c]*(?:دهی\\s+)?(?:خصوصی|محرمانه)\\s+(?:آسیب|ضعف)',
    'زبانه\\s+["«]?\\s*(?:security|امنیت)',
  ],
  privateWords: ['(?:خصوصی|محرمانه)'],
  featureWords: ['(?:قابلیت|دکمه|زبانه|فرم)'],
  negations: [
    '(?:^|\\s)(?:نه|هرگز|به\\s+جای)(?=\\s|$)',
    '(?:^|\\s)ن(?:کنید|کن|دهید|گذارید|فرستید|نویسید)(?=\\s|[.،]|$)',
  ],
  reportFieldLabels: ['موضوع'],
  templateOpeners: ['از\\s+این\\s+بخش\\s+برای'],
  fieldWords: ['ایمیل', 'آدرس'],
  yourWords: ['شما'],
};
