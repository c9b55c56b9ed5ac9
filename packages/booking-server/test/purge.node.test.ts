/**
 * Personal data is deleted: bookings go a configurable number of days after
 * the meeting, at start and every hour.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cancelBooking } from '../src/bookings/bookings.ts';
import { placeHold } from '../src/bookings/holds.ts';
import { purge } from '../src/bookings/queries.ts';
import { schedulePurge } from '../src/purge-schedule.ts';
import { bookDirect } from './helpers/book-direct.ts';
import { DAY, MINUTE, NOW, testConfig } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';

let database: TestDatabase;
before(async () => {
  database = await testDatabase();
});
after(() => database?.close());

const config = testConfig();
const ids = async () =>
  (await database.db.query<{ id: string }>('SELECT id FROM bookings ORDER BY starts_at')).rows.map(
    (r) => r.id,
  );

test('bookings are deleted N days after their meeting ended, cancelled ones too; expired holds go', async () => {
  // Tuesday 10 March 09:00–09:45 and Wednesday 11 March 09:00–09:45 (Stockholm).
  const tuesday = await bookDirect(
    database.db,
    config,
    '20260310T080000Z~studievagledning~kalix~phone~sv',
    NOW,
  );
  const wednesday = await bookDirect(
    database.db,
    config,
    '20260311T080000Z~studievagledning~kalix~phone~sv',
    NOW,
  );
  const thursday = await bookDirect(
    database.db,
    config,
    '20260312T080000Z~studievagledning~kalix~phone~sv',
    NOW,
  );
  assert.equal(await cancelBooking(database.db, wednesday.id, wednesday.token, NOW), 'cancelled');
  const held = await placeHold(
    database.db,
    config,
    '20260316T080000Z~studievagledning~kalix~phone~sv',
    NOW,
  );
  assert.ok(held.ok);

  const tuesdayEnd = Date.parse('2026-03-10T08:45:00Z');
  assert.deepEqual(await purge(database.db, tuesdayEnd + 30 * DAY, 30), { bookings: 0, holds: 1 });
  assert.deepEqual(await ids(), [tuesday.id, wednesday.id, thursday.id]);
  assert.deepEqual(await purge(database.db, tuesdayEnd + 30 * DAY + 1, 30), {
    bookings: 1,
    holds: 0,
  });
  assert.deepEqual(await ids(), [wednesday.id, thursday.id]);
  assert.deepEqual(
    await purge(database.db, tuesdayEnd + DAY + 1, 0),
    { bookings: 1, holds: 0 },
    'PURGE_AFTER_DAYS=0',
  );
  assert.deepEqual(await ids(), [thursday.id]);
});

test('schedulePurge runs at once and then on every tick, logging counts only', async () => {
  await bookDirect(database.db, config, '20260317T080000Z~studievagledning~kalix~phone~sv', NOW, {
    name: 'Secret Name',
  });
  let now = NOW;
  const logs: Record<string, unknown>[] = [];
  const scheduled = schedulePurge(database.db, {
    afterDays: 30,
    now: () => now,
    log: (e) => logs.push(e),
    everyMs: 20,
  });
  try {
    await scheduled.ran;
    assert.deepEqual(logs, [], 'nothing to purge yet, nothing logged');
    now = Date.parse('2026-03-17T08:45:00Z') + 30 * DAY + MINUTE;
    for (let i = 0; i < 500 && logs.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(logs[0], { msg: 'purged', bookings: 2, holds: 0 }); // Thursday's and this one
    assert.ok(!JSON.stringify(logs).includes('Secret'));
  } finally {
    await scheduled.stop();
  }
  assert.deepEqual(await ids(), []);
});
