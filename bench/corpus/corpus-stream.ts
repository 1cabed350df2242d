import { PAGE_CATEGORIES } from '../../apps/ingest/src/formats/page-capture/categories';
import { formatArabicDateTime } from './arabic-date';
import { CorpusLanguage, writeHeadline, writeParagraphs } from './article-text';
import { PageCaptureSpec, renderPageCapture } from './page-capture';
import { Prng } from './prng';
import { PEOPLE, PLACES, TAGS } from './vocabulary';

/** What ingest should answer: 202 created / 202 new-version / 200 unchanged. */
export type ExpectedOutcome = 'created' | 'new-version' | 'unchanged';

export interface CorpusDocument {
  serial: number;
  /** Which story this is a version of; a story keeps its id across versions. */
  story: number;
  language: CorpusLanguage;
  words: number;
  text: string;
  expected: ExpectedOutcome;
}

export interface CorpusOptions {
  seed: number;
  /** Share of documents that re-post a story unchanged. */
  repostShare: number;
  /** Share of documents that post a story again with a changed body. */
  updateShare: number;
}

/** A re-post or update goes back at least this far, so it rarely races its original. */
const MIN_REPOST_DISTANCE = 64;

/**
 * An endless, deterministic stream of page captures: mostly new stories, each
 * with its own headline, and a share of exact re-posts and updates.
 */
export class CorpusStream {
  private readonly rng: Prng;
  private readonly stories: PageCaptureSpec[] = [];
  private readonly headlines = new Set<string>();
  private serial = 0;

  constructor(private readonly options: CorpusOptions) {
    this.rng = new Prng(options.seed);
  }

  next(): CorpusDocument {
    const roll = this.rng.next();
    const eligible = this.stories.length - MIN_REPOST_DISTANCE;
    if (eligible > 0 && roll < this.options.repostShare) return this.again(this.rng.int(0, eligible - 1), 'unchanged');
    if (eligible > 0 && roll < this.options.repostShare + this.options.updateShare)
      return this.again(this.rng.int(0, eligible - 1), 'new-version');
    this.stories.push(this.newStory());
    return this.document(this.stories.length - 1, 'created');
  }

  private again(story: number, expected: ExpectedOutcome): CorpusDocument {
    if (expected === 'new-version') {
      const spec = this.stories[story];
      // Same headline and date, so the same id; one paragraph rewritten.
      this.stories[story] = {
        ...spec,
        paragraphs: [...spec.paragraphs.slice(0, -1), ...writeParagraphs(spec.language, 20, this.rng)],
      };
    }
    return this.document(story, expected);
  }

  private document(story: number, expected: ExpectedOutcome): CorpusDocument {
    const spec = this.stories[story];
    const words = spec.paragraphs.join(' ').split(/\s+/).length;
    return { serial: this.serial++, story, language: spec.language, words, text: renderPageCapture(spec), expected };
  }

  private newStory(): PageCaptureSpec {
    const rng = this.rng;
    const language: CorpusLanguage = rng.chance(0.5) ? 'ar' : 'en';
    const category = rng.pick(PAGE_CATEGORIES);
    return {
      language,
      headline: this.uniqueHeadline(language),
      byline: this.byline(language),
      publishedOn: formatArabicDateTime({
        year: rng.int(2016, 2019),
        month: rng.int(1, 12),
        day: rng.int(1, 28),
        hour: rng.int(8, 22),
        minute: rng.int(0, 59),
        second: rng.int(0, 59),
      }),
      categoryLabel: category.label,
      tag: rng.pick(TAGS),
      datelinePlace: rng.int(0, PLACES.length - 1),
      datelineStyle: rng.chance(0.7) ? 'own-line' : 'inline',
      paragraphs: writeParagraphs(language, rng.int(300, 1350), rng),
      related: Array.from({ length: rng.int(0, 3) }, () => writeHeadline('ar', rng)),
      previous: writeHeadline('ar', rng),
      next: writeHeadline('ar', rng),
    };
  }

  private uniqueHeadline(language: CorpusLanguage): string {
    let headline = writeHeadline(language, this.rng);
    if (this.headlines.has(headline)) headline = `${headline} (${this.stories.length + 1})`;
    this.headlines.add(headline);
    return headline;
  }

  /** Arabic stories credit an editor; English ones are translations with all three roles. */
  private byline(language: CorpusLanguage): string {
    const [editor, translator, translationEditor] = [0, 1, 2].map(() => this.rng.pick(PEOPLE));
    return language === 'ar'
      ? `تحرير ${editor}`
      : `تحرير ${editor} | ترجمة ${translator} | تحرير الترجمة ${translationEditor}`;
  }
}
