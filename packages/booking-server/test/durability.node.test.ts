/**
 * A confirmed booking survives kill -9: the service runs in a child process on
 * a PGlite data directory, books, and is killed with SIGKILL the moment the
 * last 201 arrives; the directory is then reopened. (PostgreSQL's own
 * durability is PostgreSQL's: this file tests the embedded database.)
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { pgliteTemplateDir } from './helpers/database.ts';

const dir = mkdtempSync(join(tmpdir(), 'lc-booking-durability-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const CHILD = fileURLToPath(new URL('./helpers/durable-child.ts', import.meta.url));
const BOOKINGS = 4; // all of Anna's Tuesday slots

test('bookings confirmed before a SIGKILL are all there after reopening; the stale lock is taken over', async () => {
  const dataDir = join(dir, 'data');
  cpSync(await pgliteTemplateDir(), dataDir, { recursive: true });
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(BOOKINGS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const booked: string[] = [];
  let lockChecked = false;
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('READY') && !lockChecked) {
      // While the child lives, nobody else may open its data directory.
      await assert.rejects(openPglite({ dataDir }), /is in use by process \d+/);
      lockChecked = true;
    }
    if (line.startsWith('BOOKED ')) booked.push(line.slice(7));
    if (booked.length === BOOKINGS) {
      child.kill('SIGKILL');
      break;
    }
  }
  assert.equal(await exited, 'SIGKILL');
  assert.ok(lockChecked);

  const db = await openPglite({ dataDir });
  try {
    await migrate(db); // nothing to do, and no complaint
    const { rows } = await db.query<{ id: string; status: string }>(
      'SELECT id, status FROM bookings ORDER BY starts_at',
    );
    assert.deepEqual(
      rows.map((r) => r.id),
      booked,
    );
    assert.ok(rows.every((r) => r.status === 'confirmed'));
  } finally {
    await db.close();
  }
});

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

test('`start` prints its URL, serves, and on SIGTERM finishes, closes the database and exits 0', async () => {
  const dataDir = join(dir, 'start');
  cpSync(await pgliteTemplateDir(), dataDir, { recursive: true });
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DATABASE_URL: '', CONFIG: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output: string[] = [];
  for await (const line of createInterface({ input: child.stdout! })) {
    output.push(line);
    if (line.includes('allowed origins')) break;
  }
  const url = /listening on (\S+)/.exec(output[0])?.[1];
  assert.match(url ?? '', /^http:\/\/localhost:\d+\/$/);
  assert.match(output[1], /booking\.config\.example\.json; database PGlite in /);
  const health = await fetch(new URL('healthz', url!.replace('localhost', '127.0.0.1')));
  assert.equal(health.status, 200);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.ok(!existsSync(`${dataDir}.lock`), 'the data directory is released');
});

test('`start` with a broken configuration exits 1 naming the file and the problem', async () => {
  const config = join(dir, 'broken.config.json');
  writeFileSync(config, JSON.stringify({ timeZone: 'Europe/Stockholm' }));
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', CONFIG: config, DATA_DIR: join(dir, 'never') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 1);
  assert.match(
    stderr,
    /broken\.config\.json is not a valid booking configuration:\n {2}services: is required/,
  );
  assert.ok(!existsSync(join(dir, 'never')), 'no database was opened');
});
