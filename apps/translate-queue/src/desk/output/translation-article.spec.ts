import { assertValidArticle } from '@news/contracts';
import { SEED_TERMS } from '@news/glossary';
import { anArticle } from '@news/testing';
import { buildTranslationArticle, translationArticleId, translationWithStatus } from './translation-article';

const original = anArticle({
  language: 'ar',
  headlines: [{ value: 'عنوان' }],
  infoSources: [
    { name: 'أمنة رياض', role: 'editor' },
    { name: 'سمارت', role: 'agency' },
  ],
  newsroom: {
    credits: [{ name: 'أمنة رياض', role: 'editor' }],
    dateline: { place: 'إدلب', agency: 'سمارت', text: 'إدلب، سمارت' },
  },
});

const input = {
  original,
  targetLanguage: 'en',
  headline: 'A headline',
  paragraphs: ['First paragraph.', 'Second <paragraph>.'],
  translatorName: 'سلمى يوسف',
  translationEditorName: 'كريم حداد',
  version: 1,
  firstCreated: new Date('2026-05-01T10:00:00Z'),
  now: new Date('2026-05-01T10:00:00Z'),
  glossary: SEED_TERMS,
};

describe('the approved translation as an article', () => {
  it('is its own article in the target language, linked to its original and valid against the contract', () => {
    const article = buildTranslationArticle(input);
    expect(() => assertValidArticle(article)).not.toThrow();
    expect(article.newsroom.articleId).toBe(translationArticleId(original.newsroom.articleId, 'en'));
    expect(article.newsroom.articleId).not.toBe(original.newsroom.articleId);
    expect(article).toMatchObject({ language: 'en', version: '1', pubStatus: 'usable' });
    expect(article.newsroom.translation).toEqual({ fromLanguage: 'ar', originalUri: original.uri });
    expect(article.bodies[0].value).toBe('First paragraph.\n\nSecond <paragraph>.');
    expect(article.bodies[1].value).toBe('<p>First paragraph.</p><p>Second &lt;paragraph&gt;.</p>');
  });

  it("credits the original's editor, the translator and the translation editor by role, names exactly as given", () => {
    const article = buildTranslationArticle(input);
    expect(article.newsroom.credits).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'سلمى يوسف', role: 'translator' },
      { name: 'كريم حداد', role: 'translation-editor' },
    ]);
    expect(article.infoSources).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'سلمى يوسف', role: 'translator' },
      { name: 'كريم حداد', role: 'translation-editor' },
      { name: 'سمارت', role: 'agency' },
    ]);
  });

  it('renders the dateline through the glossary', () => {
    const article = buildTranslationArticle(input);
    expect(article.located).toBe('Idlib');
    expect(article.newsroom.dateline).toEqual({ place: 'Idlib', agency: 'SMART', text: 'Idlib, SMART' });
  });

  it('keeps its id across versions, and a kill is its next version with the status canceled', () => {
    const v2 = buildTranslationArticle({ ...input, version: 2 });
    expect(v2.newsroom.articleId).toBe(buildTranslationArticle(input).newsroom.articleId);
    const killed = translationWithStatus(v2, 'canceled', 3, new Date('2026-05-02T00:00:00Z'));
    expect(killed).toMatchObject({ version: '3', pubStatus: 'canceled', versionCreated: '2026-05-02T00:00:00.000Z' });
    expect(() => assertValidArticle(killed)).not.toThrow();
  });
});
