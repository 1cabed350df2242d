export * from './env-schema';
export * from './service-config';
export * from './config.module';
