import { ProblemMapper, problem } from '@news/http';
import { ArticleKilled, ArticleNotFound, InvalidArticleId, InvalidQuery } from './read-errors';

export const readProblems: ProblemMapper = (error) => {
  if (error instanceof ArticleNotFound) return problem(404, 'article-not-found', 'Article not found', error.message);
  if (error instanceof ArticleKilled)
    // 410: the article existed and was withdrawn; the notice says why, and is all that is served.
    return { ...problem(410, 'article-killed', 'Article withdrawn', error.message), notice: error.notice };
  if (error instanceof InvalidArticleId)
    return problem(400, 'invalid-article-id', 'Invalid article id', error.message, 'id');
  if (error instanceof InvalidQuery)
    return problem(400, 'invalid-query', 'Invalid query', error.message, error.parameter);
  return null;
};
