import { SEED_TERMS } from '@news/glossary';
import { QaCheckId, QaInput, QaResult, runQa } from './qa-checks';

const source = {
  language: 'ar',
  headline: 'الجيش السوري الحر ينهي وجود تنظيم "الدولة" جنوب شرق إدلب',
  paragraphs: [
    'أنهت فصائل من الجيش السوري الحر وجود تنظيم "الدولة الإسلامية" في ريف إدلب وأسرت ٤٠٠ من عناصره.',
    'واستمرت الاشتباكات أكثر من ثلاثة أيام.',
  ],
};
const good = {
  language: 'en',
  headline: 'Free Syrian Army ends Islamic State presence in southeastern Idlib',
  paragraphs: [
    'Free Syrian Army factions ended the presence of the Islamic State (ISIS) in the Idlib countryside and captured 400 of its members.',
    'The clashes lasted more than three days.',
  ],
};

function check(id: QaCheckId, target: Partial<QaInput['target']>, from: Partial<QaInput['source']> = {}): QaResult {
  const results = runQa({ source: { ...source, ...from }, target: { ...good, ...target }, glossary: SEED_TERMS });
  return results.find((r) => r.check === id)!;
}

describe('QA checks', () => {
  it('pass a faithful translation, every one of them', () => {
    const results = runQa({ source, target: good, glossary: SEED_TERMS });
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.map((r) => r.check)).toHaveLength(7);
  });

  it('numbers: every number in the source is in the translation, digits and words normalised', () => {
    expect(
      check('numbers', { paragraphs: [good.paragraphs[0].replace('400', '40'), good.paragraphs[1]] }),
    ).toMatchObject({
      passed: false,
      severity: 'blocking',
      findings: [{ paragraph: 0, message: '400 (source paragraph 1) is not in the translation' }],
    });
    expect(check('numbers', { paragraphs: [good.paragraphs[0], 'The clashes lasted more than 3 days.'] }).passed).toBe(
      true,
    );
    expect(check('numbers', { paragraphs: [good.paragraphs[0], 'The clashes lasted days.'] }).findings).toEqual([
      { paragraph: 1, message: '3 (source paragraph 2) is not in the translation' },
    ]);
  });

  it('paragraph-count: as many paragraphs as the source', () => {
    expect(check('paragraph-count', { paragraphs: [good.paragraphs.join(' ')] })).toMatchObject({
      passed: false,
      findings: [{ message: 'the source has 2 paragraphs, the translation 1' }],
    });
  });

  it('empty-paragraph: no empty paragraph and no empty headline', () => {
    expect(check('empty-paragraph', { headline: ' ', paragraphs: [good.paragraphs[0], '  '] }).findings).toEqual([
      { message: 'the headline is empty' },
      { paragraph: 1, message: 'paragraph 2 is empty' },
    ]);
  });

  it('script: no Arabic left in an English translation, no Latin letters in an Arabic one', () => {
    expect(
      check('script', { paragraphs: [good.paragraphs[0], 'The clashes lasted أيام three days.'] }).findings,
    ).toEqual([{ paragraph: 1, message: 'Arabic script left in the paragraph 2: "أيام"' }]);
    const arabicTarget = check(
      'script',
      { language: 'ar', headline: 'عنوان', paragraphs: ['فقرة فيها ISIS', 'فقرة'] },
      { language: 'en', headline: 'Headline', paragraphs: ['one', 'two'] },
    );
    expect(arabicTarget.findings).toEqual([{ paragraph: 0, message: 'Latin letters left in the paragraph 1: "ISIS"' }]);
  });

  it('glossary-preferred: each term the source names is rendered in its preferred or an accepted form', () => {
    const result = check('glossary-preferred', {
      headline: 'Syrian rebels end ISIS presence in southeastern Idlib',
      paragraphs: ['Rebel factions ended the presence of ISIS in Idlib and captured 400 members.', good.paragraphs[1]],
    });
    expect(result.findings).toEqual([{ message: '"الجيش السوري الحر" should be rendered "Free Syrian Army"' }]);
  });

  it('glossary-forbidden: no forbidden spelling anywhere', () => {
    const result = check('glossary-forbidden', {
      paragraphs: [
        good.paragraphs[0].replace('Idlib countryside', 'Edlib countryside'),
        'ISIL fighters fled after three days.',
      ],
    });
    expect(result.findings).toEqual([
      { paragraph: 0, message: '"Edlib" is not the house spelling: write "Idlib"' },
      { paragraph: 1, message: '"ISIL" is not the house spelling: write "Islamic State"' },
    ]);
  });

  it('name-spelling: one spelling per name in the article (a warning by default)', () => {
    const result = check('name-spelling', {
      paragraphs: [
        `${good.paragraphs[0]} Hussam Salamah, a commander, spoke to SMART.`,
        'Salama added that the clashes lasted three days, Colonel Fateh Hasoun and Fateh Hassoun said.',
      ],
    });
    expect(result).toMatchObject({ severity: 'warning', passed: false });
    expect(result.findings.map((f) => f.message)).toEqual([
      'one name, several spellings: "Salamah", "Salama"',
      'one name, several spellings: "Hasoun", "Hassoun"',
    ]);
  });

  it('can be set to warn or to stay quiet, check by check', () => {
    const results = runQa(
      { source, target: { ...good, paragraphs: [good.paragraphs[0]] }, glossary: SEED_TERMS },
      {
        numbers: 'off',
        'paragraph-count': 'warning',
        'empty-paragraph': 'blocking',
        script: 'blocking',
        'glossary-preferred': 'blocking',
        'glossary-forbidden': 'blocking',
        'name-spelling': 'off',
      },
    );
    expect(results.map((r) => r.check)).not.toContain('numbers');
    expect(results.find((r) => r.check === 'paragraph-count')).toMatchObject({ severity: 'warning', passed: false });
  });
});
