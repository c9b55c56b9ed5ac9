/**
 * Schema migrations: `migrations/NNN_name.sql`, applied in order, each once,
 * recorded in `schema_migrations`. The same files run on PGlite and PostgreSQL.
 *
 * All pending migrations run in one transaction that first takes a
 * transaction-scoped advisory lock, so several instances starting together
 * against one PostgreSQL wait for each other instead of racing: the first
 * applies, the others then find nothing to do. A failing migration leaves the
 * database as it was.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

/** The package's own migrations. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** An arbitrary constant naming this service's migration lock in `pg_advisory_xact_lock`. */
const LOCK_KEY = 7_341_902_113;
const FILE = /^(\d+)_[\w-]+\.sql$/;

export interface Migration {
  version: string;
  file: string;
  sql: string;
  checksum: string;
}

/** The migrations in `dir`, in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => FILE.test(file))
    .sort((a, b) => Number(FILE.exec(a)![1]) - Number(FILE.exec(b)![1]))
    .map((file) => {
      const sql = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const checksum = createHash('sha256').update(sql).digest('hex');
      return { version: FILE.exec(file)![1], file, sql, checksum };
    });
}

/**
 * Applies the pending migrations; returns the versions it applied.
 * @throws Error when an applied migration's file has changed since (its
 * checksum differs): migrations are append-only, write a new one.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: string; checksum: string }>(
      'SELECT version, checksum FROM schema_migrations',
    );
    const applied = new Map(rows.map((row) => [row.version, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.version);
      if (checksum === migration.checksum) continue;
      if (checksum !== undefined) {
        throw new Error(
          `migration ${migration.file} has changed since it was applied; add a new migration instead`,
        );
      }
      await tx.runScript(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)', [
        migration.version,
        migration.checksum,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
