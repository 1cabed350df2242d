import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Article, articleUri } from '@news/contracts';
import { DuplicateDetector } from '../../dedupe/duplicate-detector';
import { simhash64 } from '../../dedupe/simhash';
import { ArticleOutbox } from '../../outbox/article-outbox';
import { namedOriginalId } from '../../translations/named-original';
import { TranslationLinker } from '../../translations/translation-linker';
import { TranslationLinksRepository } from '../../translations/translation-links.repository';
import { StoredArticle } from '../stored-article.entity';
import { NewStoredArticle, StoredArticlesRepository } from '../stored-articles.repository';
import { buildArticle, contentHash, fingerprintText, identify } from '../article.builder';
import { AcceptArticleInput, Intake } from './intake';
import { intakeLocks, takeAdvisoryLocks } from './intake-locks';

export type { AcceptArticleInput } from './intake';

export type AcceptOutcome = 'created' | 'new-version' | 'unchanged' | 'duplicate';

export interface AcceptedArticle {
  articleId: string;
  uri: string;
  version: number;
  outcome: AcceptOutcome;
  /** Set when the article is stored as a duplicate of another feed's article (which is the one published): that article's id. */
  duplicateOf?: string;
}

/**
 * Stores an article version and its `news.ingested` event in one transaction
 * (the outbox), so once this resolves the article is durable and its event
 * will reach Kafka even if the broker is down right now. The same version
 * posted again changes nothing and answers with the existing id. A new
 * article another feed already sent is stored as its duplicate and queues
 * nothing (DuplicateDetector); a translation is linked to its original when
 * the original is known, and an original arriving late relinks its
 * translations (TranslationLinker).
 */
@Injectable()
export class AcceptArticleUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ArticleOutbox) private readonly outbox: ArticleOutbox,
    @Inject(DuplicateDetector) private readonly duplicates: DuplicateDetector,
    @Inject(TranslationLinker) private readonly translations: TranslationLinker,
  ) {}

  async execute(input: AcceptArticleInput): Promise<AcceptedArticle> {
    const identity = identify(input.feed, input.parsed);
    const hash = contentHash(input.parsed);
    // No read ahead of the transaction for re-posts: store() tells one by the
    // insert that finds the row, and the read would be a round trip more for
    // every new article (most posts) to save locks on a few.
    const intake: Intake = {
      input,
      identity,
      hash,
      fingerprint: simhash64(fingerprintText(input.parsed)),
      publishedAt: new Date(input.parsed.publishedAt),
      namedOriginalId: input.parsed.translatedFrom ? namedOriginalId(input.feed, input.parsed) : null,
    };
    const accepted = await this.dataSource.transaction(async (manager) => {
      await takeAdvisoryLocks(manager, locksFor(intake));
      return this.store(manager, intake);
    });
    if (accepted.outcome === 'created' || accepted.outcome === 'new-version') this.outbox.sendSoon();
    return accepted;
  }

  private async store(manager: EntityManager, intake: Intake): Promise<AcceptedArticle> {
    const articles = new StoredArticlesRepository(manager);
    const { parsed } = intake.input;
    const first = buildArticle(parsed, intake.identity, 1, parsed.publishedAt);
    if (await articles.insertFirst(rowOf(intake, 1, first))) return this.created(manager, intake, first);
    const current = await articles.lockCurrent(intake.identity.articleId);
    if (!current) throw new Error(`article ${intake.identity.articleId} vanished while locked`);
    if (current.contentHash === intake.hash) return unchanged(current);
    return this.nextVersion(manager, intake, current);
  }

  private async created(manager: EntityManager, intake: Intake, first: Article): Promise<AcceptedArticle> {
    const articles = new StoredArticlesRepository(manager);
    const { articleId } = intake.identity;
    const duplicate = await this.duplicates.fingerprint(manager, intake, true);
    if (duplicate) {
      await articles.update(articleId, { duplicateOf: duplicate.originalId });
      return { articleId, uri: first.uri, version: 1, outcome: 'duplicate', duplicateOf: duplicate.originalId };
    }
    let article = first;
    const link = await this.translations.findOriginal(manager, intake);
    if (link) {
      article = buildArticle(intake.input.parsed, intake.identity, 1, first.firstCreated, articleUri(link.originalId));
      await new TranslationLinksRepository(manager).insert(
        articleId,
        link.originalId,
        article.language,
        link.matchedBy,
      );
      await articles.update(articleId, { document: article });
    }
    await this.outbox.enqueue(manager, article, intake.input.correlationId);
    await this.translations.linkWaitingTranslations(manager, intake);
    return { articleId, uri: article.uri, version: 1, outcome: 'created' };
  }

  private async nextVersion(manager: EntityManager, intake: Intake, current: StoredArticle): Promise<AcceptedArticle> {
    const articles = new StoredArticlesRepository(manager);
    const { articleId } = intake.identity;
    const { parsed } = intake.input;
    const version = current.version + 1;
    // A published article stays published; one stored as a duplicate is checked again, and is its own story once it no longer matches.
    const duplicate = await this.duplicates.fingerprint(manager, intake, current.duplicateOf !== null);
    if (duplicate) {
      const stored = buildArticle(parsed, intake.identity, version, current.document.firstCreated);
      await articles.update(articleId, { ...rowOf(intake, version, stored), duplicateOf: duplicate.originalId });
      return { articleId, uri: stored.uri, version, outcome: 'duplicate', duplicateOf: duplicate.originalId };
    }
    const links = new TranslationLinksRepository(manager);
    const existing = parsed.translatedFrom ? await links.linkOf(articleId) : null;
    const link = existing ?? (await this.translations.findOriginal(manager, intake));
    const next = buildArticle(
      parsed,
      intake.identity,
      version,
      current.document.firstCreated,
      link ? articleUri(link.originalId) : undefined,
    );
    await articles.update(articleId, { ...rowOf(intake, version, next), duplicateOf: null });
    if (link && !existing) await links.insert(articleId, link.originalId, next.language, link.matchedBy);
    await this.outbox.enqueue(manager, next, intake.input.correlationId);
    if (current.duplicateOf !== null) await this.translations.linkWaitingTranslations(manager, intake);
    return { articleId, uri: next.uri, version, outcome: 'new-version' };
  }
}

/** Who else might be deciding about the same story right now (see intake-locks). */
function locksFor(intake: Intake) {
  const { parsed, feed } = intake.input;
  return intakeLocks({
    feed,
    simhash: intake.fingerprint.value,
    publishedAt: intake.publishedAt,
    linkLanguage: parsed.translatedFrom ?? parsed.language,
    namedIds: parsed.translatedFrom
      ? intake.namedOriginalId
        ? [intake.namedOriginalId]
        : []
      : [intake.identity.articleId],
  });
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

/** The stored row of one version, received now. */
function rowOf(intake: Intake, version: number, document: Article): NewStoredArticle {
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
    receivedAt: new Date(),
  };
}
