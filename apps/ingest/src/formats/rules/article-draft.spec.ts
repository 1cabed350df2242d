import { refusalOf } from '../intake-refusal.test-helper';
import { ArticleDraft, finishArticle } from './article-draft';

const DAMASCUS = { timeZone: 'Asia/Damascus' };

const draft = (changes: Partial<ArticleDraft> = {}): ArticleDraft => ({
  headline: { value: 'Cafe\u0301  news\u00a0', pointer: 'title' },
  body: { text: 'The factions said that they had taken the village.', pointer: 'description' },
  published: { value: '2018-02-13T11:56:59+02:00', pointer: 'pubDate', form: 'iso' },
  ...changes,
});

describe('finishArticle', () => {
  it('normalises the headline to NFC with single spaces', () => {
    expect(finishArticle(draft(), DAMASCUS).headline).toBe('Café news');
  });

  it('checks headline, then body, then date, naming the field of the first missing one', () => {
    const nothing = draft({
      headline: { pointer: 'title' },
      body: { pointer: 'description' },
      published: { pointer: 'pubDate', form: 'iso' },
    });
    expect(refusalOf(() => finishArticle(nothing, DAMASCUS))).toMatchObject({ code: 'UNUSABLE', pointer: 'title' });
    expect(refusalOf(() => finishArticle({ ...nothing, headline: draft().headline }, DAMASCUS))).toMatchObject({
      pointer: 'description',
    });
    expect(refusalOf(() => finishArticle({ ...draft(), published: nothing.published }, DAMASCUS))).toMatchObject({
      pointer: 'pubDate',
    });
  });

  it('drops empty and repeated tags and does not repeat the category as a tag', () => {
    const article = finishArticle(
      draft({ category: { code: 'military', label: 'Military' }, tags: ['Military', ' Idlib ', 'Idlib', ''] }),
      DAMASCUS,
    );
    expect(article.tags).toEqual(['Idlib']);
  });

  it('credits a person once per role and reads an Arabic byline when the format gave no credits', () => {
    expect(
      finishArticle(
        draft({
          credits: [
            { name: 'A  B', role: 'writer' },
            { name: 'A B', role: 'writer' },
          ],
        }),
        DAMASCUS,
      ).credits,
    ).toEqual([{ name: 'A B', role: 'writer' }]);
    expect(finishArticle(draft({ byline: 'تحرير أمنة رياض | ترجمة محمد غيث' }), DAMASCUS).credits).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'محمد غيث', role: 'translator' },
    ]);
    expect(finishArticle(draft({ byline: 'By Jane Doe' }), DAMASCUS).credits).toEqual([]);
  });

  it('makes the dateline from the place alone and leaves links empty', () => {
    expect(finishArticle(draft({ datelinePlace: ' Idlib ' }), DAMASCUS)).toMatchObject({
      dateline: { place: 'Idlib', text: 'Idlib' },
      links: { related: [] },
    });
  });
});
