/**
 * A PostgreSQL server (`DATABASE_URL`), through a `pg` connection pool. Several
 * service instances may share one database: every guarantee is a database
 * constraint, not process memory.
 */
import pg from 'pg';
import { type Db, type QueryResult, type Transaction, retryingConflicts } from './db.ts';

export interface PostgresOptions {
  connectionString: string;
  /** Most connections this process opens; default 10. */
  maxConnections?: number;
}

/** Connects a pool (lazily: the first statement opens the first connection). */
export function openPostgres(options: PostgresOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    application_name: 'lc-booking',
  });
  // An idle connection the server drops must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const run = async <Row>(
    client: pg.Pool | pg.PoolClient,
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>> => {
    const result = await client.query(sql, params as unknown[] | undefined);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
  };
  let closed: Promise<void> | undefined;
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    transaction: (fn) =>
      retryingConflicts(async () => {
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query('BEGIN');
          const handle: Transaction = {
            query: (sql, params) => run(client, sql, params),
            runScript: async (sql) => void (await client.query(sql)),
          };
          const result = await fn(handle);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          try {
            await client.query('ROLLBACK');
          } catch {
            broken = true; // the connection is gone: do not hand it out again
          }
          throw error;
        } finally {
          client.release(broken);
        }
      }),
    close: () => (closed ??= pool.end()),
  };
}
