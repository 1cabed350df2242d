/** The page furniture in the reader's language: Arabic as the agency prints it, English otherwise. */
export interface PageLabels {
  related: string;
  previous: string;
  next: string;
  original: string;
  translations: string;
  latest: string;
  older: string;
  published: string;
  tags: string;
  killed: string;
  notFound: string;
}

const ARABIC: PageLabels = {
  related: 'الاخبار المتعلقة',
  previous: 'الخبر السابق',
  next: 'الخبر التالي',
  original: 'النص الأصلي',
  translations: 'الترجمات',
  latest: 'آخر الأخبار',
  older: 'أخبار أقدم',
  published: 'تم النشر بتاريخ',
  tags: 'الوسوم',
  killed: 'سُحب هذا الخبر',
  notFound: 'لا يوجد خبر بهذا الرابط',
};

const ENGLISH: PageLabels = {
  related: 'Related news',
  previous: 'Previous',
  next: 'Next',
  original: 'Original',
  translations: 'Translations',
  latest: 'Latest news',
  older: 'Older news',
  published: 'Published',
  tags: 'Tags',
  killed: 'This article has been withdrawn',
  notFound: 'No article at this address',
};

export function labelsFor(language: string): PageLabels {
  return primary(language) === 'ar' ? ARABIC : ENGLISH;
}

/** Languages written right to left that the feeds carry or may carry. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ku', 'ps', 'ur', 'yi']);

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(primary(language)) ? 'rtl' : 'ltr';
}

/** The language's name in itself, for links between an original and its translations. */
export function languageName(language: string): string {
  const code = primary(language);
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0];
}
