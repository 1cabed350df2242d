import { Article } from '@news/contracts';
import { formatArabicDateTime } from '@news/text';
import { PageHead, pageHead } from './article-page.view';
import { headlineOf } from './article-text';
import { directionOf, labelsFor } from './page-labels';
import { SiteSettings, articlePath, frontPath } from './page-links';

export interface FrontItem {
  href: string;
  text: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  category?: string;
  iso: string;
  date: string;
}

export interface FrontPageView extends PageHead {
  heading: string;
  items: FrontItem[];
  olderHref?: string;
}

export interface FrontQuery {
  language?: string;
  category?: string;
}

/** A front (all languages, one language, or one language's category) from a page of the read API. */
export function frontPageView(
  articles: Article[],
  nextCursor: string | null,
  front: FrontQuery,
  site: SiteSettings,
): FrontPageView {
  const path = frontPath(front.language, front.category);
  const labels = labelsFor(front.language ?? 'en');
  const categoryName = front.category && categoryLabel(articles, front.category);
  const heading = categoryName ? `${labels.latest}: ${categoryName}` : labels.latest;
  const head = pageHead(front.language ?? 'en', `${heading} | ${site.name}`, `${site.baseUrl}${path}`, site);
  return {
    ...head,
    // The all-languages front is English furniture around items that each carry their own direction.
    feeds: front.language ? head.feeds : [],
    heading,
    items: articles.map((a) => frontItem(a, site)),
    olderHref: nextCursor ? `${path}?before=${encodeURIComponent(nextCursor)}` : undefined,
  };
}

function frontItem(article: Article, site: SiteSettings): FrontItem {
  return {
    href: articlePath(article.newsroom.articleId),
    text: headlineOf(article),
    lang: article.language,
    dir: directionOf(article.language),
    category: article.subjects?.find((s) => s.rel === 'category')?.name,
    iso: article.versionCreated,
    date:
      directionOf(article.language) === 'rtl'
        ? formatArabicDateTime(article.versionCreated, site.timeZone)
        : article.versionCreated.slice(0, 16).replace('T', ' '),
  };
}

/** The category as the articles print it ("خبر عسكري"), else its code. */
function categoryLabel(articles: Article[], code: string): string {
  const subject = articles.flatMap((a) => a.subjects ?? []).find((s) => s.rel === 'category' && s.literal === code);
  return subject?.name ?? code;
}
