/** Every cache key publish uses is built here, so writers invalidate what readers read. */
export const CacheKeys = {
  /** The stored state of one article (document, status, kill notice). */
  article: (namespace: string, articleId: string) => `${namespace}publish:article:v2:${articleId}`,
  /** The related-news answer for one article. */
  related: (namespace: string, articleId: string) => `${namespace}publish:related:${articleId}`,
  /** The articles whose cached related answer involves a fact: what to invalidate when a new article shares it. */
  relatedByFact: (namespace: string, fact: string) => `${namespace}publish:related-by-fact:${fact}`,
};
