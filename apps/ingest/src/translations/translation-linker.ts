import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { articleUri } from '@news/contracts';
import { withOriginal } from '../articles/article.builder';
import { Intake } from '../articles/accept-article/intake';
import { StoredArticlesRepository } from '../articles/stored-articles.repository';
import { ArticleOutbox } from '../outbox/article-outbox';
import { chooseOriginal } from './original-choice';
import { TranslationMatch } from './translation-link.entity';
import { TranslationLinksRepository } from './translation-links.repository';

export interface OriginalLink {
  originalId: string;
  matchedBy: TranslationMatch;
}

/**
 * Links translations to their originals: the one a translation's feed names,
 * else the feed's article in the source language published at the same time
 * (original-choice). An original that arrives after its translations gives
 * each of them a new version carrying the link.
 */
@Injectable()
export class TranslationLinker {
  constructor(@Inject(ArticleOutbox) private readonly outbox: ArticleOutbox) {}

  /** A translation's original, if it is stored; null for an original or when none is known yet. */
  async findOriginal(manager: EntityManager, intake: Intake): Promise<OriginalLink | null> {
    const { parsed } = intake.input;
    if (!parsed.translatedFrom) return null;
    const { articleId, feed } = intake.identity;
    if (intake.namedOriginalId && intake.namedOriginalId !== articleId) {
      const named = await new StoredArticlesRepository(manager).find(intake.namedOriginalId);
      // A duplicate is not published: link to the article that was.
      if (named && named.translatedFrom === null)
        return { originalId: named.duplicateOf ?? named.articleId, matchedBy: 'named-original' };
    }
    const candidates = await new TranslationLinksRepository(manager).originalCandidates(
      feed,
      parsed.translatedFrom,
      intake.publishedAt,
    );
    const chosen = chooseOriginal(
      {
        articleId,
        feed,
        language: parsed.language,
        translatedFrom: parsed.translatedFrom,
        publishedAt: intake.publishedAt,
      },
      candidates,
    );
    return chosen && { originalId: chosen.articleId, matchedBy: 'publish-time' };
  }

  /** An original that arrives after its translations: each one that named it, or whose chosen original it now is, is relinked. */
  async linkWaitingTranslations(manager: EntityManager, intake: Intake): Promise<void> {
    const { parsed } = intake.input;
    if (parsed.translatedFrom) return;
    const { articleId, feed } = intake.identity;
    const links = new TranslationLinksRepository(manager);
    for (const waiting of await links.waitingTranslations(articleId, feed, parsed.language, intake.publishedAt)) {
      let matchedBy: TranslationMatch = 'named-original';
      if (waiting.namedOriginalId !== articleId) {
        const chosen = chooseOriginal(
          waiting,
          await links.originalCandidates(waiting.feed, waiting.translatedFrom, waiting.publishedAt),
        );
        if (chosen?.articleId !== articleId) continue;
        matchedBy = 'publish-time';
      }
      await this.relink(
        manager,
        { translationId: waiting.articleId, originalId: articleId, matchedBy },
        intake.input.correlationId,
      );
    }
  }

  private async relink(
    manager: EntityManager,
    { translationId, originalId, matchedBy }: { translationId: string } & OriginalLink,
    correlationId: string | undefined,
  ): Promise<void> {
    const articles = new StoredArticlesRepository(manager);
    const links = new TranslationLinksRepository(manager);
    const translation = await articles.lockCurrent(translationId);
    if (
      !translation ||
      translation.duplicateOf !== null ||
      !translation.document.newsroom.translation ||
      (await links.linkOf(translationId))
    )
      return;
    const version = translation.version + 1;
    const next = withOriginal(translation.document, version, articleUri(originalId));
    await links.insert(translationId, originalId, translation.language, matchedBy);
    await articles.update(translationId, { version, document: next });
    await this.outbox.enqueue(manager, next, correlationId);
  }
}
