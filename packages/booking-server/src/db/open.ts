/**
 * Opens the database the environment names and brings its schema up to date.
 */
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL; when set, `dataDir` is ignored. */
  databaseUrl?: string;
  /** PGlite's data directory. */
  dataDir: string;
}

/** PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir`; migrated. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  const db = options.databaseUrl
    ? openPostgres({ connectionString: options.databaseUrl })
    : await openPglite({ dataDir: options.dataDir });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
