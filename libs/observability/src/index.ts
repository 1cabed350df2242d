export * from './record-context';
export * from './pipeline-metrics';
export * from './prometheus-consumer-metrics';
export * from './metrics.controller';
export * from './observability.module';
export * from './tracing/start-tracing';
export * from './tracing/http-server-spans';
