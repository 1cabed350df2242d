import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Article, NEWSROOM_SCHEMA_ID, articleIdFor, articleUri } from '@news/contracts';
import { ConfigModule } from '@news/config';
import { ObservabilityModule } from '@news/observability';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig, loadTranslateQueueConfig } from '../translate-queue-config';
import { DeskModule } from './desk.module';
import { CLOCK } from './desk.tokens';
import { Actor } from './people/desk-roles';
import { AddUserUseCase } from './people/add-user/add-user.use-case';
import { actorOf } from './people/desk-user';
import { UsersRepository } from './people/users.repository';

/**
 * The desk's providers over a schema of their own in the real Postgres,
 * with a clock the test moves. The module is compiled, not started: no
 * relay, sweeper or machine-draft loop runs unless the test runs it.
 */
export class DeskHarness {
  now = new Date('2026-05-01T10:00:00Z');

  private constructor(
    readonly module: TestingModule,
    readonly config: TranslateQueueConfig,
    readonly schema: string,
  ) {}

  static async start(label: string, env: Record<string, string> = {}): Promise<DeskHarness> {
    // As @news/testing's uniqueRunPrefix (production code may not import test/, and this file sits beside it).
    const prefix = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}_${label}`;
    const config = loadTranslateQueueConfig({
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      PG_SCHEMA_PREFIX: `${prefix}_`,
      TOPIC_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      ...env,
    });
    let harness: DeskHarness | undefined;
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forService(config, TRANSLATE_QUEUE_CONFIG),
        ObservabilityModule.forService('translate-queue', 'silent'),
        DeskModule,
      ],
    })
      .overrideProvider(CLOCK)
      .useValue(() => harness!.now)
      .compile();
    harness = new DeskHarness(module, config, `${prefix}_translation`);
    return harness;
  }

  get<T>(type: new (...args: never[]) => T): T {
    return this.module.get(type);
  }

  get dataSource(): DataSource {
    return this.module.get(DataSource);
  }

  later(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  /** A person, added through the use case the CLI uses. */
  async person(username: string, role: string, displayName: string): Promise<Actor> {
    await this.get(AddUserUseCase).execute({ username, role, displayName, password: 'a long test password' });
    return actorOf((await this.get(UsersRepository).findByUsername(username))!);
  }

  async stop(): Promise<void> {
    await this.dataSource.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    await this.module.close();
  }
}

/** A short Arabic original in the reference's shape: an editor's credit, a dateline, three paragraphs with numbers. */
export function arabicOriginal(guid: string, overrides: Partial<Omit<Article, 'newsroom'>> = {}): Article {
  const articleId = articleIdFor('smart', guid);
  const text = [
    'أنهت فصائل من الجيش السوري الحر وجود تنظيم "الدولة الإسلامية" في ريف إدلب الجنوبي الشرقي.',
    'وأسرت الفصائل ٤٠٠ عنصر بعد اشتباكات استمرت أكثر من ثلاثة أيام.',
    'وقالت "هيئة تحرير الشام" إنها ستواصل حملتها.',
  ].join('\n\n');
  return {
    uri: articleUri(articleId),
    type: 'text',
    version: '1',
    language: 'ar',
    headlines: [{ role: 'main', value: 'الجيش الحر ينهي وجود تنظيم "الدولة" جنوب شرق إدلب' }],
    bodies: [{ role: 'text', contentType: 'text/plain', value: text }],
    firstCreated: '2026-05-01T09:30:00.000Z',
    versionCreated: '2026-05-01T09:30:00.000Z',
    pubStatus: 'usable',
    subjects: [{ name: 'خبر عسكري', literal: 'military', rel: 'category', uri: 'urn:newsroom:category:military' }],
    infoSources: [{ name: 'أمنة رياض', role: 'editor' }],
    standard: { name: 'ninjs', version: '3.1', schema: NEWSROOM_SCHEMA_ID },
    ...overrides,
    newsroom: {
      articleId,
      source: { feed: 'smart', guid },
      credits: [{ name: 'أمنة رياض', role: 'editor' }],
      dateline: { place: 'إدلب', agency: 'سمارت', text: 'إدلب، سمارت' },
    },
  };
}

/** The English a translator would write for arabicOriginal: every QA check passes. */
export const GOOD_TRANSLATION = {
  headline: 'Free Syrian Army ends Islamic State presence in southeastern Idlib',
  paragraphs: [
    'Free Syrian Army factions ended the presence of the Islamic State in the southeastern Idlib countryside.',
    'The factions captured 400 members after clashes that lasted more than three days.',
    'Hayat Tahrir al-Sham said it would continue its campaign.',
  ],
};
