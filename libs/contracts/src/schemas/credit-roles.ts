/**
 * The newsroom roles a credit names. The reference article's credit line
 * "تحرير أمنة رياض | ترجمة محمد غيث | تحرير الترجمة فرح ناصيف" reads editor,
 * translator, translation editor; names are kept exactly as printed.
 */
export const CREDIT_ROLES = ['writer', 'reporter', 'editor', 'translator', 'translation-editor'] as const;

/**
 * How a credit line prints each role: the agency's Arabic label (as on the
 * reference page, "تحرير الترجمة فرح ناصيف") and an English one for readers
 * and assistive technology. Reading accepts more spellings (ingest's
 * credit-line reader); printing uses these.
 */
export const CREDIT_ROLE_LABELS: Readonly<Record<(typeof CREDIT_ROLES)[number], { ar: string; en: string }>> = {
  writer: { ar: 'كتابة', en: 'Writer' },
  reporter: { ar: 'مراسل', en: 'Reporter' },
  editor: { ar: 'تحرير', en: 'Editor' },
  translator: { ar: 'ترجمة', en: 'Translator' },
  'translation-editor': { ar: 'تحرير الترجمة', en: 'Translation editor' },
};
