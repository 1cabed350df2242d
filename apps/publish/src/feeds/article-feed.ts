import { Feed } from 'feed';
import { Article } from '@news/contracts';
import { paragraphsHtml } from '@news/text';
import { headlineOf, paragraphsOf, summaryOf } from '../pages/article-text';
import { SiteSettings, articlePath, feedPath, frontPath } from '../pages/page-links';

export type FeedFormat = 'rss' | 'atom';

export interface FeedScope {
  language: string;
  category?: string;
}

/**
 * An RSS 2.0 or Atom 1.0 document of the newest articles in a language (and
 * category), through `feed`, which handles each format's escaping and dates.
 * Items link to the article pages; an Atom entry's id is the article's uri,
 * an RSS guid its page (a permalink, as RSS assumes guids are).
 */
export function articleFeed(articles: Article[], scope: FeedScope, format: FeedFormat, site: SiteSettings): string {
  const feed = new Feed({
    id: `${site.baseUrl}${feedPath(scope.language, format, scope.category)}`,
    title: [site.name, scope.language, scope.category].filter(Boolean).join(' · '),
    link: `${site.baseUrl}${frontPath(scope.language, scope.category)}`,
    language: scope.language,
    updated: newestOf(articles),
    generator: 'newsroom-pipeline publish',
    copyright: `© ${site.name}`,
    feedLinks: {
      rss: `${site.baseUrl}${feedPath(scope.language, 'rss', scope.category)}`,
      atom: `${site.baseUrl}${feedPath(scope.language, 'atom', scope.category)}`,
    },
  });
  for (const article of articles) feed.addItem(feedItem(article, site));
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

function feedItem(article: Article, site: SiteSettings) {
  const link = `${site.baseUrl}${articlePath(article.newsroom.articleId)}`;
  const category = article.subjects?.find((s) => s.rel === 'category');
  return {
    title: headlineOf(article),
    id: article.uri,
    guid: link,
    link,
    date: new Date(article.versionCreated),
    published: new Date(article.firstCreated),
    description: summaryOf(article),
    content: paragraphsHtml(paragraphsOf(article)),
    author: article.newsroom.credits.map((c) => ({ name: c.name })),
    category: category ? [{ name: category.name, term: category.literal ?? category.name }] : [],
  };
}

/** The newest article's time, or the epoch for an empty feed. */
function newestOf(articles: Article[]): Date {
  const times = articles.map((a) => Date.parse(a.versionCreated)).filter((t) => !Number.isNaN(t));
  return new Date(times.length ? Math.max(...times) : 0);
}
