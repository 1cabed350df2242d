import { EntityManager } from 'typeorm';
import { StoredArticle } from '../articles/stored-article.entity';
import { LINK_WINDOW_MS, OriginalCandidate, TranslationFacts } from './original-choice';
import { TranslationLink, TranslationMatch } from './translation-link.entity';

interface CandidateRow {
  article_id: string;
  feed: string;
  language: string;
  published_at: Date;
  translated_from: string | null;
  duplicate_of: string | null;
  translated_into: string[];
}

interface WaitingRow {
  article_id: string;
  feed: string;
  language: string;
  translated_from: string;
  published_at: Date;
  named_original_id: string | null;
}

export interface WaitingTranslation extends TranslationFacts {
  namedOriginalId: string | null;
}

/** translation_links, and the article facts links are matched on, inside the caller's transaction. */
export class TranslationLinksRepository {
  constructor(private readonly manager: EntityManager) {}

  linkOf(translationId: string): Promise<TranslationLink | null> {
    return this.manager.getRepository(TranslationLink).findOneBy({ translationId });
  }

  async insert(
    translationId: string,
    originalId: string,
    language: string,
    matchedBy: TranslationMatch,
  ): Promise<void> {
    await this.manager
      .getRepository(TranslationLink)
      .insert({ translationId, originalId, language, matchedBy, linkedAt: new Date() });
  }

  /** The feed's articles in `language` published within the link window of `publishedAt`, with the languages each is already translated into. */
  async originalCandidates(feed: string, language: string, publishedAt: Date): Promise<OriginalCandidate[]> {
    const rows = await this.manager.query<CandidateRow[]>(
      `SELECT a.article_id, a.feed, a.language, a.published_at, a.translated_from, a.duplicate_of,
              array(SELECT l.language FROM ${this.links} l WHERE l.original_id = a.article_id) AS translated_into
         FROM ${this.articles} a
        WHERE a.feed = $1 AND a.language = $2 AND a.published_at BETWEEN $3::timestamptz - $4 * interval '1 millisecond' AND $3::timestamptz + $4 * interval '1 millisecond'`,
      [feed, language, publishedAt.toISOString(), LINK_WINDOW_MS],
    );
    return rows.map((row) => ({
      articleId: row.article_id,
      feed: row.feed,
      language: row.language,
      publishedAt: new Date(row.published_at),
      translatedFrom: row.translated_from,
      duplicateOf: row.duplicate_of,
      translatedInto: row.translated_into,
    }));
  }

  /**
   * Translations not linked yet that an article from `feed` in `language`,
   * published at `publishedAt` with id `articleId`, could be the original of:
   * those from `language` within the window, and those that named it.
   */
  async waitingTranslations(
    articleId: string,
    feed: string,
    language: string,
    publishedAt: Date,
  ): Promise<WaitingTranslation[]> {
    const rows = await this.manager.query<WaitingRow[]>(
      `SELECT a.article_id, a.feed, a.language, a.translated_from, a.published_at, a.named_original_id
         FROM ${this.articles} a
        WHERE a.translated_from IS NOT NULL AND a.duplicate_of IS NULL AND a.article_id <> $1
          AND NOT EXISTS (SELECT 1 FROM ${this.links} l WHERE l.translation_id = a.article_id)
          AND (a.named_original_id = $1
               OR (a.feed = $2 AND a.translated_from = $3
                   AND a.published_at BETWEEN $4::timestamptz - $5 * interval '1 millisecond' AND $4::timestamptz + $5 * interval '1 millisecond'))
        ORDER BY a.article_id`,
      [articleId, feed, language, publishedAt.toISOString(), LINK_WINDOW_MS],
    );
    return rows.map((row) => ({
      articleId: row.article_id,
      feed: row.feed,
      language: row.language,
      translatedFrom: row.translated_from,
      publishedAt: new Date(row.published_at),
      namedOriginalId: row.named_original_id,
    }));
  }

  private get articles(): string {
    return this.manager.getRepository(StoredArticle).metadata.tablePath;
  }

  private get links(): string {
    return this.manager.getRepository(TranslationLink).metadata.tablePath;
  }
}
