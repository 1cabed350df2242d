/** Another article a page links to, by id, headline and language. */
export interface StoryLink {
  articleId: string;
  headline: string;
  language: string;
}

/** What an article page links to besides itself. */
export interface PageLinks {
  related: StoryLink[];
  /** The article before and after it in the same language and category, by first publication. */
  previous?: StoryLink;
  next?: StoryLink;
  /** For a translation: the article it was translated from. */
  original?: StoryLink;
  /** For an original (or a translation, its siblings): the other languages of the same story. */
  translations: StoryLink[];
}

/** Where the site lives and how it prints dates. */
export interface SiteSettings {
  /** The public origin pages and feeds link to, e.g. "https://news.example.org" (no trailing slash). */
  baseUrl: string;
  /** The agency's zone: the Arabic date line is printed in it. */
  timeZone: string;
  name: string;
}

export function articlePath(articleId: string): string {
  return `/articles/${articleId}`;
}

export function frontPath(language?: string, category?: string): string {
  if (!language) return '/';
  return category ? `/${language}/${encodeURIComponent(category)}/` : `/${language}/`;
}

export function feedPath(language: string, format: 'rss' | 'atom', category?: string): string {
  return category ? `/feeds/${language}/${encodeURIComponent(category)}.${format}` : `/feeds/${language}.${format}`;
}
