import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { ReadinessCheck } from '@news/http';
import { PostgresProcessedEvents } from '../processed-events/postgres-processed-events';
import { ClassType, openServiceDataSource, schemaName } from '../service-data-source';

@Injectable()
class DataSourceShutdown implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

export const POSTGRES_READINESS = Symbol('POSTGRES_READINESS');
export const PROCESSED_EVENTS = Symbol('PROCESSED_EVENTS');

export interface PersistenceOptions {
  schema: string;
  entities: MixedList<ClassType | string | EntitySchema>;
  migrations: MixedList<ClassType | string>;
}

/** The service's own schema in the shared Postgres, migrated at start-up. */
@Global()
@Module({})
export class PersistenceModule {
  static forService(options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DataSource,
          useFactory: (c: ServiceConfig) =>
            openServiceDataSource({
              url: c.database.url,
              schema: schemaName(c.database.schemaPrefix, options.schema),
              entities: options.entities,
              migrations: options.migrations,
            }),
          inject: [SERVICE_CONFIG],
        },
        {
          provide: POSTGRES_READINESS,
          useFactory: (ds: DataSource): ReadinessCheck => ({
            name: 'postgres',
            async check() {
              await ds.query('SELECT 1');
              if (await ds.showMigrations()) throw new Error('migrations pending');
            },
          }),
          inject: [DataSource],
        },
        {
          provide: PROCESSED_EVENTS,
          useFactory: (ds: DataSource) => new PostgresProcessedEvents(ds),
          inject: [DataSource],
        },
        DataSourceShutdown,
      ],
      exports: [DataSource, POSTGRES_READINESS, PROCESSED_EVENTS],
    };
  }
}
