export * from './problem-details';
export * from './problem-details.filter';
export * from './health.controller';
export * from './health-registry';
export * from './client-errors';
export * from './problem-api-docs';
