import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePageCapture } from '../formats/page-capture/page-capture.parser';
import { hammingDistance, matchingWords, simhash64, simhashBands, simhashFromSql, simhashToSql } from './simhash';

const reference = parsePageCapture(
  readFileSync(join(__dirname, '../../../../test/fixtures/smart-2018-02-13-idlib.txt'), 'utf8'),
  {
    timeZone: 'Asia/Damascus',
  },
);
/** The reference story, headline and body: about 600 words. */
const REFERENCE_TEXT = [reference.headline, ...reference.paragraphs].join('\n');

const UNRELATED_EN = `Municipal workers in Douma began repairing the main water pipeline on Sunday after weeks of shortages left
thousands of families buying water from private tankers at high prices. The local council said the repairs would take ten
days and that engineers had found three breaks caused by shelling last winter. Residents told reporters that the price of
a tank of water had doubled since January, and that many households could no longer afford it. A charity from Gaziantep
paid for the pipes and pumps, and a second phase will connect the eastern neighbourhoods, where schools and a clinic have
had no running water since the autumn. The council asked residents to report leaks and not to draw water illegally from
the network while the work goes on, and promised weekly updates on its page.`;

const UNRELATED_AR = `بدأ عمال البلدية في مدينة دوما يوم الأحد إصلاح خط المياه الرئيسي بعد أسابيع من الانقطاع اضطرت خلالها آلاف العائلات
إلى شراء المياه من الصهاريج الخاصة بأسعار مرتفعة. وقال المجلس المحلي إن أعمال الصيانة ستستغرق عشرة أيام وإن المهندسين وجدوا ثلاثة
أعطال سببها القصف في الشتاء الماضي، فيما قال السكان إن سعر الصهريج تضاعف منذ كانون الثاني.`;

/** The text with the given words (by position among the space-separated words) replaced. */
function edit(text: string, replacements: Record<number, string>): string {
  const words = text.split(' ');
  for (const [index, word] of Object.entries(replacements)) words[Number(index)] = word;
  return words.join(' ');
}

describe('simhash64', () => {
  it('gives the fingerprints earlier releases stored, so stored ones stay comparable', () => {
    // Values from the first implementation (a string per shingle); a faster one must not change them.
    expect(simhash64('Free Syrian Army factions took the village of al-Khoain south of Idlib on Tuesday.')).toEqual({
      value: 82151679661245672n,
      shingles: 13,
    });
    expect(simhash64('قال القيادي في أحرار الشام إن ٤٠٠ عنصر أُسروا')).toEqual({
      value: 10771001974806449984n,
      shingles: 7,
    });
  });

  it('gives identical texts the same fingerprint: distance 0', () => {
    expect(hammingDistance(simhash64(REFERENCE_TEXT).value, simhash64(`${REFERENCE_TEXT}`).value)).toBe(0);
  });

  it('ignores what reading does not see: spacing, case and punctuation', () => {
    const restyled = REFERENCE_TEXT.toUpperCase().replace(/ /g, '  ').replace(/[,.]/g, ' ; ');
    expect(hammingDistance(simhash64(REFERENCE_TEXT).value, simhash64(restyled).value)).toBe(0);
  });

  it('puts a lightly edited copy (three words changed in about 600) within 3 bits', () => {
    const words = REFERENCE_TEXT.split(' ');
    expect(words.length).toBeGreaterThan(550);
    const edited = edit(REFERENCE_TEXT, { 40: 'killed', 200: 'fighters', 480: 'Wednesday' });
    expect(hammingDistance(simhash64(REFERENCE_TEXT).value, simhash64(edited).value)).toBeLessThanOrEqual(3);
  });

  it('keeps most copies with three changed words within 3 bits (200 deterministic edits)', () => {
    const base = simhash64(REFERENCE_TEXT).value;
    const count = REFERENCE_TEXT.split(' ').length;
    let seed = 12345;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const distances = Array.from({ length: 200 }, (_, trial) => {
      const edits = Object.fromEntries([0, 1, 2].map((i) => [Math.floor(next() * count), `changed${trial}x${i}`]));
      return hammingDistance(base, simhash64(edit(REFERENCE_TEXT, edits)).value);
    }).sort((a, b) => a - b);
    // Theory: 64·θ/π bits, θ the angle between the shingle sets (9 of ~600 shingles differ): about 3.5 at worst.
    expect(distances[100]).toBeLessThanOrEqual(3);
    expect(distances.filter((d) => d <= 3).length).toBeGreaterThanOrEqual(150);
    expect(distances[199]).toBeLessThanOrEqual(8);
  });

  it('puts unrelated articles far apart: more than 15 bits', () => {
    const ours = simhash64(REFERENCE_TEXT).value;
    expect(hammingDistance(ours, simhash64(UNRELATED_EN).value)).toBeGreaterThan(15);
    expect(hammingDistance(ours, simhash64(UNRELATED_AR).value)).toBeGreaterThan(15);
    expect(hammingDistance(simhash64(UNRELATED_EN).value, simhash64(UNRELATED_AR).value)).toBeGreaterThan(15);
  });

  it('folds Arabic letter variants, tatweel, harakat and Eastern digits, so spellings of one text match', () => {
    const printed = 'أعلنت الفصائل إنها سيطرت على قرية الخوين في ريف إدلب الجنوبي الشرقي يوم ١٣ شباط';
    const typed = 'اعلنت الفصــائل انها سَيطرت علي قريه الخوين في ريف ادلب الجنوبي الشرقي يوم 13 شباط';
    expect(matchingWords(printed)).toEqual(matchingWords(typed));
    expect(simhash64(printed).value).toBe(simhash64(typed).value);
  });

  it('counts its shingles: word 3-shingles, or one for a text of fewer than three words', () => {
    expect(simhash64('one two three four five').shingles).toBe(3);
    expect(simhash64('two words').shingles).toBe(1);
    expect(simhash64(' ... ').shingles).toBe(0);
  });
});

describe('hammingDistance', () => {
  it('counts differing bits across all 64, the sign bit included', () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0n, 0xffffffffffffffffn)).toBe(64);
    expect(hammingDistance(0b1011n, 0b0110n)).toBe(3);
    expect(hammingDistance(1n << 63n, 0n)).toBe(1);
  });
});

describe('simhashBands', () => {
  it('cuts the 64 bits into four 16-bit bands, lowest first', () => {
    expect(simhashBands(0x1234_5678_9abc_def0n)).toEqual([0xdef0, 0x9abc, 0x5678, 0x1234]);
  });

  it('leaves two fingerprints at most 3 bits apart one band in common, wherever the bits fall', () => {
    let seed = 99;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let trial = 0; trial < 2000; trial++) {
      const value = (BigInt(next()) << 32n) | BigInt(next());
      let flipped = value;
      for (let i = 0; i < 3; i++) flipped ^= 1n << BigInt(next() % 64);
      const [a, b] = [simhashBands(value), simhashBands(flipped)];
      expect(a.some((band, i) => band === b[i])).toBe(true);
    }
  });
});

describe('simhashToSql / simhashFromSql', () => {
  it('stores the unsigned 64 bits in a signed bigint and reads them back', () => {
    const value = 0xfedc_ba98_7654_3210n;
    expect(simhashToSql(value)).toBe('-81985529216486896');
    expect(simhashFromSql(simhashToSql(value))).toBe(value);
    expect(simhashFromSql(simhashToSql(42n))).toBe(42n);
  });
});
