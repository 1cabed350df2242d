import { similarityTerms } from '../published/article-facts';
import { RelatedItem, ScoredArticle, rankRelated } from './related-score';

const at = (iso: string) => new Date(iso);

/** An article to score; `text` stands for its headline and body. */
function story(id: string, { text, ...overrides }: Partial<ScoredArticle> & { text?: string } = {}): ScoredArticle {
  return {
    articleId: id,
    uri: `urn:newsroom:article:${id}`,
    headline: id,
    language: 'en',
    storyId: id,
    facts: [],
    terms: similarityTerms(text ?? id),
    versionCreated: at('2018-02-13T09:00:00Z'),
    ...overrides,
  };
}

const SUBJECT_TEXT = 'factions capture members near saraqib';
const uris = (items: RelatedItem[]) => items.map((i) => i.uri.replace('urn:newsroom:article:', ''));

describe('rankRelated', () => {
  const subject = story('subject', {
    facts: ['place:saraqib', 'place:idlib'],
    text: SUBJECT_TEXT,
  });
  const rarity = {
    counts: new Map([
      ['place:saraqib', 2],
      ['place:idlib', 50],
    ]),
    total: 100,
  };

  it('weights a shared rare fact above a shared common one', () => {
    const ranked = rankRelated(
      subject,
      [story('common', { facts: ['place:idlib'] }), story('rare', { facts: ['place:saraqib'] })],
      rarity,
    );
    expect(uris(ranked)).toEqual(['rare', 'common']);
  });

  it('never returns the article itself, its translations, or a duplicate of its text', () => {
    const ranked = rankRelated(
      subject,
      [
        story('subject-ar', { storyId: 'subject', language: 'ar', facts: ['place:saraqib'] }),
        story('copy', { facts: ['place:saraqib'], text: SUBJECT_TEXT }),
        story('other', { facts: ['place:saraqib'] }),
      ],
      rarity,
    );
    expect(uris(ranked)).toEqual(['other']);
  });

  it("shows an original and its translation as one story, in the reader's language, and that language first", () => {
    const ranked = rankRelated(
      subject,
      [
        story('clash-ar', { storyId: 'clash', language: 'ar', facts: ['place:saraqib', 'place:idlib'] }),
        story('clash', { facts: ['place:saraqib'] }),
        story('arabic-only', { language: 'ar', facts: ['place:saraqib', 'place:idlib'] }),
      ],
      rarity,
    );
    expect(uris(ranked)).toEqual(['clash', 'arabic-only']);
  });

  it('prefers the nearer in time when facts tie, and says why', () => {
    const ranked = rankRelated(
      subject,
      [
        story('old', { facts: ['place:idlib'], versionCreated: at('2016-01-01T00:00:00Z') }),
        story('new', { facts: ['place:idlib'], versionCreated: at('2018-02-13T10:00:00Z') }),
      ],
      rarity,
    );
    expect(uris(ranked)).toEqual(['new', 'old']);
    expect(ranked[0].why).toEqual(['shares place:idlib', 'close in time']);
  });

  it('names the five rarest shared facts, strongest first, and counts the rest', () => {
    const many = ['place:saraqib', 'place:idlib', ...['a', 'b', 'c', 'd', 'e'].map((p) => `place:${p}`)];
    const counts = new Map([['place:idlib', 50], ['place:saraqib', 2], ...many.slice(2).map((f) => [f, 10] as const)]);
    const [item] = rankRelated(story('s', { facts: many }), [story('other', { facts: many })], { counts, total: 100 });
    expect(item.why.slice(0, 6)).toEqual([
      'shares place:saraqib',
      'shares place:a',
      'shares place:b',
      'shares place:c',
      'shares place:d',
      'shares 2 more',
    ]);
  });

  it('leaves out what shares neither a fact nor words', () => {
    expect(rankRelated(subject, [story('weather', { text: 'snow in lattakia' })], rarity)).toEqual([]);
  });
});
