import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Article, ArticleEventTypes, Topics, articleUri } from '@news/contracts';
import { encodeArticleEvent } from '@news/messaging';
import { refuseOversizedEvent } from './event-size';
import { DuplicateMatch, chooseDuplicateOf } from '../../dedupe/duplicate-policy';
import { FingerprintsRepository } from '../../dedupe/fingerprints.repository';
import { SimHash, simhash64 } from '../../dedupe/simhash';
import { ParsedArticle } from '../../formats/parsed-article';
import { INGEST_CONFIG, IngestConfig } from '../../ingest-config';
import { OutboxEntry } from '../../outbox/outbox-entry.entity';
import { ArticleOutboxRelay } from '../../outbox/article-outbox-relay';
import { namedOriginalId } from '../../translations/named-original';
import { chooseOriginal } from '../../translations/original-choice';
import { TranslationMatch } from '../../translations/translation-link.entity';
import { TranslationLinksRepository } from '../../translations/translation-links.repository';
import { StoredArticle } from '../stored-article.entity';
import { ArticleIdentity, buildArticle, contentHash, fingerprintText, identify, withOriginal } from '../article.builder';
import { intakeLocks, takeAdvisoryLocks } from './intake-locks';

export interface AcceptArticleInput {
  feed: string;
  /** What a parser read, including the original a translation names, when its format says. */
  parsed: ParsedArticle;
  correlationId?: string;
}

export type AcceptOutcome = 'created' | 'new-version' | 'unchanged' | 'duplicate';

export interface AcceptedArticle {
  articleId: string;
  uri: string;
  version: number;
  outcome: AcceptOutcome;
  /** Set when the article is stored as a duplicate of another feed's article (which is the one published): that article's id. */
  duplicateOf?: string;
}

/** One post, with everything the rules need worked out before the transaction. */
interface Intake {
  input: AcceptArticleInput;
  identity: ArticleIdentity;
  hash: string;
  fingerprint: SimHash;
  publishedAt: Date;
  namedOriginalId: string | null;
}

interface OriginalLink {
  originalId: string;
  matchedBy: TranslationMatch;
}

/**
 * Stores an article version and its `news.ingested` event in one transaction
 * (the outbox), so once this resolves the article is durable and its event
 * will reach Kafka even if the broker is down right now. The same version
 * posted again changes nothing and answers with the existing id.
 *
 * A new article that another feed already sent (its fingerprint within
 * DUPLICATE_MAX_DISTANCE bits) is stored as a duplicate of that one and
 * queues nothing. A translation is linked to its original when the original
 * is known: the one its feed names, else the feed's article in the source
 * language published at the same time; an original that arrives after its
 * translation gives the translation a new version carrying the link.
 */
@Injectable()
export class AcceptArticleUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ArticleOutboxRelay) private readonly relay: ArticleOutboxRelay,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  async execute(input: AcceptArticleInput): Promise<AcceptedArticle> {
    const identity = identify(input.feed, input.parsed);
    const hash = contentHash(input.parsed);
    // A re-post of the current version needs no lock: answer from what is stored.
    const repost = await this.repost(identity.articleId, hash);
    if (repost) return repost;
    const intake: Intake = {
      input,
      identity,
      hash,
      fingerprint: simhash64(fingerprintText(input.parsed)),
      publishedAt: new Date(input.parsed.publishedAt),
      namedOriginalId: input.parsed.translatedFrom ? namedOriginalId(input.feed, input.parsed) : null,
    };
    const accepted = await this.dataSource.transaction(async (manager) => {
      await takeAdvisoryLocks(
        manager,
        intakeLocks({
          feed: input.feed,
          simhash: intake.fingerprint.value,
          publishedAt: intake.publishedAt,
          linkLanguage: input.parsed.translatedFrom ?? input.parsed.language,
          namedIds: input.parsed.translatedFrom ? (intake.namedOriginalId ? [intake.namedOriginalId] : []) : [identity.articleId],
        }),
      );
      return this.store(manager, intake);
    });
    if (accepted.outcome === 'created' || accepted.outcome === 'new-version') this.relay.kick();
    return accepted;
  }

  private async repost(articleId: string, hash: string): Promise<AcceptedArticle | null> {
    const current = await this.dataSource.getRepository(StoredArticle).findOne({
      where: { articleId },
      select: { articleId: true, version: true, contentHash: true, duplicateOf: true },
    });
    return current && current.contentHash === hash ? unchanged(current) : null;
  }

  private async store(manager: EntityManager, intake: Intake): Promise<AcceptedArticle> {
    const articles = manager.getRepository(StoredArticle);
    const { parsed } = intake.input;
    const first = buildArticle(parsed, intake.identity, 1, parsed.publishedAt);
    const inserted = await articles
      .createQueryBuilder()
      .insert()
      .values({ ...rowOf(intake, 1, first), receivedAt: new Date() })
      .orIgnore()
      .returning(['articleId'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) return this.created(manager, intake, first);
    const current = await articles.findOneOrFail({ where: { articleId: intake.identity.articleId }, lock: { mode: 'pessimistic_write' } });
    if (current.contentHash === intake.hash) return unchanged(current);
    return this.nextVersion(manager, intake, current);
  }

  private async created(manager: EntityManager, intake: Intake, first: Article): Promise<AcceptedArticle> {
    const articles = manager.getRepository(StoredArticle);
    const { articleId } = intake.identity;
    const duplicate = await this.fingerprint(manager, intake, true);
    if (duplicate) {
      await articles.update({ articleId }, { duplicateOf: duplicate.originalId });
      return { articleId, uri: first.uri, version: 1, outcome: 'duplicate', duplicateOf: duplicate.originalId };
    }
    let article = first;
    const link = await this.findOriginal(manager, intake);
    if (link) {
      article = buildArticle(intake.input.parsed, intake.identity, 1, first.firstCreated, articleUri(link.originalId));
      await new TranslationLinksRepository(manager).insert(articleId, link.originalId, article.language, link.matchedBy);
      await articles.update({ articleId }, { document: article });
    }
    await this.enqueue(manager, article, intake.input.correlationId);
    await this.linkWaitingTranslations(manager, intake);
    return { articleId, uri: article.uri, version: 1, outcome: 'created' };
  }

  private async nextVersion(manager: EntityManager, intake: Intake, current: StoredArticle): Promise<AcceptedArticle> {
    const articles = manager.getRepository(StoredArticle);
    const { articleId } = intake.identity;
    const { parsed } = intake.input;
    const version = current.version + 1;
    // A published article stays published; one stored as a duplicate is checked again, and is its own story once it no longer matches.
    const duplicate = await this.fingerprint(manager, intake, current.duplicateOf !== null);
    if (duplicate) {
      const stored = buildArticle(parsed, intake.identity, version, current.document.firstCreated);
      await articles.update({ articleId }, { ...rowOf(intake, version, stored), receivedAt: new Date(), duplicateOf: duplicate.originalId });
      return { articleId, uri: stored.uri, version, outcome: 'duplicate', duplicateOf: duplicate.originalId };
    }
    const links = new TranslationLinksRepository(manager);
    const existing = parsed.translatedFrom ? await links.linkOf(articleId) : null;
    const link = existing ?? (await this.findOriginal(manager, intake));
    const next = buildArticle(parsed, intake.identity, version, current.document.firstCreated, link ? articleUri(link.originalId) : undefined);
    await articles.update({ articleId }, { ...rowOf(intake, version, next), receivedAt: new Date(), duplicateOf: null });
    if (link && !existing) await links.insert(articleId, link.originalId, next.language, link.matchedBy);
    await this.enqueue(manager, next, intake.input.correlationId);
    if (current.duplicateOf !== null) await this.linkWaitingTranslations(manager, intake);
    return { articleId, uri: next.uri, version, outcome: 'new-version' };
  }

  /** Saves the version's fingerprint and, when asked, finds the other feed's article it duplicates. */
  private async fingerprint(manager: EntityManager, intake: Intake, check: boolean): Promise<DuplicateMatch | null> {
    const fingerprints = new FingerprintsRepository(manager);
    const { feed, articleId } = intake.identity;
    await fingerprints.save(articleId, feed, intake.fingerprint);
    if (!check) return null;
    const candidates = await fingerprints.candidates(intake.fingerprint, feed, articleId);
    return chooseDuplicateOf(feed, { simhash: intake.fingerprint.value, shingles: intake.fingerprint.shingles }, candidates, this.config.duplicateMaxDistance);
  }

  /** A translation's original: the stored article its feed names, else the one chooseOriginal picks. */
  private async findOriginal(manager: EntityManager, intake: Intake): Promise<OriginalLink | null> {
    const { parsed } = intake.input;
    if (!parsed.translatedFrom) return null;
    const { articleId, feed } = intake.identity;
    if (intake.namedOriginalId && intake.namedOriginalId !== articleId) {
      const named = await manager.getRepository(StoredArticle).findOneBy({ articleId: intake.namedOriginalId });
      // A duplicate is not published: link to the article that was.
      if (named && named.translatedFrom === null) return { originalId: named.duplicateOf ?? named.articleId, matchedBy: 'named-original' };
    }
    const candidates = await new TranslationLinksRepository(manager).originalCandidates(feed, parsed.translatedFrom, intake.publishedAt);
    const chosen = chooseOriginal({ articleId, feed, language: parsed.language, translatedFrom: parsed.translatedFrom, publishedAt: intake.publishedAt }, candidates);
    return chosen && { originalId: chosen.articleId, matchedBy: 'publish-time' };
  }

  /**
   * An original that arrives after its translations: each translation that
   * named it, or whose chosen original it now is, gets the link and a new
   * version carrying it.
   */
  private async linkWaitingTranslations(manager: EntityManager, intake: Intake): Promise<void> {
    const { parsed } = intake.input;
    if (parsed.translatedFrom) return;
    const { articleId, feed } = intake.identity;
    const articles = manager.getRepository(StoredArticle);
    const links = new TranslationLinksRepository(manager);
    for (const waiting of await links.waitingTranslations(articleId, feed, parsed.language, intake.publishedAt)) {
      let matchedBy: TranslationMatch = 'named-original';
      if (waiting.namedOriginalId !== articleId) {
        const chosen = chooseOriginal(waiting, await links.originalCandidates(waiting.feed, waiting.translatedFrom, waiting.publishedAt));
        if (chosen?.articleId !== articleId) continue;
        matchedBy = 'publish-time';
      }
      await this.relink(manager, articles, links, { translationId: waiting.articleId, originalId: articleId, matchedBy }, intake.input.correlationId);
    }
  }

  private async relink(
    manager: EntityManager,
    articles: Repository<StoredArticle>,
    links: TranslationLinksRepository,
    { translationId, originalId, matchedBy }: { translationId: string; originalId: string; matchedBy: TranslationMatch },
    correlationId: string | undefined,
  ): Promise<void> {
    const translation = await articles.findOne({ where: { articleId: translationId }, lock: { mode: 'pessimistic_write' } });
    if (!translation || translation.duplicateOf !== null || !translation.document.newsroom.translation || (await links.linkOf(translationId))) return;
    const version = translation.version + 1;
    const next = withOriginal(translation.document, version, articleUri(originalId));
    await links.insert(translationId, originalId, translation.language, matchedBy);
    await articles.update({ articleId: translationId }, { version, document: next });
    await this.enqueue(manager, next, correlationId);
  }

  /** Throws TOO_LARGE inside the transaction, so an article whose event Kafka would refuse is never stored. */
  private async enqueue(manager: EntityManager, article: Article, correlationId?: string): Promise<void> {
    const message = encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'urn:newsroom:ingest', article, correlationId });
    refuseOversizedEvent(message, this.config.maxEventBytes, this.config.kafka.maxMessageBytes);
    await manager.getRepository(OutboxEntry).insert({ topic: Topics.ingested, message });
  }
}

function unchanged(current: Pick<StoredArticle, 'articleId' | 'version' | 'duplicateOf'>): AcceptedArticle {
  return {
    articleId: current.articleId,
    uri: articleUri(current.articleId),
    version: current.version,
    outcome: 'unchanged',
    ...(current.duplicateOf ? { duplicateOf: current.duplicateOf } : {}),
  };
}

/** The stored row of one version, but for when it was received. */
function rowOf(intake: Intake, version: number, document: Article): Omit<StoredArticle, 'receivedAt' | 'duplicateOf'> {
  const { parsed } = intake.input;
  return {
    articleId: intake.identity.articleId,
    feed: intake.identity.feed,
    guid: intake.identity.guid,
    version,
    contentHash: intake.hash,
    document,
    language: parsed.language,
    translatedFrom: parsed.translatedFrom ?? null,
    publishedAt: intake.publishedAt,
    namedOriginalId: intake.namedOriginalId,
  };
}
