import { GlossaryTerm, TermCategory } from './glossary-term';

function term(
  category: TermCategory,
  ar: string | [string, ...string[]],
  en: string | [string, ...string[]],
  enForbidden: string[] = [],
  note?: string,
): GlossaryTerm {
  const [arPreferred, ...arVariants] = typeof ar === 'string' ? [ar] : ar;
  const [enPreferred, ...enVariants] = typeof en === 'string' ? [en] : en;
  return {
    category,
    ar: { preferred: arPreferred, variants: arVariants, forbidden: [] },
    en: { preferred: enPreferred, variants: enVariants, forbidden: enForbidden },
    ...(note ? { note } : {}),
  };
}

/**
 * The terms the reference article (SMART, Idlib, 13 Feb 2018) and its kind
 * of story need, as the house writes them. Accepted variants are what the
 * house also lets stand (the abbreviation after first mention); forbidden
 * forms are the ones wires and machine translation tend to produce.
 */
export const SEED_TERMS: readonly GlossaryTerm[] = [
  term(
    'actor',
    ['تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم الدولة', 'داعش'],
    ['Islamic State', 'ISIS'],
    ['ISIL', 'Daesh', 'Daish'],
    'ISIS after the first mention',
  ),
  term(
    'actor',
    'هيئة تحرير الشام',
    ['Hayat Tahrir al-Sham', 'HTS'],
    ['Hayat Tahrir-al-Sham', "Hay'at Tahrir al-Sham", 'Tahrir al-Sham Committee'],
    'HTS after the first mention',
  ),
  term(
    'actor',
    ['الجيش السوري الحر', 'الجيش الحر'],
    ['Free Syrian Army', 'FSA'],
    ['Syrian Free Army'],
    'FSA after the first mention',
  ),
  term(
    'actor',
    ['حركة أحرار الشام الإسلامية', 'أحرار الشام'],
    ['Ahrar al-Sham Islamic Movement', 'Ahrar al-Sham'],
    ['Ahrar-al-Sham'],
  ),
  term(
    'actor',
    ['قوات سوريا الديمقراطية', 'قسد'],
    ['Syrian Democratic Forces', 'SDF'],
    ['Syria Democratic Forces'],
    'SDF after the first mention',
  ),
  term('actor', ['غرفة عمليات رد الطغيان', 'رد الطغيان'], 'Repel the Aggressors Operations Room'),
  term('actor', 'جيش الإسلام', 'Jaish al-Islam', ['Jaysh al-Islam', 'Army of Islam']),
  term('actor', 'سمارت', 'SMART', [], 'the agency'),
  term('place', ['إدلب', 'ادلب'], 'Idlib', ['Edlib', 'Idleb']),
  term('place', 'حماة', 'Hama', ['Hamah', 'Hamat']),
  term('place', 'حلب', 'Aleppo', ['Halab']),
  term('place', 'حمص', 'Homs', ['Hims']),
  term('place', 'درعا', 'Daraa', ['Deraa', "Dara'a"]),
  term('place', 'دمشق', 'Damascus', ['Dimashq']),
  term('place', ['دير الزور', 'ديرالزور'], ['Deir ez-Zor'], ['Dayr az Zawr', 'Deir Ezzor', 'Deir al-Zour']),
  term('place', 'الرقة', 'Raqqa', ['Rakka', 'Raqqah', 'Ar-Raqqah']),
  term('place', 'معرة النعمان', ['Maarat al-Numan', "Maarrat al-Nu'man"], ['Maarat al-Nouman', 'Marat al-Numan']),
  term('place', 'أستانة', 'Astana'),
  term('place', 'دوما', 'Douma'),
  term('title', 'العقيد', 'Colonel'),
];
