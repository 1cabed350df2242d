export * from './service-app';
export * from './admin-cli';
