import { CreateProcessedEvents1764000000100, PersistenceModule } from '@news/persistence';
import { CreateTranslationJobs1764000000001 } from './migrations/1764000000001-create-translation-jobs';
import { CreateDeskPeople1764000000600 } from './migrations/1764000000600-create-desk-people';
import { ExtendTranslationJobsForTheDesk1764000000700 } from './migrations/1764000000700-extend-translation-jobs-for-the-desk';
import { CreateGlossaryTerms1764000000800 } from './migrations/1764000000800-create-glossary-terms';

/**
 * translate-queue's tables are read and written in SQL by their
 * repositories (conditional updates, row locks, jsonb), so TypeORM is given
 * no entities: it runs the migrations and hands out connections.
 */
export const TRANSLATE_QUEUE_MIGRATIONS = [
  CreateTranslationJobs1764000000001,
  CreateProcessedEvents1764000000100,
  CreateDeskPeople1764000000600,
  ExtendTranslationJobsForTheDesk1764000000700,
  CreateGlossaryTerms1764000000800,
];

/** The `translation` schema: one module object every translate-queue module needing the database imports (one pool). */
export const TranslateQueueDatabase = PersistenceModule.forService({
  schema: 'translation',
  entities: [],
  migrations: TRANSLATE_QUEUE_MIGRATIONS,
});
