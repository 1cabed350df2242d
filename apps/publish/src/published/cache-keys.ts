/** Every cache key publish uses is built here, so writers invalidate what readers read. */
export const CacheKeys = {
  article: (namespace: string, articleId: string) => `${namespace}publish:article:${articleId}`,
};
