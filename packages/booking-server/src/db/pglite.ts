/**
 * Embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) in this
 * process, stored in a data directory.
 *
 * Durability: PGlite runs PostgreSQL with `fsync` off, but its Node file
 * system writes straight through to the operating system; with
 * `relaxedDurability: false` a statement's promise resolves only after its
 * writes (the commit's WAL record included) have been handed to the OS. A
 * crash of this process, `kill -9` included, therefore loses no committed
 * booking (test/durability.node.test.ts proves it); a power cut may lose the
 * last commits, as with any database without fsync. Where that matters, run
 * PostgreSQL (`DATABASE_URL`).
 *
 * PGlite is single-connection: statements run one at a time and a
 * transaction holds the connection until it ends, so only one process may
 * open a data directory; a lock file next to it (`<dir>.lock`) makes a second
 * process fail with a clear message instead of corrupting it.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { type Db, type QueryResult, type Transaction, retryingConflicts } from './db.ts';

export interface PgliteOptions {
  /** Where the database lives; without it, in memory (tests). */
  dataDir?: string;
  /** A dump (`dumpDataDir`) to start an in-memory database from: much faster than initdb. */
  loadDataDir?: Blob;
}

/** The extensions the migrations use (exclusion constraints need btree_gist). */
export const PGLITE_EXTENSIONS = { btree_gist };

/**
 * Opens (creating when needed) an embedded database.
 * @throws Error when another live process has the data directory open.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  const dataDir = options.dataDir && resolve(options.dataDir);
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let pg: PGlite;
  try {
    if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
    pg = await PGlite.create({
      dataDir,
      loadDataDir: options.loadDataDir,
      extensions: PGLITE_EXTENSIONS,
      relaxedDurability: false,
    });
  } catch (error) {
    release();
    throw error;
  }
  return wrapPglite(pg, release);
}

/** A Db over an open PGlite; `onClose` runs after it is closed. */
export function wrapPglite(pg: PGlite, onClose: () => void = () => {}): Db {
  const run = async <Row>(
    q: PGlite | PgliteTransaction,
    sql: string,
    params?: readonly unknown[],
  ) => {
    const result = await q.query<Row>(sql, params as unknown[] | undefined);
    return {
      rows: result.rows,
      rowCount: result.affectedRows ?? result.rows.length,
    } as QueryResult<Row>;
  };
  let closed = false;
  return {
    kind: 'pglite',
    query: (sql, params) => run(pg, sql, params),
    transaction: (fn) =>
      retryingConflicts(() =>
        pg.transaction((tx) => {
          const handle: Transaction = {
            query: (sql, params) => run(tx, sql, params),
            runScript: async (sql) => void (await tx.exec(sql)),
          };
          return fn(handle);
        }),
      ),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pg.close();
      } finally {
        onClose();
      }
    },
  };
}

/** Takes `<dataDir>.lock` for this process; returns its release. A lock left by a dead process is taken over. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner && isAlive(owner)) {
        throw new Error(
          `${dataDir} is in use by process ${owner}: PGlite allows one process per data directory. ` +
            'Stop that process first, or use PostgreSQL (DATABASE_URL) to share a database.',
          { cause: error },
        );
      }
      unlinkSync(lockFile);
    }
  }
  return () => {
    try {
      if (Number(readFileSync(lockFile, 'utf8')) === process.pid) unlinkSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
