import { DynamicModule, Global, InjectionToken, Module } from '@nestjs/common';
import { SERVICE_CONFIG, ServiceConfig } from './service-config';

/**
 * The validated configuration, injectable everywhere in one service: one of
 * the two global modules (with the logger), since every part reads it.
 * `alsoAs` names the service's own token for its extended config
 * (INGEST_CONFIG…), the same object under a type that says more.
 */
@Global()
@Module({})
export class ConfigModule {
  static forService(config: ServiceConfig, ...alsoAs: InjectionToken[]): DynamicModule {
    const tokens = [SERVICE_CONFIG, ...alsoAs];
    return {
      module: ConfigModule,
      providers: tokens.map((token) => ({ provide: token, useValue: config })),
      exports: tokens,
    };
  }
}
