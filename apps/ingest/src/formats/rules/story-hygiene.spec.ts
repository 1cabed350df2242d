import { IntakeError } from '../intake-error';
import { ParsedArticle } from '../parsed-article';
import { cleanStory } from './story-hygiene';

const NOW = new Date('2026-11-30T12:00:00Z');

function story(overrides: Partial<ParsedArticle> = {}): ParsedArticle {
  return {
    headline: 'Shelling kills three in Idlib',
    paragraphs: ['Three civilians were killed on Tuesday.'],
    credits: [{ name: 'Farah Nassif', role: 'translation-editor' }],
    publishedAt: '2018-02-13T09:56:59.000Z',
    tags: ['Idlib'],
    language: 'en',
    links: { related: [{ headline: 'Earlier shelling' }] },
    ...overrides,
  };
}

function refusal(run: () => unknown): IntakeError {
  try {
    run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error('expected an IntakeError');
}

describe('cleanStory', () => {
  it('strips NUL and control characters from every field, body and HTML included', () => {
    const clean = cleanStory(
      story({ headline: 'Shel\u0000ling', paragraphs: ['a\u0000b'], html: '<p>x\u0000</p>', guid: 'g\u0001' }),
      NOW,
    );
    expect([clean.headline, clean.paragraphs[0], clean.html, clean.guid]).toEqual(['Shelling', 'ab', '<p>x</p>', 'g']);
  });

  it('replaces lone surrogates so Postgres can store the story', () => {
    expect(cleanStory(story({ paragraphs: ['bad \ud800 half'] }), NOW).paragraphs).toEqual(['bad \uFFFD half']);
  });

  it('keeps only the visible text of markup in plain-text fields', () => {
    const clean = cleanStory(
      story({
        headline: 'Raid<script>alert(1)</script> on <b>Idlib</b>',
        byline: '<img src=x onerror=alert(1)>Jane Doe',
        credits: [{ name: '<i>Mohammed Ghaith</i>', role: 'translator' }],
        tags: ['<u>Idlib</u>', '<script>x</script>'],
        dateline: { place: '<b>Idlib</b>', text: 'Idlib' },
        links: { related: [{ headline: '<a href="javascript:x">Earlier</a>' }] },
      }),
      NOW,
    );
    expect(clean).toMatchObject({
      headline: 'Raid on Idlib',
      byline: 'Jane Doe',
      credits: [{ name: 'Mohammed Ghaith', role: 'translator' }],
      tags: ['Idlib'],
      dateline: { place: 'Idlib', text: 'Idlib' },
      links: { related: [{ headline: 'Earlier' }] },
    });
  });

  it('refuses a headline that is only markup, naming the field', () => {
    expect(refusal(() => cleanStory(story({ headline: '<script>x</script>' }), NOW))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'headline',
    });
  });

  it.each(['0000-12-31T19:00:00.000Z', '1899-12-31T23:59:59.000Z', '2028-01-01T00:00:00.000Z', 'not a date'])(
    'refuses the publish date %s with 422 naming publishedAt',
    (publishedAt) => {
      expect(refusal(() => cleanStory(story({ publishedAt }), NOW))).toMatchObject({
        code: 'UNUSABLE',
        pointer: 'publishedAt',
      });
    },
  );

  it('refuses a language the contract cannot carry', () => {
    expect(refusal(() => cleanStory(story({ language: 'english' }), NOW)).pointer).toBe('language');
  });
});
