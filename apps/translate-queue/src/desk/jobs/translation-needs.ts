import { Article } from '@news/contracts';

/**
 * The target languages an article still needs a translation into. A
 * translation is never translated again, and nothing is needed in the
 * language the article is already written in.
 */
export function translationNeeds(article: Article, targets: readonly string[]): string[] {
  if (article.newsroom.translation) return [];
  if (article.pubStatus !== 'usable') return [];
  const source = primaryLanguage(article.language);
  return [...new Set(targets.map(primaryLanguage))].filter((target) => target !== source);
}

function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
