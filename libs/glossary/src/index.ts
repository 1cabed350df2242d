export * from './glossary-term';
export * from './seed-terms';
export * from './term-fold';
export * from './term-matcher';
export * from './glossary-csv';
export * from './actors';
