import { QueryRunner } from 'typeorm';

/** The schema a migration runs in: the data source's own, prefixed per run in tests. */
export function migrationSchema(queryRunner: QueryRunner): string {
  const schema = (queryRunner.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('a service data source must name its schema');
  return `"${schema}"`;
}
