import { ProblemMapper, problem } from '@news/http';
import { ArticleNotFound } from './read-article.use-case';

export const readProblems: ProblemMapper = (error) =>
  error instanceof ArticleNotFound ? problem(404, 'article-not-found', 'Article not found', error.message) : null;
