import { PersistenceModule } from '@news/persistence';
import { StoredArticle } from './articles/stored-article.entity';
import { Fingerprint } from './dedupe/fingerprint.entity';
import { Feed } from './feeds/feed.entity';
import { CreateArticlesAndOutbox1764000000000 } from './migrations/1764000000000-create-articles-and-outbox';
import { CreateFeeds1764000000200 } from './migrations/1764000000200-create-feeds';
import { CreateFingerprintsAndTranslationLinks1764000000300 } from './migrations/1764000000300-create-fingerprints-and-translation-links';
import { ParkUnsendableOutboxEntries1764000000400 } from './migrations/1764000000400-park-unsendable-outbox-entries';
import { AddFeedPriority1764000000500 } from './migrations/1764000000500-add-feed-priority';
import { OutboxEntry } from './outbox/outbox-entry.entity';
import { TranslationLink } from './translations/translation-link.entity';

/** ingest's tables and their migrations, in order; the CLIs and tests open the same schema with the same lists. */
export const INGEST_ENTITIES = [StoredArticle, OutboxEntry, Feed, Fingerprint, TranslationLink];
export const INGEST_MIGRATIONS = [
  CreateArticlesAndOutbox1764000000000,
  CreateFeeds1764000000200,
  CreateFingerprintsAndTranslationLinks1764000000300,
  ParkUnsendableOutboxEntries1764000000400,
  AddFeedPriority1764000000500,
];

/** The `ingest` schema: one module object that every ingest module needing the database imports (one pool). */
export const IngestDatabase = PersistenceModule.forService({
  schema: 'ingest',
  entities: INGEST_ENTITIES,
  migrations: INGEST_MIGRATIONS,
});
