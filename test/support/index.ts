export * from './article-fixtures';
export * from './infrastructure';
export * from './test-run';
