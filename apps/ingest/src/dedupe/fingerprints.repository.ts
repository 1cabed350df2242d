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

/** The fingerprints table, inside the caller's transaction; the rules are in duplicate-policy. */
export class FingerprintsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Fingerprints from other feeds that agree with `fingerprint` on at least one band, with the original each stands for. */
  async candidates(fingerprint: SimHash, feed: string, except: string): Promise<FingerprintCandidate[]> {
    const fingerprints = this.manager.getRepository(Fingerprint).metadata.tablePath;
    const articles = this.manager.getRepository(StoredArticle).metadata.tablePath;
    const feeds = this.manager.getRepository(Feed).metadata.tablePath;
    const [b0, b1, b2, b3] = simhashBands(fingerprint.value);
    const rows = await this.manager.query<CandidateRow[]>(
      `SELECT f.article_id, f.simhash::text AS simhash, f.shingles,
              r.article_id AS root_id, r.feed AS root_feed, r.received_at AS root_received_at,
              coalesce(fd.priority, 0) AS root_priority
         FROM ${fingerprints} f
         JOIN ${articles} a ON a.article_id = f.article_id
         JOIN ${articles} r ON r.article_id = coalesce(a.duplicate_of, a.article_id)
         LEFT JOIN ${feeds} fd ON fd.name = r.feed
        WHERE (f.band0 = $1 OR f.band1 = $2 OR f.band2 = $3 OR f.band3 = $4)
          AND f.feed <> $5 AND f.article_id <> $6`,
      [b0, b1, b2, b3, feed, except],
    );
    return rows.map((row) => ({
      articleId: row.article_id,
      simhash: simhashFromSql(row.simhash),
      shingles: row.shingles,
      rootId: row.root_id,
      rootFeed: row.root_feed,
      rootPriority: Number(row.root_priority),
      rootReceivedAt: new Date(row.root_received_at),
    }));
  }

  /** The priority of the feed an article comes from: 0 for a feed not registered (FEED_AUTH=off). */
  async feedPriority(feed: string): Promise<number> {
    const row = await this.manager.getRepository(Feed).findOne({ where: { name: feed }, select: { priority: true } });
    return row?.priority ?? 0;
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
