import { ProblemMapper, problem } from '@news/http';
import { ArticleNotFound, InvalidArticleId } from './read-article.use-case';

export const readProblems: ProblemMapper = (error) => {
  if (error instanceof ArticleNotFound) return problem(404, 'article-not-found', 'Article not found', error.message);
  if (error instanceof InvalidArticleId)
    return problem(400, 'invalid-article-id', 'Invalid article id', error.message, 'id');
  return null;
};
