import { glossaryFromCsv, glossaryToCsv } from './glossary-csv';
import { GlossaryError, normalizeTerm } from './glossary-term';
import { SEED_TERMS } from './seed-terms';

describe('glossary CSV', () => {
  it('round-trips the seed terms, Arabic and commas included', () => {
    const csv = glossaryToCsv(SEED_TERMS);
    expect(csv.split('\n')[0]).toBe('category,ar,ar_variants,ar_forbidden,en,en_variants,en_forbidden,note');
    expect(glossaryFromCsv(csv)).toEqual(SEED_TERMS.map(normalizeTerm));
  });

  it('reads columns in any order, a BOM and lists separated by |', () => {
    const terms = glossaryFromCsv(
      '\uFEFFen,ar,category,en_forbidden\n"Idlib","إدلب",place,"Edlib | Idleb"\nHama,حماة,place,\n',
    );
    expect(terms).toEqual([
      {
        category: 'place',
        ar: { preferred: 'إدلب', variants: [], forbidden: [] },
        en: { preferred: 'Idlib', variants: [], forbidden: ['Edlib', 'Idleb'] },
      },
      {
        category: 'place',
        ar: { preferred: 'حماة', variants: [], forbidden: [] },
        en: { preferred: 'Hama', variants: [], forbidden: [] },
      },
    ]);
  });

  it('names the line at fault', () => {
    expect(() => glossaryFromCsv('category,ar,en\nplace,حلب,\n')).toThrow('line 2: the en preferred form is empty');
    expect(() => glossaryFromCsv('category,ar,en,colour\nplace,حلب,Aleppo,red\n')).toThrow(GlossaryError);
    expect(() => glossaryFromCsv('category,ar\nplace,حلب\n')).toThrow('missing column(s) en');
    expect(() => glossaryFromCsv('category,ar,en\nplanet,حلب,Aleppo\n')).toThrow('line 2: category must be one of');
  });

  it('refuses a spelling that is both accepted and forbidden', () => {
    expect(() =>
      normalizeTerm({
        category: 'place',
        ar: { preferred: 'حلب', variants: [], forbidden: [] },
        en: { preferred: 'Aleppo', variants: ['Halab'], forbidden: ['Halab'] },
      }),
    ).toThrow('"Halab" is both accepted and forbidden in en');
  });
});
