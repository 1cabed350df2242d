export * from './article-fixtures';
