import { EntityManager } from 'typeorm';
import { Feed } from '../feeds/feed.entity';
import { StoredArticle } from '../articles/stored-article.entity';
import { FingerprintCandidate } from './duplicate-policy';
import { Fingerprint } from './fingerprint.entity';
import { SimHash, simhashBands, simhashFromSql, simhashToSql } from './simhash';

interface CandidateRow {
  article_id: string;
  simhash: string;
  shingles: number;
  root_id: string;
  root_feed: string;
  root_received_at: Date;
  root_priority: number | string;
}

/** Bands $1-$4, the article's feed $5 and id $6: the other feeds' fingerprints that share a band. */
const CANDIDATES_SQL = (fingerprints: string, articles: string, feeds: string): string =>
  `SELECT f.article_id, f.simhash::text AS simhash, f.shingles,
          r.article_id AS root_id, r.feed AS root_feed, r.received_at AS root_received_at,
          coalesce(fd.priority, 0) AS root_priority
     FROM ${fingerprints} f
     JOIN ${articles} a ON a.article_id = f.article_id
     JOIN ${articles} r ON r.article_id = coalesce(a.duplicate_of, a.article_id)
     LEFT JOIN ${feeds} fd ON fd.name = r.feed
    WHERE (f.band0 = $1 OR f.band1 = $2 OR f.band2 = $3 OR f.band3 = $4)
      AND f.feed <> $5 AND f.article_id <> $6`;

function toCandidate(row: CandidateRow): FingerprintCandidate {
  return {
    articleId: row.article_id,
    simhash: simhashFromSql(row.simhash),
    shingles: row.shingles,
    rootId: row.root_id,
    rootFeed: row.root_feed,
    rootPriority: Number(row.root_priority),
    rootReceivedAt: new Date(row.root_received_at),
  };
}

/** The fingerprints table, inside the caller's transaction; the rules are in duplicate-policy. */
export class FingerprintsRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Saves the article's fingerprint and, in the same statement, reads the
   * fingerprints from other feeds that agree with it on at least one band
   * (with the original each stands for) and the priority of the article's own
   * feed: one round trip where there were three, on the path every new
   * article takes. The candidates are read from the statement's snapshot, so
   * they never include the row it saves (which `except` leaves out anyway).
   */
  async saveAndFindCandidates(
    articleId: string,
    feed: string,
    fingerprint: SimHash,
  ): Promise<{ candidates: FingerprintCandidate[]; feedPriority: number }> {
    const { fingerprints, articles, feeds } = this.tables();
    const [b0, b1, b2, b3] = simhashBands(fingerprint.value);
    const rows = await this.manager.query<(Partial<CandidateRow> & { own_priority: number })[]>(
      `WITH saved AS (
         INSERT INTO ${fingerprints} (article_id, feed, simhash, shingles, band0, band1, band2, band3, updated_at)
         VALUES ($6, $5, $7::bigint, $8, $1, $2, $3, $4, now())
         ON CONFLICT (article_id) DO UPDATE SET feed = excluded.feed, simhash = excluded.simhash,
           shingles = excluded.shingles, band0 = excluded.band0, band1 = excluded.band1,
           band2 = excluded.band2, band3 = excluded.band3, updated_at = excluded.updated_at
       )
       SELECT coalesce((SELECT priority FROM ${feeds} WHERE name = $5), 0) AS own_priority, c.*
         FROM (VALUES (1)) AS one(x)
         LEFT JOIN LATERAL (${CANDIDATES_SQL(fingerprints, articles, feeds)}) c ON true`,
      [b0, b1, b2, b3, feed, articleId, simhashToSql(fingerprint.value), fingerprint.shingles],
    );
    return {
      feedPriority: Number(rows[0]?.own_priority ?? 0),
      candidates: rows
        .filter((row): row is CandidateRow & { own_priority: number } => !!row.article_id)
        .map(toCandidate),
    };
  }

  private tables() {
    return {
      fingerprints: this.manager.getRepository(Fingerprint).metadata.tablePath,
      articles: this.manager.getRepository(StoredArticle).metadata.tablePath,
      feeds: this.manager.getRepository(Feed).metadata.tablePath,
    };
  }

  /** Records (or replaces) the fingerprint of an article's current version. */
  async save(articleId: string, feed: string, fingerprint: SimHash): Promise<void> {
    const [band0, band1, band2, band3] = simhashBands(fingerprint.value);
    await this.manager.getRepository(Fingerprint).upsert(
      {
        articleId,
        feed,
        simhash: simhashToSql(fingerprint.value),
        shingles: fingerprint.shingles,
        band0,
        band1,
        band2,
        band3,
        updatedAt: new Date(),
      },
      ['articleId'],
    );
  }
}
