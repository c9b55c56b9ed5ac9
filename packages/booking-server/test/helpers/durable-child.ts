/**
 * Child process for test/durability.node.test.ts: the real service on a PGlite
 * data directory (argv[2]), booking slots one after another and printing
 * `BOOKED <id>` after each 201, then waiting to be killed.
 */
import { randomUUID } from 'node:crypto';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { startServer } from '../../src/server.ts';
import { Clock, testConfig } from './fixture.ts';
import { PERSON, call, holdSlot } from './server.ts';

const [dataDir, count] = process.argv.slice(2);
const db = await openPglite({ dataDir });
await migrate(db);
const clock = new Clock();
const server = await startServer({
  port: 0,
  db,
  config: testConfig(),
  now: clock.now,
  log: () => {},
  rateLimit: { perMinute: 0, burst: 1 },
});
const base = `http://127.0.0.1:${server.port}`;
process.stdout.write(`READY ${process.pid}\n`);
for (let i = 0; i < Number(count); i++) {
  const start = new Date(Date.parse('2026-03-10T08:00:00Z') + i * 45 * 60_000)
    .toISOString()
    .replace(/[-:]|\.\d+/g, '');
  const holdId = await holdSlot(base, `${start}~studievagledning~kalix~phone~sv`);
  const id = randomUUID();
  const r = await call(base, 'PUT', `/v1/bookings/${id}`, { holdId, ...PERSON });
  if (r.status !== 201) throw new Error(`booking failed: ${r.status}`);
  process.stdout.write(`BOOKED ${id}\n`);
}
setInterval(() => {}, 60_000); // stay alive until killed
