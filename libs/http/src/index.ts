export * from './problem-details';
export * from './problem-details.filter';
export * from './health.controller';
export * from './health-registry';
export * from './client-errors';
export * from './problem-api-docs';
export * from './load-shedding/in-flight-limit';
export * from './load-shedding/shed-when-busy';
