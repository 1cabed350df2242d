import { foldTerm } from '@news/glossary';
import { foldArabic } from '@news/text';

/** libs/glossary cannot import libs/text (both are layer 0): its fold must agree with foldArabic on Arabic words. */
describe("the glossary's folding", () => {
  it.each(['إدلب', 'أبريل', 'حَماة', 'مستشفى', 'الرقّة', 'ـإدلـب', 'ديرالزور'])(
    'agrees with foldArabic on %s',
    (word) => {
      expect(foldTerm(word)).toBe(foldArabic(word));
    },
  );
});
