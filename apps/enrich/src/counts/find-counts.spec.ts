import { fold } from '../matching/fold';
import { paragraphStarts } from '../matching/paragraphs';
import { findCounts } from './find-counts';
import { readNumber } from './read-number';

const counts = (text: string) =>
  findCounts(text, fold(text), paragraphStarts(text)).map((c) => `${c.category}:${c.value}${c.approximate ? '~' : ''}`);
const number = (text: string) => readNumber(fold(text).text.split(' '), 0)?.value;

describe('readNumber', () => {
  it('reads digits, Arabic-Indic digits and thousands', () => {
    expect(number('400')).toBe(400);
    expect(number('٤٠٠')).toBe(400);
    expect(number('1,500')).toBe(1500);
    expect(number('150 ألف')).toBe(150000);
  });

  it('reads English number words', () => {
    expect(number('four')).toBe(4);
    expect(number('three')).toBe(3);
    expect(number('twenty three')).toBe(23);
    expect(number('two hundred')).toBe(200);
  });

  it("reads no number from a word that names a property of every object ('constructor', 'toString')", () => {
    for (const word of ['constructor', 'tostring', 'hasownproperty', '__proto__', 'valueof'])
      expect(number(word)).toBeUndefined();
  });

  it('reads Arabic number words, masculine and feminine, compound and teen', () => {
    expect(number('أربعة')).toBe(4);
    expect(number('ثلاث')).toBe(3);
    expect(number('ثلاثة وعشرين')).toBe(23);
    expect(number('أربعة عشر')).toBe(14);
    expect(number('ثلاثة آلاف')).toBe(3000);
  });
});

describe('findCounts', () => {
  it('reads the reference article: 400 members captured', () => {
    expect(counts('Hussam Salamah told SMART that the number of ISIS captures 400 members, who surrendered.')).toEqual([
      'captured:400',
    ]);
  });

  it('gives each number the casualty word nearest it', () => {
    expect(counts('On Sunday, four civilians were killed and seven others injured in airstrikes.')).toEqual([
      'killed:4',
      'injured:7',
    ]);
    expect(counts('قتل أربعة مدنيين وجرح سبعة آخرون بغارات جوية.')).toEqual(['killed:4', 'injured:7']);
  });

  it('marks approximate numbers and reads "two" after the noun in Arabic', () => {
    expect(counts('Nearly 30 civilians were killed.')).toEqual(['killed:30~']);
    expect(counts('ما أسفر عن مقتل مدنيين اثنين.')).toEqual(['killed:2']);
  });

  it('does not count distances or durations', () => {
    expect(
      counts('ISIS seized the village, 38 kilometers south of Idlib, after clashes that lasted three days.'),
    ).toEqual([]);
  });

  it('reads the ACLED event type from the sentence', () => {
    const text = 'A car bomb exploded in al-Dana, killing seven people.';
    expect(findCounts(text, fold(text), [0])[0]).toMatchObject({
      eventType: 'Explosions/Remote violence',
      subEventType: 'Remote explosive/landmine/IED',
    });
  });
});

describe('readNumber with hundreds', () => {
  it('reads مئة in its folded spellings, joined and apart', () => {
    expect(number('مئة')).toBe(100);
    expect(number('مائتين')).toBe(200);
    expect(number('ثلاثمئة')).toBe(300);
    expect(number('خمسمائة')).toBe(500);
    expect(number('ثلاث مئة')).toBe(300);
  });
});

describe('findCounts with Arabic letter variants', () => {
  it('matches nouns and casualty words written with hamza carriers and alef maqsura', () => {
    expect(counts('نزحت 40 عائلة من القرية')).toEqual(['displaced:40']);
    expect(findCounts('نزحت 40 عائلة', fold('نزحت 40 عائلة'), [0])[0].who).toBe('عائلة');
    expect(counts('سقط 5 جرحى في القصف')).toEqual(['injured:5']);
  });
});
