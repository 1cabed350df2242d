export * from './service-data-source';
export * from './migration-schema';
export * from './processed-events/postgres-processed-events';
export * from './processed-events/create-processed-events.migration';
export * from './nest/persistence.module';
export * from './outbox/postgres-outbox-store';
export * from './lost-connection';
