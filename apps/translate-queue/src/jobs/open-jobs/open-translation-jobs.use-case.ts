import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article } from '@news/contracts';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig } from '../../translate-queue-config';
import { TranslationJob } from '../translation-job.entity';
import { translationNeeds } from '../translation-needs';

/** Records an open job per missing language; a redelivered event opens none twice. */
@Injectable()
export class OpenTranslationJobsUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TRANSLATE_QUEUE_CONFIG) private readonly config: TranslateQueueConfig,
  ) {}

  async execute(article: Article): Promise<string[]> {
    const targets = translationNeeds(article, this.config.translationTargets);
    if (targets.length === 0) return [];
    await this.dataSource
      .getRepository(TranslationJob)
      .createQueryBuilder()
      .insert()
      .values(
        targets.map((targetLanguage) => ({
          articleId: article.newsroom.articleId,
          articleVersion: Number(article.version),
          sourceLanguage: article.language,
          targetLanguage,
          headline: article.headlines[0].value,
        })),
      )
      .orIgnore()
      .execute();
    return targets;
  }
}
