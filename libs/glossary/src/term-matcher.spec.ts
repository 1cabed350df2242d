import { SEED_TERMS } from './seed-terms';
import { TermMatcher, containsForm } from './term-matcher';
import { foldForMatching } from './term-fold';

const arabic = new TermMatcher(SEED_TERMS, 'ar');

describe('TermMatcher', () => {
  it('finds the reference terms in Arabic, behind quotes and proclitics, longest form first', () => {
    const text =
      'أنهت فصائل من الجيش السوري الحر، إضافة إلى "هيئة تحرير الشام"، وجود تنظيم "الدولة الإسلامية" في ريف إدلب وبإدلب.';
    const matches = arabic.find(text);
    expect(matches.map((m) => [m.term.en.preferred, text.slice(m.start, m.end)])).toEqual([
      ['Free Syrian Army', 'الجيش السوري الحر'],
      ['Hayat Tahrir al-Sham', 'هيئة تحرير الشام'],
      ['Islamic State', 'تنظيم "الدولة الإسلامية'],
      ['Idlib', 'إدلب'],
      ['Idlib', 'إدلب'],
    ]);
  });

  it('matches across letter variants and harakat, and not inside another word', () => {
    expect(arabic.termsIn('مدينة ادلب').map((t) => t.en.preferred)).toEqual(['Idlib']);
    expect(arabic.termsIn('حَماة').map((t) => t.en.preferred)).toEqual(['Hama']);
    expect(arabic.termsIn('حلبة السباق')).toEqual([]);
  });

  it('finds English terms for an en→ar job', () => {
    const english = new TermMatcher(SEED_TERMS, 'en');
    expect(english.termsIn('The FSA entered Idlib; ISIS withdrew.').map((t) => t.ar.preferred)).toEqual([
      'الجيش السوري الحر',
      'إدلب',
      'تنظيم الدولة الإسلامية',
    ]);
  });

  it('tells a hyphenated spelling from the preferred one, but reads a possessive', () => {
    expect(containsForm('the al-Hayat Tahrir-al-Sham said', 'Hayat Tahrir al-Sham')).toBe(false);
    expect(containsForm('the al-Hayat Tahrir-al-Sham said', 'Hayat Tahrir-al-Sham')).toBe(false);
    expect(containsForm('Hayat Tahrir-al-Sham said', 'Hayat Tahrir-al-Sham')).toBe(true);
    expect(containsForm("ISIS' advance", 'ISIS')).toBe(true);
    expect(containsForm('Maarrat al-Nu’man District', "Maarrat al-Nu'man")).toBe(true);
  });

  it('maps folded offsets back to the original text', () => {
    const folded = foldForMatching('تنظيم "الدولة"');
    expect(folded.text).toBe('تنظيم الدوله');
    expect(folded.map).toHaveLength(folded.text.length + 1);
  });
});
