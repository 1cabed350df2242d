import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { articleIdFromUri } from '@news/contracts';
import { PUBLISH_SETTINGS, PublishSettings } from '../publish-config';
import { articleFacts } from '../published/article-facts';
import { ReadArticleUseCase } from '../published/read-article.use-case';
import { FindRelatedUseCase } from '../related/find-related.use-case';
import { ArticlePageView, articlePageView } from './article-page.view';
import { StoryLink } from './page-links';
import { PageLinksStore } from './page-links.store';

/**
 * One article page: the article (killed and unknown ones throw the read
 * API's errors), its related news from Redis, its neighbours in the
 * category and the other languages of its story.
 */
@Injectable()
export class ShowArticlePageUseCase {
  private readonly logger = new Logger('ArticlePages');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ReadArticleUseCase) private readonly readArticle: ReadArticleUseCase,
    @Inject(FindRelatedUseCase) private readonly findRelated: FindRelatedUseCase,
    @Inject(PageLinksStore) private readonly links: PageLinksStore,
    @Inject(PUBLISH_SETTINGS) private readonly settings: PublishSettings,
  ) {}

  async execute(articleId: string): Promise<ArticlePageView> {
    const article = await this.readArticle.execute(articleId);
    const storyId = articleFacts(article).storyId;
    const [related, previous, next, story] = await Promise.all([
      this.related(articleId),
      this.links.neighbour(this.dataSource, articleId, 'previous'),
      this.links.neighbour(this.dataSource, articleId, 'next'),
      this.links.storyMembers(this.dataSource, storyId, articleId),
    ]);
    const original = story.find((member) => member.articleId === storyId);
    return articlePageView(
      article,
      { related, previous, next, original, translations: story.filter((member) => member !== original) },
      this.settings.site,
    );
  }

  /** Related news is a sidebar: when it cannot be had, the page is still served, without it. */
  private async related(articleId: string): Promise<StoryLink[]> {
    try {
      const { answer } = await this.findRelated.lookup(articleId);
      return answer.items.flatMap((item) => {
        const id = articleIdFromUri(item.uri);
        return id ? [{ articleId: id, headline: item.headline, language: item.language }] : [];
      });
    } catch (error) {
      this.logger.warn(`related news for ${articleId} left out: ${(error as Error).message}`);
      return [];
    }
  }
}
