import { DynamicModule, Global, Module } from '@nestjs/common';
import { SERVICE_CONFIG, ServiceConfig } from './service-config';

/** Makes the validated configuration injectable everywhere in one service. */
@Global()
@Module({})
export class ConfigModule {
  static forService(config: ServiceConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: SERVICE_CONFIG, useValue: config }],
      exports: [SERVICE_CONFIG],
    };
  }
}
