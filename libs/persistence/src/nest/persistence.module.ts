import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { HealthModule, HealthRegistry } from '@news/http';
import { PostgresProcessedEvents } from '../processed-events/postgres-processed-events';
import { ClassType, openServiceDataSource, schemaName } from '../service-data-source';

@Injectable()
class DataSourceShutdown implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Injectable()
class PostgresReadiness {
  constructor(@Inject(DataSource) ds: DataSource, @Inject(HealthRegistry) health: HealthRegistry) {
    health.addReadiness({
      name: 'postgres',
      async check() {
        await ds.query('SELECT 1');
        if (await ds.showMigrations()) throw new Error('migrations pending');
      },
    });
  }
}
export const PROCESSED_EVENTS = Symbol('PROCESSED_EVENTS');

export interface PersistenceOptions {
  schema: string;
  entities: MixedList<ClassType | string | EntitySchema>;
  migrations: MixedList<ClassType | string>;
}

/**
 * The service's own schema in the shared Postgres, migrated at start-up.
 * An app calls `forService` once and hands that one module object to every
 * module that needs the database (see e.g. apps/ingest/src/ingest-database.ts):
 * the same object is the same instance, one pool per process.
 */
@Module({})
export class PersistenceModule {
  /** Every service's persistence, as the app modules declared it: what `npm run migrate` migrates. */
  static readonly declared = new Map<string, PersistenceOptions>();

  static forService(options: PersistenceOptions): DynamicModule {
    PersistenceModule.declared.set(options.schema, options);
    return {
      module: PersistenceModule,
      imports: [HealthModule],
      providers: [
        {
          provide: DataSource,
          useFactory: (c: ServiceConfig) =>
            openServiceDataSource({
              url: c.database.url,
              schema: schemaName(c.database.schemaPrefix, options.schema),
              entities: options.entities,
              migrations: options.migrations,
              migrate: c.database.migrate,
            }),
          inject: [SERVICE_CONFIG],
        },
        PostgresReadiness,
        {
          provide: PROCESSED_EVENTS,
          useFactory: (ds: DataSource) => new PostgresProcessedEvents(ds),
          inject: [DataSource],
        },
        DataSourceShutdown,
      ],
      exports: [DataSource, PROCESSED_EVENTS],
    };
  }
}
