/**
 * Group rooms: a room is a resource with opening hours, booked through the
 * same services, slots, holds and bookings as a counsellor — and the same
 * database constraint keeps two bookings out of one room at one time.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ConfigError } from '../src/config/parse-config.ts';
import { testConfig } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { PERSON, type TestServer, call, holdSlot, startTestServer } from './helpers/server.ts';

const withRooms = testConfig((input) => {
  input.services.push({
    id: 'group-room',
    kind: 'room',
    name: { sv: 'Grupprum', en: 'Group room' },
    duration: 60,
  });
  input.rooms = [
    {
      id: 'kalix-room-1',
      name: { sv: 'Grupprum Tornedalen', en: 'Tornedalen group room' },
      centre: 'kalix',
      services: ['group-room'],
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], from: '08:00', to: '20:00' }],
    },
    {
      id: 'motala-room-1',
      name: 'Grupprum Vättern',
      centre: 'motala',
      services: ['group-room'],
      weekly: [{ days: ['tu'], from: '10:00', to: '12:00' }],
      away: [{ from: '2026-03-17' }],
    },
  ];
});

/** Tuesday 10 March 2026 10:00 Stockholm, the Kalix room. */
const ROOM_SLOT = '20260310T090000Z~group-room~kalix~on-site~zxx';

let database: TestDatabase;
let t: TestServer;
before(async () => {
  database = await testDatabase();
  t = await startTestServer(database.db, { config: withRooms });
});
after(async () => {
  await t?.close();
  await database?.close();
});

describe('a room service', () => {
  test('is listed as kind "room", on site, in no language (zxx), at the centres that have rooms', async () => {
    const r = await call(t.base, 'GET', '/v1/services');
    const room = r.body.services.find((s: { id: string }) => s.id === 'group-room');
    assert.deepEqual(room, {
      id: 'group-room',
      kind: 'room',
      name: { sv: 'Grupprum', en: 'Group room' },
      duration: 60,
      modes: ['on-site'],
      centres: ['kalix', 'motala'],
      languages: ['zxx'],
    });
    const guidance = r.body.services.find((s: { id: string }) => s.id === 'studievagledning');
    assert.equal('kind' in guidance, false, 'guidance services stay as they were');
  });

  test("offers the room's opening hours as slots, less days away", async () => {
    const kalix = await call(
      t.base,
      'GET',
      '/v1/availability?service=group-room&centre=kalix&from=2026-03-10&to=2026-03-10',
    );
    assert.equal(kalix.body.slots.length, 12); // 08–20, hourly
    assert.equal(kalix.body.slots[2].id, ROOM_SLOT);
    assert.equal(kalix.body.slots[2].start, '2026-03-10T10:00:00+01:00');
    const motala = await call(
      t.base,
      'GET',
      '/v1/availability?service=group-room&centre=motala&from=2026-03-09&to=2026-03-20',
    );
    assert.deepEqual(
      motala.body.slots.map((s: { start: string }) => s.start),
      ['2026-03-10T10:00:00+01:00', '2026-03-10T11:00:00+01:00'],
      'Tuesdays only, and not from 17 March',
    );
  });

  test('booking a room works and says which room', async () => {
    const holdId = await holdSlot(t.base, ROOM_SLOT);
    const id = randomUUID();
    const r = await call(t.base, 'PUT', `/v1/bookings/${id}`, { holdId, ...PERSON });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.booking.mode, 'on-site');
    assert.deepEqual(r.body.booking.roomName, {
      sv: 'Grupprum Tornedalen',
      en: 'Tornedalen group room',
    });
    const ics = await call(t.base, 'GET', `/v1/bookings/${id}/ics`, undefined, {
      Authorization: `Bearer ${r.body.cancelToken}`,
    });
    assert.match(ics.body, /LOCATION:Kalix UniverCity\\, Grupprum Tornedalen\\, Torggatan 13/);
  });

  test('a booked room cannot be booked again; the time is gone from availability', async () => {
    const again = await call(t.base, 'POST', '/v1/holds', { slotId: ROOM_SLOT });
    assert.equal(again.status, 409);
    assert.equal(again.body.reason, 'taken');
    const free = await call(
      t.base,
      'GET',
      '/v1/availability?service=group-room&centre=kalix&from=2026-03-10&to=2026-03-10',
    );
    assert.ok(!free.body.slots.some((s: { id: string }) => s.id === ROOM_SLOT));
  });

  test('twenty people holding one room at once: exactly one gets it', async () => {
    const slotId = '20260311T090000Z~group-room~kalix~on-site~zxx';
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => call(t.base, 'POST', '/v1/holds', { slotId })),
    );
    assert.deepEqual(responses.map((r) => r.status).sort(), [201, ...Array(19).fill(409)]);
  });

  test('the database refuses a second booking of the room at an overlapping time', async () => {
    const insert = (start: string, end: string) =>
      database.db.query(
        `INSERT INTO bookings (id, status, slot_id, counsellor_id, service_id, centre_id, mode, language,
           starts_at, ends_at, snapshot, name, email, request_hash, cancel_token_hash, sealed_token, created_at)
         VALUES ($1, 'confirmed', 's', 'kalix-room-1', 'group-room', 'kalix', 'on-site', 'zxx', $2, $3,
           '{}'::jsonb, 'N', 'n@example.se', 'h', 't', 's', now())`,
        [randomUUID(), new Date(start), new Date(end)],
      );
    await assert.rejects(
      insert('2026-03-10T09:30:00Z', '2026-03-10T10:30:00Z'),
      (e: { code?: string }) => e.code === '23P01',
    );
  });
});

describe('configuration', () => {
  test('rooms and counsellors keep to their own services, and share one id space', () => {
    assert.throws(
      () =>
        testConfig((input) => {
          input.services.push({ id: 'group-room', kind: 'room', name: 'Grupprum', duration: 60 });
          input.counsellors[0].services.push('group-room');
          input.rooms = [
            {
              id: 'anna',
              name: 'R',
              centre: 'kalix',
              services: ['studievagledning'],
              weekly: [{ days: ['mo'], from: '08:00', to: '09:00' }],
            },
          ];
        }),
      (error: ConfigError) => {
        assert.deepEqual(
          error.issues.map((i) => `${i.path}: ${i.message}`),
          [
            'rooms[0].id: duplicate id "anna" (counsellors and rooms share ids)',
            'counsellors[0].services[2]: "group-room" books a room, not a counsellor',
            'rooms[0].services[0]: "studievagledning" is not a room service (kind "room")',
          ],
        );
        return true;
      },
    );
  });
});
