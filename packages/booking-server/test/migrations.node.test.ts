/**
 * Migrations: applied once each, in order, in one transaction, guarded
 * against edits and against several instances starting at once.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';

let database: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'lc-booking-migrations-'));
before(async () => {
  database = await testDatabase();
  for (const m of readMigrations()) copyFileSync(join(MIGRATIONS_DIR, m.file), join(dir, m.file));
});
after(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The package's own migrations (001_bookings, 002_exam_requests, …). */
const PACKAGE = readMigrations().map((m) => m.version);

const applied = async () =>
  (
    await database.db.query<{ version: string }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    )
  ).rows.map((r) => r.version);

test('the package migrations are recorded with their checksums; a second run applies nothing', async () => {
  assert.deepEqual(await applied(), PACKAGE);
  const { rows } = await database.db.query<{ checksum: string }>(
    'SELECT checksum FROM schema_migrations ORDER BY version',
  );
  assert.deepEqual(
    rows.map((r) => r.checksum),
    readMigrations().map((m) => m.checksum),
  );
  assert.deepEqual(await migrate(database.db), []);
});

test('files are ordered by number, not by text (2 before 10)', () => {
  writeFileSync(join(dir, '10_later.sql'), 'CREATE TABLE later (id int);');
  writeFileSync(join(dir, '2_earlier.sql'), 'CREATE TABLE earlier (id int);');
  assert.deepEqual(
    readMigrations(dir).map((m) => m.version),
    [...PACKAGE, '2', '10'].sort((a, b) => Number(a) - Number(b)),
  );
});

test('new migrations are applied; several instances migrating at once apply each exactly once', async () => {
  const others = database.url
    ? [
        openPostgres({ connectionString: database.url }),
        openPostgres({ connectionString: database.url }),
      ]
    : [database.db, database.db];
  try {
    const results = await Promise.all([
      migrate(database.db, dir),
      ...others.map((db) => migrate(db, dir)),
    ]);
    assert.deepEqual(results.flat().sort(), ['10', '2']);
  } finally {
    if (database.url) await Promise.all(others.map((db) => db.close()));
  }
  assert.deepEqual(await applied(), [...PACKAGE, '10', '2']);
});

test('an applied migration that was edited stops the start', async () => {
  writeFileSync(join(dir, '2_earlier.sql'), 'CREATE TABLE earlier (id bigint);');
  await assert.rejects(
    migrate(database.db, dir),
    /migration 2_earlier\.sql has changed since it was applied/,
  );
  writeFileSync(join(dir, '2_earlier.sql'), 'CREATE TABLE earlier (id int);');
});

test('a failing migration changes nothing, not even the ones before it in the same run', async () => {
  writeFileSync(join(dir, '11_fine.sql'), 'CREATE TABLE fine (id int);');
  writeFileSync(
    join(dir, '12_broken.sql'),
    'CREATE TABLE broken (id int); SELECT * FROM no_such_table;',
  );
  await assert.rejects(migrate(database.db, dir), /no_such_table/);
  assert.deepEqual(await applied(), [...PACKAGE, '10', '2']);
  const { rows } = await database.db.query(
    `SELECT to_regclass('fine') AS fine, to_regclass('broken') AS broken`,
  );
  assert.deepEqual(rows[0], { fine: null, broken: null });
});
