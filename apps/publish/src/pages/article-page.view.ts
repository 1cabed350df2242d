import { Article, CREDIT_ROLE_LABELS } from '@news/contracts';
import { formatArabicDateTime } from '@news/text';
import { newsArticleJsonLd, scriptSafeJson } from './article-json-ld';
import { headlineOf, paragraphsOf, summaryOf } from './article-text';
import { PageLabels, directionOf, labelsFor, languageName } from './page-labels';
import { PageLinks, SiteSettings, StoryLink, articlePath, feedPath, frontPath } from './page-links';

export interface LinkView {
  href: string;
  text: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  /** The link's language in itself ("English", "العربية"), for links between translations. */
  languageName: string;
}

/** What <head> carries on every page. */
export interface PageHead {
  lang: string;
  dir: 'rtl' | 'ltr';
  title: string;
  canonical: string;
  labels: PageLabels;
  meta: { property: string; content: string }[];
  jsonLd?: string;
  feeds: { href: string; type: string; title: string }[];
}

export interface ArticlePageView extends PageHead {
  headline: string;
  credits: { roleAr: string; roleEn: string; name: string }[];
  published: { arabic: string; iso: string };
  category?: { label: string; href: string };
  tags: string[];
  dateline?: string;
  paragraphs: string[];
  related: LinkView[];
  previous?: LinkView;
  next?: LinkView;
  original?: LinkView;
  translations: LinkView[];
}

/** An article page's content, worked out from the article and what it links to; no I/O. */
export function articlePageView(article: Article, links: PageLinks, site: SiteSettings): ArticlePageView {
  const headline = headlineOf(article);
  const category = article.subjects?.find((s) => s.rel === 'category');
  const code = category?.literal;
  const canonical = `${site.baseUrl}${articlePath(article.newsroom.articleId)}`;
  return {
    ...pageHead(article.language, `${headline} | ${site.name}`, canonical, site, code),
    meta: openGraph(article, canonical, site),
    jsonLd: scriptSafeJson(newsArticleJsonLd(article, links, site)),
    headline,
    credits: article.newsroom.credits.map((c) => ({
      roleAr: CREDIT_ROLE_LABELS[c.role].ar,
      roleEn: CREDIT_ROLE_LABELS[c.role].en,
      name: c.name,
    })),
    published: { arabic: formatArabicDateTime(article.versionCreated, site.timeZone), iso: article.versionCreated },
    category: category && { label: category.name, href: code ? frontPath(article.language, code) : '' },
    tags: (article.subjects ?? []).filter((s) => s.rel === 'tag').map((s) => s.name),
    dateline: article.newsroom.dateline?.text,
    paragraphs: paragraphsOf(article),
    related: links.related.map(linkView),
    previous: links.previous && linkView(links.previous),
    next: links.next && linkView(links.next),
    original: links.original && linkView(links.original),
    translations: links.translations.map(linkView),
  };
}

/** The head every page shares: language and direction, canonical link, the feeds of what it shows. */
export function pageHead(
  language: string,
  title: string,
  canonical: string,
  site: SiteSettings,
  category?: string,
): PageHead {
  const feeds = [
    { href: feedPath(language, 'rss'), type: 'application/rss+xml', title: `${site.name} (${language}) RSS` },
    { href: feedPath(language, 'atom'), type: 'application/atom+xml', title: `${site.name} (${language}) Atom` },
  ];
  if (category)
    feeds.push({
      href: feedPath(language, 'rss', category),
      type: 'application/rss+xml',
      title: `${site.name} (${language}, ${category}) RSS`,
    });
  return { lang: language, dir: directionOf(language), title, canonical, labels: labelsFor(language), meta: [], feeds };
}

function openGraph(article: Article, canonical: string, site: SiteSettings): PageHead['meta'] {
  const section = article.subjects?.find((s) => s.rel === 'category')?.name;
  const tags = (article.subjects ?? []).filter((s) => s.rel === 'tag').map((s) => s.name);
  return [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: headlineOf(article) },
    { property: 'og:description', content: summaryOf(article) },
    { property: 'og:url', content: canonical },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: article.language.replace('-', '_') },
    { property: 'article:published_time', content: article.firstCreated },
    { property: 'article:modified_time', content: article.versionCreated },
    ...(section ? [{ property: 'article:section', content: section }] : []),
    ...tags.map((tag) => ({ property: 'article:tag', content: tag })),
  ];
}

export function linkView(story: StoryLink): LinkView {
  return {
    href: articlePath(story.articleId),
    text: story.headline,
    lang: story.language,
    dir: directionOf(story.language),
    languageName: languageName(story.language),
  };
}
