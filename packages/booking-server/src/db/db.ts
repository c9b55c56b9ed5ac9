/**
 * The little the service needs from a database, so the same SQL runs on
 * embedded PGlite and on a PostgreSQL server.
 */

/** Rows of a statement, and how many rows it changed. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Anything that runs one parameterised statement (`$1`, `$2`, …). */
export interface Queryable {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
}

/** Statements inside a transaction, and whole SQL scripts (migrations). */
export interface Transaction extends Queryable {
  /** Runs a script of several statements without parameters. */
  runScript(sql: string): Promise<void>;
}

/** A database: statements, transactions and shutdown. */
export interface Db extends Queryable {
  /** `pglite` (embedded, single process) or `postgres` (a server, many instances). */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one READ COMMITTED transaction: committed when it resolves,
   * rolled back when it throws (the error is rethrown). A transaction the
   * server aborts to break a deadlock or a serialization conflict is run again
   * from the start (a few times), so `fn` must only touch the database.
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLSTATE of a database error (`23P01` exclusion violation, …), if it is one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Name of the constraint a database error names, if any. */
export function constraintOf(error: unknown): string | undefined {
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

/** Runs `attempt` again while it fails with a serialization failure or deadlock. */
export async function retryingConflicts<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * n));
    }
  }
}
