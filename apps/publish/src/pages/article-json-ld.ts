import { Article, CreditRole } from '@news/contracts';
import { headlineOf, summaryOf } from './article-text';
import { PageLinks, SiteSettings, articlePath } from './page-links';

type Thing = Record<string, unknown>;

const person = (name: string): Thing => ({ '@type': 'Person', name });

/**
 * schema.org NewsArticle for search engines and link previews. The credits
 * keep their roles (schema.org has editor and translator; the translation
 * editor is a contributor), and an original and its translation point at
 * each other (translationOfWork / workTranslation).
 */
export function newsArticleJsonLd(article: Article, links: PageLinks, site: SiteSettings): Thing {
  const url = (id: string) => `${site.baseUrl}${articlePath(id)}`;
  const byRole = (role: CreditRole) =>
    article.newsroom.credits.filter((c) => c.role === role).map((c) => person(c.name));
  const category = article.subjects?.find((s) => s.rel === 'category');
  const optional = (key: string, value: unknown) =>
    value === undefined || (Array.isArray(value) && value.length === 0) ? {} : { [key]: value };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url(article.newsroom.articleId),
    url: url(article.newsroom.articleId),
    mainEntityOfPage: url(article.newsroom.articleId),
    headline: headlineOf(article),
    description: summaryOf(article, 200),
    inLanguage: article.language,
    datePublished: article.firstCreated,
    dateModified: article.versionCreated,
    ...optional('dateline', article.newsroom.dateline?.text),
    ...optional('articleSection', category?.name),
    ...optional(
      'keywords',
      article.subjects?.filter((s) => s.rel === 'tag').map((s) => s.name),
    ),
    ...optional('author', [...byRole('writer'), ...byRole('reporter')]),
    ...optional('editor', byRole('editor')),
    ...optional('translator', byRole('translator')),
    ...optional('contributor', byRole('translation-editor')),
    ...optional('translationOfWork', links.original && { '@id': url(links.original.articleId) }),
    ...optional(
      'workTranslation',
      links.original ? undefined : links.translations.map((t) => ({ '@id': url(t.articleId) })),
    ),
    publisher: { '@type': 'NewsMediaOrganization', name: site.name, url: site.baseUrl },
  };
}

/** JSON inside a <script> element: `<` escaped so no text in it can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
