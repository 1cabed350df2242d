export * from './article-fixtures';
export * from './infrastructure';
export * from './test-run';
export * from './wait-for';
export * from './topic-reader';
export * from './fuzz/hostile-mutations';
