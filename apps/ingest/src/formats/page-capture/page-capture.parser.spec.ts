import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { refusalOf as intakeErrorOf } from '../intake-refusal.test-helper';
import { parsePageCapture } from './page-capture.parser';

const FIXTURES = join(__dirname, '../../../../../test/fixtures');
const DAMASCUS = { timeZone: 'Asia/Damascus' };
const CREDIT_LINE =
  'تحرير أمنة رياض | ترجمة محمد غيث | تحرير الترجمة فرح ناصيف 🕔 تم النشر بتاريخ : 13 فبراير، 2018 11:56:59 ص خبر عسكري تنظيم الدولة الإسلامية';

/** Blocks of a page as a browser's "save as text" writes them. */
function capture(...blocks: string[]): string {
  return blocks.join('\n\n');
}

describe('parsePageCapture on the SMART reference page', () => {
  const article = parsePageCapture(readFileSync(join(FIXTURES, 'smart-2018-02-13-idlib.txt'), 'utf8'), DAMASCUS);

  it('takes the first line as the headline', () => {
    expect(article.headline).toBe(
      'Free Syrian Army factions and Islamist affiliated battalions eradicate Islamic State in Southeastern Idlib and capture ISIS members',
    );
  });

  it('reads editor, translator and translation editor with their names as printed', () => {
    expect(article.credits).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'محمد غيث', role: 'translator' },
      { name: 'فرح ناصيف', role: 'translation-editor' },
    ]);
  });

  it('keeps the credit part of the line as the byline, without the clock', () => {
    expect(article.byline).toBe('تحرير أمنة رياض | ترجمة محمد غيث | تحرير الترجمة فرح ناصيف');
  });

  it('reads the publish time as Damascus time and gives it in UTC', () => {
    expect(article.publishedAt).toBe('2018-02-13T09:56:59.000Z');
  });

  it('reads the category with its printed label and the tag after it', () => {
    expect(article.category).toEqual({ code: 'military', label: 'خبر عسكري' });
    expect(article.tags).toEqual(['تنظيم الدولة الإسلامية']);
  });

  it('reads the dateline on its own line', () => {
    expect(article.dateline).toEqual({ place: 'Idlib', agency: 'SMART', text: 'Idlib, SMART' });
  });

  it('keeps the thirteen body paragraphs in order', () => {
    expect(article.paragraphs).toHaveLength(13);
    expect(article.paragraphs[0].startsWith('On Tuesday, Free Syrian Army')).toBe(true);
    expect(article.paragraphs[12].startsWith('Earlier, Colonel Fateh Hasoun')).toBe(true);
  });

  it('normalises whitespace in paragraphs and keeps the text otherwise as printed', () => {
    expect(article.paragraphs[0].endsWith('captured hundreds of ISIS members.')).toBe(true);
    expect(article.paragraphs[2]).toContain('affiliated battalions.Seizing al-Khoain allowed ISIS to advance');
    expect(
      article.paragraphs.every((paragraph) => paragraph === paragraph.trim() && !/\s{2}|\u00a0/.test(paragraph)),
    ).toBe(true);
  });

  it('leaves every line of page furniture out of the paragraphs', () => {
    expect(article.paragraphs.some((paragraph) => /\p{Script=Arabic}/u.test(paragraph))).toBe(false);
  });

  it('links the previous and next stories by headline and finds no related stories', () => {
    expect(article.links).toEqual({
      previous: { headline: 'قتلى مدنيون ولـ"قسد" بانفجار ألغام شرق ديرالزور' },
      next: { headline: 'جرحى لتنظيم "الدولة" برصاص "جيش الإسلام" جنوبي دمشق' },
      related: [],
    });
  });

  it('detects English and, since a translator is credited, a translation from Arabic', () => {
    expect(article.language).toBe('en');
    expect(article.translatedFrom).toBe('ar');
  });

  it('carries no guid, since the page prints none', () => {
    expect(article.guid).toBeUndefined();
  });
});

describe('parsePageCapture on an Arabic original', () => {
  const page = capture(
    'قوات النظام تقصف بلدات في الغوطة الشرقية',
    'تحرير سامر حسن | إعداد ليلى عمر 🕔 تم النشر بتاريخ : ٣ آذار، ٢٠١٩ ٠٤:٠٥:٠٠ م خبر انساني الغوطة الشرقية',
    'ريف دمشق، سمارت',
    'قصفت قوات النظام السوري يوم الأحد بلدات في الغوطة الشرقية بريف دمشق، ما أدى إلى سقوط جرحى بين المدنيين.',
    'وقال ناشطون لـ"سمارت" إن القصف استهدف الأحياء السكنية والأسواق الشعبية.',
    'الأخبار المتعلقة\nنازحون يعودون إلى بلداتهم في الغوطة\nافتتاح مدرسة في دوما',
    'تحرير سامر حسن | إعداد ليلى عمر 🕔 تم النشر بتاريخ : ٣ آذار، ٢٠١٩ ٠٤:٠٥:٠٠ م خبر انساني الغوطة الشرقية\nالخبر السابق\nقصف على دوما\nالخبر التالي\nمظاهرة في إدلب',
  );
  const article = parsePageCapture(page, DAMASCUS);

  it('reads Arabic-Indic digits and an afternoon (م) time', () => {
    expect(article.publishedAt).toBe('2019-03-03T14:05:00.000Z');
  });

  it('reads an editor and a writer', () => {
    expect(article.credits).toEqual([
      { name: 'سامر حسن', role: 'editor' },
      { name: 'ليلى عمر', role: 'writer' },
    ]);
  });

  it('matches the category without its hamza and keeps the label as printed', () => {
    expect(article.category).toEqual({ code: 'humanitarian', label: 'خبر انساني' });
    expect(article.tags).toEqual(['الغوطة الشرقية']);
  });

  it('reads an Arabic dateline with an Arabic comma', () => {
    expect(article.dateline).toEqual({ place: 'ريف دمشق', agency: 'سمارت', text: 'ريف دمشق، سمارت' });
  });

  it('keeps the two body paragraphs and lists the related stories as links', () => {
    expect(article.paragraphs).toHaveLength(2);
    expect(article.links).toEqual({
      previous: { headline: 'قصف على دوما' },
      next: { headline: 'مظاهرة في إدلب' },
      related: [{ headline: 'نازحون يعودون إلى بلداتهم في الغوطة' }, { headline: 'افتتاح مدرسة في دوما' }],
    });
  });

  it('detects Arabic and does not call it a translation', () => {
    expect(article.language).toBe('ar');
    expect(article.translatedFrom).toBeUndefined();
  });
});

describe('parsePageCapture on variations of the page', () => {
  const body = 'On Tuesday, fighters took the village after three days of clashes with the group.';

  it('reads a credit line with no translation editor', () => {
    const article = parsePageCapture(
      capture(
        'Headline',
        'تحرير أمنة رياض | ترجمة محمد غيث 🕔 تم النشر بتاريخ : 13 فبراير، 2018 11:56:59 ص خبر سياسي',
        body,
      ),
      DAMASCUS,
    );
    expect(article.credits).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'محمد غيث', role: 'translator' },
    ]);
    expect(article.category).toEqual({ code: 'politics', label: 'خبر سياسي' });
    expect(article.tags).toEqual([]);
    expect(article.translatedFrom).toBe('ar');
  });

  it('tolerates a missing clock and no space before the colon', () => {
    const article = parsePageCapture(
      capture('Headline', 'تحرير أمنة رياض تم النشر بتاريخ: 13 فبراير 2018 11:56 ص', body),
      DAMASCUS,
    );
    expect(article.credits).toEqual([{ name: 'أمنة رياض', role: 'editor' }]);
    expect(article.byline).toBe('تحرير أمنة رياض');
    expect(article.publishedAt).toBe('2018-02-13T09:56:00.000Z');
    expect(article.category).toBeUndefined();
  });

  it('does not take the first sentence for a dateline when the page has none', () => {
    const article = parsePageCapture(capture('Headline', CREDIT_LINE, body), DAMASCUS);
    expect(article.dateline).toBeUndefined();
    expect(article.paragraphs).toEqual([body]);
  });

  it('reads a dateline at the start of the first paragraph', () => {
    const article = parsePageCapture(
      capture('عنوان الخبر', CREDIT_LINE, 'ريف دمشق (سمارت) - قصفت قوات النظام بلدات في الغوطة الشرقية.'),
      DAMASCUS,
    );
    expect(article.dateline).toEqual({ place: 'ريف دمشق', agency: 'سمارت', text: 'ريف دمشق (سمارت)' });
    expect(article.paragraphs).toEqual(['قصفت قوات النظام بلدات في الغوطة الشرقية.']);
  });

  it('refuses an impossible publish date as unusable and names it', () => {
    const error = intakeErrorOf(() =>
      parsePageCapture(
        capture('Headline', 'تحرير أمنة رياض 🕔 تم النشر بتاريخ : 31 فبراير، 2018 11:56:59 ص خبر عسكري', body),
        DAMASCUS,
      ),
    );
    expect(error.code).toBe('UNUSABLE');
    expect(error.pointer).toBe('publishedAt');
    expect(error.message).toContain('31 فبراير، 2018');
  });

  it('refuses text with no credit and date line as malformed', () => {
    const error = intakeErrorOf(() => parsePageCapture(capture('Headline', body), DAMASCUS));
    expect(error.code).toBe('MALFORMED');
    expect(error.pointer).toBe('line 2');
    expect(error.message).toContain('no credit and date line');
  });

  it('refuses a page whose credit line has no headline above it', () => {
    const error = intakeErrorOf(() => parsePageCapture(capture(CREDIT_LINE, body), DAMASCUS));
    expect(error.code).toBe('UNUSABLE');
    expect(error.pointer).toBe('headline');
  });

  it('refuses a page with no body paragraphs', () => {
    const error = intakeErrorOf(() =>
      parsePageCapture(capture('Headline', CREDIT_LINE, 'Idlib, SMART', 'الخبر السابق\nقصف'), DAMASCUS),
    );
    expect(error.code).toBe('UNUSABLE');
    expect(error.pointer).toBe('paragraphs');
  });

  it("treats an unknown time zone as a configuration error, not the document's fault", () => {
    expect(() => parsePageCapture(capture('Headline', CREDIT_LINE, body), { timeZone: 'Syria' })).toThrow(RangeError);
  });
});
