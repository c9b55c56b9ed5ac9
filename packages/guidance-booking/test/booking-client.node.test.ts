/**
 * The widget's protocol client against the real reference service (PGlite).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ANNA_SLOT, MOTALA_SLOT } from '../../booking-server/test/helpers/fixture.ts';
import { type TestDatabase, testDatabase } from '../../booking-server/test/helpers/database.ts';
import { type TestServer, startTestServer } from '../../booking-server/test/helpers/server.ts';
import { BookingError, createBookingClient } from '../src/booking-client.ts';

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

const PERSON = { name: 'Åsa Öberg', phone: '070-123 45 67', consent: true as const };

async function failure(promise: Promise<unknown>): Promise<BookingError> {
  const error = await promise.then(
    () => assert.fail('expected a BookingError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof BookingError);
  return error;
}

describe('createBookingClient', () => {
  test('availability lists free slots for the query; a base with a path works', async () => {
    const client = createBookingClient(`${t.base}/`);
    const found = await client.availability({
      service: 'studievagledning',
      centre: 'kalix',
      mode: 'phone',
      language: 'sv',
      from: '2026-03-10',
      to: '2026-03-10',
    });
    assert.equal(found.timeZone, 'Europe/Stockholm');
    assert.ok(found.slots.some((s) => s.id === ANNA_SLOT));
    assert.ok(found.slots.every((s) => s.mode === 'phone' && s.centre === 'kalix'));
  });

  test('hold, book (201 then an idempotent replay), and a taken slot is slot-unavailable', async () => {
    const client = createBookingClient(t.base);
    const hold = await client.hold(ANNA_SLOT);
    assert.equal(hold.slotId, ANNA_SLOT);
    const id = randomUUID();
    const first = await client.book(id, { holdId: hold.holdId, ...PERSON });
    assert.equal(first.booking.status, 'confirmed');
    const again = await client.book(id, { holdId: hold.holdId, ...PERSON });
    assert.equal(again.cancelToken, first.cancelToken);
    const taken = await failure(client.hold(ANNA_SLOT));
    assert.equal(taken.kind, 'slot-unavailable');
    assert.equal(taken.status, 409);
    const conflict = await failure(client.book(id, { holdId: hold.holdId, ...PERSON, name: 'B' }));
    assert.equal(conflict.kind, 'idempotency-conflict');
  });

  test('422 gives the fields; a released hold is hold-expired', async () => {
    const client = createBookingClient(t.base);
    const hold = await client.hold(MOTALA_SLOT);
    const invalid = await failure(
      client.book(randomUUID(), { holdId: hold.holdId, name: 'Åsa', email: 'nope', consent: true }),
    );
    assert.equal(invalid.kind, 'validation');
    assert.deepEqual(
      invalid.fields.map((f) => [f.path, f.code]),
      [['email', 'format']],
    );
    await client.release(hold.holdId);
    const expired = await failure(client.book(randomUUID(), { holdId: hold.holdId, ...PERSON }));
    assert.equal(expired.kind, 'hold-expired');
    assert.equal(expired.status, 410);
  });

  test('no answer is network; a 5xx is unavailable', async () => {
    const down = createBookingClient('http://127.0.0.1:9/');
    assert.equal((await failure(down.hold('x'))).kind, 'network');
    const broken = createBookingClient('http://x.invalid/', async () =>
      Response.json({ type: '/problems/service-unavailable' }, { status: 503 }),
    );
    const error = await failure(broken.availability({}));
    assert.equal(error.kind, 'unavailable');
    assert.equal(error.status, 503);
  });
});
