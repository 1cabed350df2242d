import { Provider } from '@nestjs/common';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { schemaName } from '@news/persistence';
import { FeedStore } from '../feeds/feed-store';
import { FeedsController } from '../feeds/feeds.controller';
import { PublishSettings } from '../publish-config';
import { ArticlePagesController } from './article-pages.controller';
import { FrontPagesController } from './front-pages.controller';
import { PageLinksStore } from './page-links.store';
import { PageRenderer } from './page-renderer';
import { ShowArticlePageUseCase } from './show-article-page.use-case';

/** What readers get besides the JSON API: pages and feeds. Fronts last: their paths are the most general. */
export const READER_CONTROLLERS = [FeedsController, ArticlePagesController, FrontPagesController];

export function readerProviders(settings: PublishSettings): Provider[] {
  const inPublishSchema = <T>(make: (schema: string) => T) => ({
    useFactory: (c: ServiceConfig) => make(schemaName(c.database.schemaPrefix, 'publish')),
    inject: [SERVICE_CONFIG],
  });
  return [
    { provide: PageRenderer, useValue: new PageRenderer(settings.site.name) },
    { provide: PageLinksStore, ...inPublishSchema((schema) => new PageLinksStore(schema)) },
    { provide: FeedStore, ...inPublishSchema((schema) => new FeedStore(schema)) },
    ShowArticlePageUseCase,
  ];
}
