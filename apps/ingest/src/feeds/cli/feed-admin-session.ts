import { DataSource } from 'typeorm';
import { openServiceDataSource, schemaName } from '@news/persistence';
import { IngestConfig } from '../../ingest-config';
import { INGEST_ENTITIES, INGEST_MIGRATIONS } from '../../ingest-database';
import { CreateFeedInput, CreateFeedUseCase } from '../create-feed/create-feed.use-case';
import { SecretBox } from '../credentials/secret-box';
import { DisableFeedUseCase } from '../disable-feed/disable-feed.use-case';
import { FeedAdminError } from '../feed-errors';
import { FeedsRepository } from '../feeds.repository';
import { ListFeedsUseCase } from '../list-feeds/list-feeds.use-case';
import { RotateFeedKeyUseCase } from '../rotate-feed-key/rotate-feed-key.use-case';

export interface IssuedKey {
  name: string;
  key: string;
  /** Only when the feed was created now and signs. */
  signingSecret?: string;
  created: boolean;
}

/**
 * The feed use cases outside Nest, on ingest's own schema and migrations
 * (run here too, so the CLI works before ingest has ever started): what the
 * feeds CLI and the bench use.
 */
export class FeedAdminSession {
  readonly createFeed: CreateFeedUseCase;
  readonly rotateKey: RotateFeedKeyUseCase;
  readonly disableFeed: DisableFeedUseCase;
  readonly listFeeds: ListFeedsUseCase;

  private constructor(
    private readonly dataSource: DataSource,
    config: IngestConfig,
  ) {
    const feeds = new FeedsRepository(dataSource);
    const secretBox = config.feeds.secretKey ? new SecretBox(config.feeds.secretKey) : null;
    const clock = () => new Date();
    this.createFeed = new CreateFeedUseCase(feeds, config.feeds, secretBox, clock);
    this.rotateKey = new RotateFeedKeyUseCase(feeds, config.feeds, clock);
    this.disableFeed = new DisableFeedUseCase(feeds, clock);
    this.listFeeds = new ListFeedsUseCase(feeds, clock);
  }

  static async open(config: IngestConfig): Promise<FeedAdminSession> {
    const dataSource = await openServiceDataSource({
      url: config.database.url,
      schema: schemaName(config.database.schemaPrefix, 'ingest'),
      entities: INGEST_ENTITIES,
      migrations: INGEST_MIGRATIONS,
      poolSize: 2,
    });
    return new FeedAdminSession(dataSource, config);
  }

  /**
   * A key to post with, whether or not the feed exists yet: creates it, or
   * rotates the key of the existing one (its settings stay as they are; its
   * previous key keeps working for the grace period). What scripts that post
   * as a feed need on every run.
   */
  async issueKey(input: CreateFeedInput): Promise<IssuedKey> {
    try {
      const created = await this.createFeed.execute(input);
      return {
        name: created.name,
        key: created.key,
        ...(created.signingSecret ? { signingSecret: created.signingSecret } : {}),
        created: true,
      };
    } catch (error) {
      if (!(error instanceof FeedAdminError) || error.code !== 'FEED_EXISTS') throw error;
      const rotated = await this.rotateKey.execute({ name: input.name });
      return { name: rotated.name, key: rotated.key, created: false };
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
