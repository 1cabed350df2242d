/**
 * The newsroom roles a credit names. The reference article's credit line
 * "تحرير أمنة رياض | ترجمة محمد غيث | تحرير الترجمة فرح ناصيف" reads editor,
 * translator, translation editor; names are kept exactly as printed.
 */
export const CREDIT_ROLES = ['writer', 'reporter', 'editor', 'translator', 'translation-editor'] as const;
