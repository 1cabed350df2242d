import { DataSource, EntityManager } from 'typeorm';

/** Something SQL can be sent to: the data source, or a transaction's manager. */
export type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** A table of the service's own schema, quoted, e.g. "t1_translation".translation_jobs. */
export function tableIn(dataSource: DataSource, table: string): string {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema) throw new Error('the translate-queue data source must name its schema');
  return `"${schema.replace(/"/g, '')}".${table}`;
}

/**
 * The rows an UPDATE or DELETE … RETURNING gave back: TypeORM's Postgres
 * driver answers those with [rows, affected count], SELECT and INSERT with
 * the rows alone.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}
