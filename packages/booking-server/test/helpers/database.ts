/**
 * A fresh, migrated database for one test file: PGlite in memory, or — when
 * DATABASE_URL is set — a new database on that PostgreSQL server, dropped
 * afterwards. One environment variable switches every suite.
 *
 * PGlite's initdb takes seconds; a migrated database is dumped once into the
 * temp directory (keyed by PGlite's version and the migrations) and each file
 * starts from that dump in about a second.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from '../../src/db/db.ts';
import { migrate, readMigrations } from '../../src/db/migrate.ts';
import { PGLITE_EXTENSIONS, openPglite, wrapPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';

/** Which adapter the suites run against. */
export const ADAPTER: 'pglite' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase {
  db: Db;
  /** Closes the database (and drops it on PostgreSQL). */
  close(): Promise<void>;
  /** PostgreSQL only: the URL of this file's database. */
  url?: string;
}

export async function testDatabase(): Promise<TestDatabase> {
  return process.env.DATABASE_URL ? postgresDatabase(process.env.DATABASE_URL) : pgliteDatabase();
}

async function pgliteDatabase(): Promise<TestDatabase> {
  const db = await openPglite({ loadDataDir: new Blob([new Uint8Array(await pgliteTemplate())]) });
  await migrate(db);
  return { db, close: () => db.close() };
}

/** A dump of a migrated in-memory PGlite, made once per PGlite version and set of migrations. */
export async function pgliteTemplate(): Promise<Buffer> {
  const manifest = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const migrations = createHash('sha256')
    .update(
      readMigrations()
        .map((m) => m.checksum)
        .join(),
    )
    .digest('hex')
    .slice(0, 12);
  const file = join(tmpdir(), `lc-booking-pglite-${version}-${migrations}.tar`);
  if (!existsSync(file)) {
    const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const db = wrapPglite(pglite);
    await migrate(db);
    const dump = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
    await db.close();
    // Written aside and renamed: files running in parallel never read half a dump.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, dump);
    renameSync(partial, file);
  }
  return readFileSync(file);
}

/**
 * A data directory holding the migrated template, made once like the dump;
 * copying it is much faster than loading the dump into a new directory.
 */
export async function pgliteTemplateDir(): Promise<string> {
  const tar = await pgliteTemplate();
  const dir = join(
    tmpdir(),
    `lc-booking-pglite-dir-${createHash('sha256').update(tar).digest('hex').slice(0, 12)}`,
  );
  if (!existsSync(dir)) {
    const partial = `${dir}.${process.pid}.${randomBytes(4).toString('hex')}`;
    const db = await openPglite({ dataDir: partial, loadDataDir: new Blob([new Uint8Array(tar)]) });
    await db.close();
    try {
      renameSync(partial, dir);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another process was first
    }
  }
  return dir;
}

async function postgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `lc_booking_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres({ connectionString: url.href, maxConnections: 20 });
  await migrate(db);
  return {
    db,
    url: url.href,
    async close() {
      await db.close();
      // Retried: the server may still be tearing down the pool's sessions.
      for (let attempt = 1; ; attempt++) {
        const dropper = new pg.Client({ connectionString: adminUrl });
        try {
          await dropper.connect();
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          return;
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        } finally {
          await dropper.end().catch(() => {});
        }
      }
    },
  };
}
