export * from './service-data-source';
export * from './migration-schema';
export * from './nest/persistence.module';
