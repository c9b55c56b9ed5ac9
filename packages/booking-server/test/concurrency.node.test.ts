/**
 * No double booking, ever: races decided by the database. On PostgreSQL the
 * requests really run in parallel on separate connections; on PGlite they are
 * serialised by its single connection, and the answers must be the same.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sqlState } from '../src/db/db.ts';
import { ANNA_SLOT, MINUTE, MOTALA_SLOT } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { PERSON, type TestServer, call, holdSlot, startTestServer } from './helpers/server.ts';

let database: TestDatabase;
let t: TestServer;

before(async () => {
  database = await testDatabase();
  t = await startTestServer(database.db);
});
after(async () => {
  await t?.close();
  await database?.close();
});

const N = 50;
const statuses = (responses: { status: number }[]) =>
  responses.reduce<Record<number, number>>(
    (count, r) => ({ ...count, [r.status]: (count[r.status] ?? 0) + 1 }),
    {},
  );

async function confirmedAt(counsellor: string, startIso: string): Promise<number> {
  const { rows } = await database.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM bookings WHERE counsellor_id = $1 AND starts_at = $2 AND status = 'confirmed'`,
    [counsellor, new Date(startIso)],
  );
  return rows[0].n;
}

test(`${N} concurrent holds of one slot: exactly one 201, the rest 409`, async () => {
  const responses = await Promise.all(
    Array.from({ length: N }, () => call(t.base, 'POST', '/v1/holds', { slotId: ANNA_SLOT })),
  );
  assert.deepEqual(statuses(responses), { 201: 1, 409: N - 1 });
  const { rows } = await database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM holds WHERE slot_id = $1',
    [ANNA_SLOT],
  );
  assert.equal(rows[0].n, 1);
});

test(`${N} concurrent holds of every offer of one counsellor's time (modes × languages): exactly one`, async () => {
  const offers = ['on-site', 'phone', 'video'].flatMap((mode) =>
    ['sv', 'en'].map((language) => `20260311T080000Z~studievagledning~kalix~${mode}~${language}`),
  );
  offers.push('20260311T080000Z~karriarvagledning~kalix~video~sv'); // 60 minutes, overlapping
  const responses = await Promise.all(
    Array.from({ length: N }, (_, i) =>
      call(t.base, 'POST', '/v1/holds', { slotId: offers[i % offers.length] }),
    ),
  );
  assert.deepEqual(statuses(responses), { 201: 1, 409: N - 1 });
});

test(`${N} concurrent holds of a slot two counsellors offer: exactly two`, async () => {
  const responses = await Promise.all(
    Array.from({ length: N }, () => call(t.base, 'POST', '/v1/holds', { slotId: MOTALA_SLOT })),
  );
  assert.deepEqual(statuses(responses), { 201: 2, 409: N - 2 });
  const counsellors = await database.db.query<{ counsellor_id: string }>(
    'SELECT counsellor_id FROM holds WHERE slot_id = $1 ORDER BY counsellor_id',
    [MOTALA_SLOT],
  );
  assert.deepEqual(
    counsellors.rows.map((r) => r.counsellor_id),
    ['bo', 'cilla'],
  );
});

test(`${N} concurrent identical PUTs: one 201, the others replay it (200) with the same token`, async () => {
  const holdId = await holdSlot(t.base, '20260312T080000Z~studievagledning~kalix~phone~sv');
  const id = randomUUID();
  const responses = await Promise.all(
    Array.from({ length: N }, () =>
      call(t.base, 'PUT', `/v1/bookings/${id}`, { holdId, ...PERSON }),
    ),
  );
  assert.deepEqual(statuses(responses), { 200: N - 1, 201: 1 });
  assert.equal(new Set(responses.map((r) => r.body.cancelToken)).size, 1);
  assert.equal(await confirmedAt('anna', '2026-03-12T08:00:00Z'), 1);
});

test(`${N} concurrent PUTs with ${N} different holds of one slot: exactly one booking`, async () => {
  const slotId = '20260316T093000Z~studievagledning~kalix~phone~sv';
  // Each hold expires before the next is placed, so all N exist and only the last is alive.
  const holds: string[] = [];
  const saved = t.clock.ms;
  try {
    for (let i = 0; i < N; i++) {
      holds.push(await holdSlot(t.base, slotId));
      if (i < N - 1) t.clock.advance(5 * MINUTE);
    }
    const responses = await Promise.all(
      holds.map((holdId) =>
        call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, { holdId, ...PERSON }),
      ),
    );
    assert.deepEqual(statuses(responses), { 201: 1, 410: N - 1 });
    assert.equal(
      responses.findIndex((r) => r.status === 201),
      N - 1,
      'the live hold wins',
    );
    assert.equal(await confirmedAt('anna', '2026-03-16T09:30:00Z'), 1);
  } finally {
    t.clock.ms = saved;
  }
});

test(`the database itself refuses overlapping confirmed bookings: ${N} concurrent inserts, one row`, async () => {
  // Straight to the table, past every check in the service: this is the guarantee of last resort.
  const start = Date.parse('2026-03-17T08:00:00Z');
  const results = await Promise.allSettled(
    Array.from({ length: N }, (_, i) =>
      database.db.transaction((tx) =>
        tx.query(
          `INSERT INTO bookings (id, status, slot_id, counsellor_id, service_id, centre_id, mode, language,
             starts_at, ends_at, snapshot, name, email, request_hash, cancel_token_hash, sealed_token, created_at)
           VALUES ($1, 'confirmed', $2, 'anna', 'studievagledning', 'kalix', 'phone', 'sv', $3, $4, '{}'::jsonb,
             'N', 'n@example.se', 'h', 't', 's', now())`,
          // Different slots and lengths, all overlapping 09:00–09:45.
          [
            randomUUID(),
            `slot-${i}`,
            new Date(start + (i % 5) * 5 * MINUTE),
            new Date(start + 45 * MINUTE),
          ],
        ),
      ),
    ),
  );
  const fulfilled = results.filter((r) => r.status === 'fulfilled').length;
  assert.equal(fulfilled, 1);
  for (const r of results) {
    if (r.status === 'rejected') assert.equal(sqlState(r.reason), '23P01', String(r.reason));
  }
  // A cancelled booking does not count: the same time can be booked again.
  await database.db.query(
    `UPDATE bookings SET status = 'cancelled' WHERE counsellor_id = 'anna' AND slot_id LIKE 'slot-%'`,
  );
  await database.db.query(
    `INSERT INTO bookings (id, status, slot_id, counsellor_id, service_id, centre_id, mode, language,
       starts_at, ends_at, snapshot, name, email, request_hash, cancel_token_hash, sealed_token, created_at)
     VALUES ($1, 'confirmed', 'again', 'anna', 'studievagledning', 'kalix', 'phone', 'sv', $2, $3, '{}'::jsonb,
       'N', 'n@example.se', 'h', 't', 's', now())`,
    [randomUUID(), new Date(start), new Date(start + 45 * MINUTE)],
  );
});

test('the database refuses overlapping holds of one counsellor', async () => {
  const insert = (id: string, from: string, to: string) =>
    database.db.query(
      `INSERT INTO holds (id, slot_id, counsellor_id, starts_at, ends_at, expires_at, snapshot, created_at)
       VALUES ($1, 's', 'bo', $2, $3, now() + interval '1 hour', '{}'::jsonb, now())`,
      [id, new Date(from), new Date(to)],
    );
  await insert(randomUUID(), '2026-03-24T12:00:00Z', '2026-03-24T13:00:00Z');
  await assert.rejects(
    insert(randomUUID(), '2026-03-24T12:30:00Z', '2026-03-24T13:15:00Z'),
    (e) => sqlState(e) === '23P01',
  );
  // Touching is not overlapping: [12:00, 13:00) and [13:00, 14:00).
  await insert(randomUUID(), '2026-03-24T13:00:00Z', '2026-03-24T14:00:00Z');
  const ok = await call(t.base, 'GET', '/v1/availability');
  assert.equal(ok.status, 200);
});
