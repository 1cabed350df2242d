import { articleIdFor, articleUri, assertValidArticle } from '@news/contracts';
import { ParsedArticle } from '../formats/parsed-article';
import { buildArticle, contentHash, fingerprintText, identify, withOriginal } from './article.builder';

function parsed(overrides: Partial<ParsedArticle> = {}): ParsedArticle {
  return {
    headline: 'Factions take a village south of Idlib',
    paragraphs: ['The factions said they had taken the village after clashes.', 'Two fighters were killed.'],
    credits: [{ name: 'محمد غيث', role: 'translator' }],
    publishedAt: '2018-02-13T09:56:59.000Z',
    tags: [],
    language: 'en',
    translatedFrom: 'ar',
    links: { related: [] },
    ...overrides,
  };
}

describe('identify', () => {
  it("derives a stable id from the feed and the feed's guid", () => {
    const identity = identify('reuters', parsed({ guid: 'tag:reuters.com,2018:idlib-1' }));
    expect(identity).toEqual({
      feed: 'reuters',
      guid: 'tag:reuters.com,2018:idlib-1',
      articleId: articleIdFor('reuters', 'tag:reuters.com,2018:idlib-1'),
    });
    expect(identity.articleId).toMatch(/^[0-9a-f]{32}$/);
    expect(identify('reuters', parsed({ guid: 'tag:reuters.com,2018:idlib-1', headline: 'Changed' })).articleId).toBe(
      identity.articleId,
    );
  });

  it('gives the same guid in two feeds two ids', () => {
    expect(identify('reuters', parsed({ guid: 'g-1' })).articleId).not.toBe(
      identify('afp', parsed({ guid: 'g-1' })).articleId,
    );
  });

  it('fingerprints headline and publish time where the feed gives no guid, so a re-post finds the same article', () => {
    const first = identify('smart', parsed());
    expect(first.guid).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(identify('smart', parsed()).articleId).toBe(first.articleId);
    // A corrected body keeps the story; a new headline or time is another story.
    expect(identify('smart', parsed({ paragraphs: ['Corrected.'] })).articleId).toBe(first.articleId);
    expect(identify('smart', parsed({ headline: 'Another story' })).articleId).not.toBe(first.articleId);
    expect(identify('smart', parsed({ publishedAt: '2018-02-14T09:56:59.000Z' })).articleId).not.toBe(first.articleId);
  });
});

describe('contentHash', () => {
  it('is the same for the same version posted again', () => {
    expect(contentHash(parsed())).toBe(contentHash(parsed()));
  });

  it('changes with the headline, the body or the publish time: each makes a new version', () => {
    const base = contentHash(parsed());
    expect(contentHash(parsed({ headline: 'Factions take two villages south of Idlib' }))).not.toBe(base);
    expect(
      contentHash(
        parsed({
          paragraphs: ['The factions said they had taken the village after clashes.', 'Three fighters were killed.'],
        }),
      ),
    ).not.toBe(base);
    expect(contentHash(parsed({ publishedAt: '2018-02-13T10:30:00.000Z' }))).not.toBe(base);
  });

  it('tells paragraphs apart from their joined text', () => {
    expect(contentHash(parsed({ paragraphs: ['a b', 'c'] }))).not.toBe(
      contentHash(parsed({ paragraphs: ['a', 'b c'] })),
    );
  });
});

describe('fingerprintText', () => {
  it('is the headline and the body paragraphs', () => {
    expect(fingerprintText(parsed())).toBe(
      'Factions take a village south of Idlib\nThe factions said they had taken the village after clashes.\nTwo fighters were killed.',
    );
  });
});

describe('the translation link on the article', () => {
  const identity = identify('smart', parsed());
  const originalUri = articleUri('ab'.repeat(16));

  it("carries the original's uri when the translation is linked", () => {
    expect(buildArticle(parsed(), identity, 1, '2018-02-13T09:56:59.000Z', originalUri).newsroom.translation).toEqual({
      fromLanguage: 'ar',
      originalUri,
    });
    expect(buildArticle(parsed(), identity, 1, '2018-02-13T09:56:59.000Z').newsroom.translation).toEqual({
      fromLanguage: 'ar',
    });
  });

  it('gives a stored translation its next version with the link and nothing else changed', () => {
    const v1 = buildArticle(parsed(), identity, 1, '2018-02-13T09:56:59.000Z');
    const v2 = withOriginal(v1, 2, originalUri);
    expect(v2).toEqual({
      ...v1,
      version: '2',
      newsroom: { ...v1.newsroom, translation: { fromLanguage: 'ar', originalUri } },
    });
  });

  it('refuses to link an article that is not a translation', () => {
    const original = buildArticle(
      parsed({ translatedFrom: undefined, language: 'ar' }),
      identity,
      1,
      '2018-02-13T09:56:59.000Z',
    );
    expect(() => withOriginal(original, 2, originalUri)).toThrow(/not a translation/);
  });
});

describe('how intake read the story, on the article', () => {
  const notes = { encoding: 'fallback windows-1252', dateSource: 'received', brief: true } as const;

  it('carries the intake notes as newsroom.intake, within the contract', () => {
    const article = buildArticle(
      parsed({ intakeNotes: notes }),
      identify('smart', parsed()),
      1,
      '2018-02-13T09:56:59.000Z',
    );
    expect(article.newsroom.intake).toEqual(notes);
    expect(assertValidArticle(article).newsroom.intake).toEqual(notes);
  });

  it('has no newsroom.intake when the parser noted nothing', () => {
    expect(
      buildArticle(parsed(), identify('smart', parsed()), 1, '2018-02-13T09:56:59.000Z').newsroom,
    ).not.toHaveProperty('intake');
  });
});

describe('an undated feed item, fetched again later', () => {
  const first = parsed({ publishedAt: '2018-02-13T10:00:00.000Z', intakeNotes: { dateSource: 'received' } });
  const later = parsed({ publishedAt: '2018-02-13T10:05:00.000Z', intakeNotes: { dateSource: 'received' } });

  it('is the same story and the same version: a date it did not print names nothing', () => {
    expect(identify('smart', later).articleId).toBe(identify('smart', first).articleId);
    expect(contentHash(later)).toBe(contentHash(first));
    expect(contentHash(parsed({ ...later, intakeNotes: { dateSource: 'feed' } }))).toBe(contentHash(first));
  });

  it('is a new version when its text changes', () => {
    expect(contentHash({ ...later, headline: 'Factions take two villages south of Idlib' })).not.toBe(
      contentHash(first),
    );
  });

  it('changes nothing for an item that printed its own date', () => {
    const dated = parsed({ intakeNotes: { dateSource: 'item' } });
    expect(contentHash(dated)).toBe(contentHash(parsed()));
    expect(identify('smart', dated).articleId).toBe(identify('smart', parsed()).articleId);
  });
});
