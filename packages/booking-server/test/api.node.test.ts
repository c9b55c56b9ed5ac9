/**
 * Every endpoint and status code of the protocol, over HTTP against the real
 * service (PGlite, or PostgreSQL when DATABASE_URL is set).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  ANNA_SLOT,
  ANNA_SLOT_ONSITE_EN,
  DAY,
  MINUTE,
  MOTALA_SLOT,
  testConfig,
} from './helpers/fixture.ts';
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

/** Holds `slotId` and books it under a new id; returns the id, the token and the response. */
async function book(slotId: string, person: Record<string, unknown> = PERSON) {
  const holdId = await holdSlot(t.base, slotId);
  const id = randomUUID();
  const response = await call(t.base, 'PUT', `/v1/bookings/${id}`, { holdId, ...person });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { id, token: response.body.cancelToken as string, response, holdId };
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('GET /healthz', () => {
  test('200 when the database answers', async () => {
    const r = await call(t.base, 'GET', '/healthz');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { status: 'ok', database: database.db.kind });
  });
});

describe('GET /v1/services', () => {
  test('lists each service with the modes, centres and languages offered', async () => {
    const r = await call(t.base, 'GET', '/v1/services');
    assert.equal(r.status, 200);
    assert.equal(r.body.timeZone, 'Europe/Stockholm');
    const [study, career] = r.body.services;
    assert.deepEqual(study, {
      id: 'studievagledning',
      name: { sv: 'Studievägledning', en: 'Study guidance' },
      duration: 45,
      modes: ['on-site', 'phone', 'video'],
      centres: ['kalix', 'motala'],
      languages: ['sv', 'en', 'ar'],
    });
    // The service allows only on-site and video, whatever Anna offers.
    assert.deepEqual(career.modes, ['on-site', 'video']);
    assert.deepEqual(career.centres, ['kalix']);
  });
});

describe('GET /v1/availability', () => {
  test('free slots with id, start, end (local offset), service, centre, mode, language', async () => {
    const r = await call(
      t.base,
      'GET',
      '/v1/availability?service=studievagledning&centre=kalix&mode=phone&language=sv&from=2026-03-10&to=2026-03-10',
    );
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal(r.body.from, '2026-03-10T00:00:00+01:00');
    assert.equal(r.body.to, '2026-03-11T00:00:00+01:00');
    assert.deepEqual(
      r.body.slots.map((s: { start: string }) => s.start),
      [
        '2026-03-10T09:00:00+01:00',
        '2026-03-10T09:45:00+01:00',
        '2026-03-10T10:30:00+01:00',
        '2026-03-10T11:15:00+01:00',
      ],
    );
    assert.deepEqual(r.body.slots[0], {
      id: ANNA_SLOT,
      start: '2026-03-10T09:00:00+01:00',
      end: '2026-03-10T09:45:00+01:00',
      service: 'studievagledning',
      centre: 'kalix',
      mode: 'phone',
      language: 'sv',
    });
  });

  test('without filters: every combination; holidays and the minimum notice are left out', async () => {
    const r = await call(t.base, 'GET', '/v1/availability?from=2026-03-09&to=2026-03-13');
    assert.equal(r.status, 200);
    const starts = r.body.slots.map((s: { start: string }) => s.start);
    // Now is Monday 08:00 and the notice is 60 minutes: 09:00 today is still bookable.
    assert.ok(starts.includes('2026-03-09T09:00:00+01:00'));
    assert.ok(!starts.some((s: string) => s.startsWith('2026-03-13')), 'Friday 13 is a holiday');
    const modes = new Set(r.body.slots.map((s: { mode: string }) => s.mode));
    assert.deepEqual([...modes].sort(), ['on-site', 'phone', 'video']);
  });

  test('slots earlier than the minimum notice are not offered', async () => {
    t.clock.advance(30 * MINUTE); // 08:30: 09:00 is now less than an hour away
    try {
      const r = await call(
        t.base,
        'GET',
        '/v1/availability?centre=kalix&mode=phone&language=sv&from=2026-03-09&to=2026-03-09',
      );
      assert.equal(r.body.slots[0].start, '2026-03-09T09:45:00+01:00');
    } finally {
      t.clock.advance(-30 * MINUTE);
    }
  });

  test('defaults to the next 7 days from now', async () => {
    const r = await call(t.base, 'GET', '/v1/availability');
    assert.equal(r.status, 200);
    assert.equal(r.body.from, '2026-03-09T08:00:00+01:00');
    assert.equal(r.body.to, '2026-03-16T08:00:00+01:00');
  });

  test('an unknown but well-formed id matches nothing', async () => {
    const r = await call(t.base, 'GET', '/v1/availability?service=no-such-service');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.slots, []);
  });

  test('422 with a path per bad parameter', async () => {
    const r = await call(
      t.base,
      'GET',
      '/v1/availability?from=tomorrow&mode=carrier-pigeon&language=123&service=%20x',
    );
    assert.equal(r.status, 422);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    assert.equal(r.body.type, '/problems/validation-failed');
    assert.deepEqual(r.body.errors.map((e: { path: string }) => e.path).sort(), [
      'from',
      'language',
      'mode',
      'service',
    ]);
  });

  test('422 when the range is reversed or longer than 62 days', async () => {
    const reversed = await call(t.base, 'GET', '/v1/availability?from=2026-03-20&to=2026-03-10');
    assert.equal(reversed.status, 422);
    assert.equal(reversed.body.errors[0].path, 'to');
    const long = await call(t.base, 'GET', '/v1/availability?from=2026-03-10&to=2026-06-10');
    assert.equal(long.status, 422);
  });
});

describe('POST /v1/holds', () => {
  test('201 with holdId, expiresAt (5 minutes) and the slot; the time disappears from availability', async () => {
    const r = await call(t.base, 'POST', '/v1/holds', { slotId: MOTALA_SLOT });
    assert.equal(r.status, 201);
    assert.match(r.body.holdId, /^[0-9a-f-]{36}$/);
    assert.equal(r.body.expiresAt, new Date(t.clock.ms + 5 * MINUTE).toISOString());
    assert.equal(r.body.slot.id, MOTALA_SLOT);
    // Two counsellors: the slot is still offered once, then gone after the second hold.
    const offered = async () =>
      (
        await call(
          t.base,
          'GET',
          '/v1/availability?centre=motala&mode=on-site&language=sv&from=2026-03-10&to=2026-03-10',
        )
      ).body.slots.map((s: { id: string }) => s.id);
    assert.ok((await offered()).includes(MOTALA_SLOT));
    const second = await call(t.base, 'POST', '/v1/holds', { slotId: MOTALA_SLOT });
    assert.equal(second.status, 201);
    assert.ok(!(await offered()).includes(MOTALA_SLOT));
    const third = await call(t.base, 'POST', '/v1/holds', { slotId: MOTALA_SLOT });
    assert.equal(third.status, 409);
    for (const holdId of [r.body.holdId, second.body.holdId]) {
      assert.equal((await call(t.base, 'DELETE', `/v1/holds/${holdId}`)).status, 204);
    }
  });

  test('409 slot-unavailable (taken) while the counsellor time is held, in any mode or language', async () => {
    const holdId = await holdSlot(t.base, ANNA_SLOT);
    const r = await call(t.base, 'POST', '/v1/holds', { slotId: ANNA_SLOT_ONSITE_EN });
    assert.equal(r.status, 409);
    assert.equal(r.body.type, '/problems/slot-unavailable');
    assert.equal(r.body.reason, 'taken');
    assert.equal(r.body.instance, '/v1/holds');
    await call(t.base, 'DELETE', `/v1/holds/${holdId}`);
  });

  test('DELETE /v1/holds/{id} gives the time back at once (204, also for unknown ids)', async () => {
    const holdId = await holdSlot(t.base, ANNA_SLOT);
    assert.equal((await call(t.base, 'DELETE', `/v1/holds/${holdId}`)).status, 204);
    const again = await call(t.base, 'POST', '/v1/holds', { slotId: ANNA_SLOT });
    assert.equal(again.status, 201);
    assert.equal((await call(t.base, 'DELETE', `/v1/holds/${again.body.holdId}`)).status, 204);
    assert.equal((await call(t.base, 'DELETE', `/v1/holds/${randomUUID()}`)).status, 204);
    assert.equal((await call(t.base, 'DELETE', '/v1/holds/not-a-uuid')).status, 204);
  });

  test('409 not-offered for slots the schedule does not have, past, too soon or too far ahead', async () => {
    for (const slotId of [
      '20260310T081500Z~studievagledning~kalix~phone~sv', // 09:15 is not on Anna's grid
      '20260313T080000Z~studievagledning~kalix~phone~sv', // holiday
      '20260310T080000Z~karriarvagledning~kalix~phone~sv', // career guidance is not by phone
      '20260302T080000Z~studievagledning~kalix~phone~sv', // past
      '20260409T070000Z~studievagledning~kalix~phone~sv', // beyond 30 days
      '20260310T080000Z~studievagledning~kalix~phone~SV', // ids are exact
    ]) {
      const r = await call(t.base, 'POST', '/v1/holds', { slotId });
      assert.equal(r.status, 409, slotId);
      assert.equal(r.body.reason, 'not-offered', slotId);
    }
  });

  test('422 without a slot id, 400 for broken JSON, 415 for another content type', async () => {
    const missing = await call(t.base, 'POST', '/v1/holds', {});
    assert.equal(missing.status, 422);
    assert.deepEqual(missing.body.errors, [
      { path: 'slotId', code: 'required', message: 'expected a slot id' },
    ]);
    const wrongType = await call(t.base, 'POST', '/v1/holds', { slotId: 42 });
    assert.equal(wrongType.body.errors[0].code, 'type');
    const broken = await call(t.base, 'POST', '/v1/holds', '{"slotId": ');
    assert.equal(broken.status, 400);
    assert.equal(broken.body.type, '/problems/invalid-json');
    const text = await fetch(`${t.base}/v1/holds`, {
      method: 'POST',
      body: 'slotId=x',
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.equal(text.status, 415);
    assert.equal((await text.json()).type, '/problems/unsupported-media-type');
  });
});

describe('PUT /v1/bookings/{bookingId}', () => {
  test('201 with the booking and a 256-bit cancel token; Location names it', async () => {
    const { id, token, response } = await book(ANNA_SLOT, {
      ...PERSON,
      message: '  Jag vill läsa till sjuksköterska.  ',
    });
    assert.equal(response.headers.get('location'), `/v1/bookings/${id}`);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(response.body.booking, {
      id,
      status: 'confirmed',
      slotId: ANNA_SLOT,
      start: '2026-03-10T09:00:00+01:00',
      end: '2026-03-10T09:45:00+01:00',
      service: 'studievagledning',
      centre: 'kalix',
      mode: 'phone',
      language: 'sv',
      serviceName: { sv: 'Studievägledning', en: 'Study guidance' },
      centreName: 'Kalix UniverCity',
      address: 'Torggatan 13, 952 31 Kalix',
      name: 'Åsa Öberg',
      email: 'asa@example.se',
      phone: '+46 70 123 45 67',
      message: 'Jag vill läsa till sjuksköterska.',
      createdAt: new Date(t.clock.ms).toISOString(),
    });
    // The counsellor's time is taken in every mode and language.
    const r = await call(t.base, 'POST', '/v1/holds', { slotId: ANNA_SLOT_ONSITE_EN });
    assert.equal(r.status, 409);
  });

  test('the same request again: 200, the same booking and token, Idempotent-Replayed', async () => {
    const holdId = await holdSlot(t.base, '20260310T084500Z~studievagledning~kalix~video~en');
    const id = randomUUID();
    const body = { holdId, ...PERSON };
    const first = await call(t.base, 'PUT', `/v1/bookings/${id}`, body);
    assert.equal(first.status, 201);
    // Key order and surrounding spaces do not make a different request.
    const again = await call(t.base, 'PUT', `/v1/bookings/${id.toUpperCase()}`, {
      consent: true,
      phone: PERSON.phone,
      email: ` ${PERSON.email}`,
      name: PERSON.name,
      holdId: holdId.toUpperCase(),
      unknownFutureField: 'ignored',
    });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
  });

  test('409 idempotency-conflict for a different request under a used id', async () => {
    const { id, holdId } = await book('20260310T093000Z~studievagledning~kalix~phone~sv');
    const r = await call(t.base, 'PUT', `/v1/bookings/${id}`, {
      holdId,
      ...PERSON,
      name: 'Someone Else',
    });
    assert.equal(r.status, 409);
    assert.equal(r.body.type, '/problems/idempotency-conflict');
    const other = await call(t.base, 'PUT', `/v1/bookings/${id}`, {
      holdId: randomUUID(),
      ...PERSON,
    });
    assert.equal(other.status, 409);
  });

  test('410 hold-expired for an expired or unknown hold; the slot is free again', async () => {
    const slotId = '20260311T080000Z~studievagledning~kalix~phone~sv';
    const holdId = await holdSlot(t.base, slotId);
    t.clock.advance(5 * MINUTE); // the lease is over at exactly expiresAt
    const r = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, { holdId, ...PERSON });
    assert.equal(r.status, 410);
    assert.equal(r.body.type, '/problems/hold-expired');
    const unknown = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, {
      holdId: randomUUID(),
      ...PERSON,
    });
    assert.equal(unknown.status, 410);
    const slots = await call(
      t.base,
      'GET',
      '/v1/availability?centre=kalix&mode=phone&language=sv&from=2026-03-11&to=2026-03-11',
    );
    assert.equal(slots.body.slots[0].id, slotId);
    await book(slotId); // someone else can hold and book it
  });

  test('422 with a path and code per field', async () => {
    const r = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, {
      holdId: 'nope',
      name: 'x'.repeat(201),
      email: 'not-an-address',
      phone: 'call me',
      message: 'bell \u0007',
      consent: 'yes',
    });
    assert.equal(r.status, 422);
    assert.deepEqual(
      r.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`),
      [
        'holdId:format',
        'name:too-long',
        'email:format',
        'phone:format',
        'message:format',
        'consent:must-be-true',
      ],
    );
    const empty = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, {
      holdId: randomUUID(),
      name: 'A',
      consent: true,
    });
    assert.deepEqual(
      empty.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`),
      ['email:contact-required', 'phone:contact-required'],
    );
    const notObject = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, [1]);
    assert.equal(notObject.status, 422);
    const badId = await call(t.base, 'PUT', '/v1/bookings/123', {
      holdId: randomUUID(),
      ...PERSON,
    });
    assert.equal(badId.status, 422);
    assert.equal(badId.body.errors[0].path, 'bookingId');
  });

  test('422 when the mode needs what is missing: a phone number to call, an address for the video link', async () => {
    const holdId = await holdSlot(t.base, '20260311T084500Z~studievagledning~kalix~phone~sv');
    const r = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, {
      holdId,
      name: 'A',
      email: 'a@example.se',
      consent: true,
    });
    assert.equal(r.status, 422);
    assert.deepEqual(r.body.errors, [
      { path: 'phone', code: 'required', message: 'a phone meeting needs a phone number' },
    ]);
    // The hold survives a refused request: the person can correct the form.
    const fixed = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, {
      holdId,
      name: 'A',
      phone: '070-1234567',
      consent: true,
    });
    assert.equal(fixed.status, 201);
    const video = await holdSlot(t.base, '20260312T080000Z~studievagledning~kalix~video~sv');
    const noEmail = await call(t.base, 'PUT', `/v1/bookings/${randomUUID()}`, {
      holdId: video,
      name: 'A',
      phone: '070-1234567',
      consent: true,
    });
    assert.equal(noEmail.body.errors[0].path, 'email');
  });
});

describe('GET, DELETE /v1/bookings/{bookingId} and /ics', () => {
  test('200 with the token; 401 without; the same 404 for a wrong token and for no booking', async () => {
    const { id, token, response } = await book(
      '20260312T084500Z~studievagledning~kalix~on-site~sv',
    );
    const ok = await call(t.base, 'GET', `/v1/bookings/${id}`, undefined, auth(token));
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body.booking, response.body.booking);
    assert.equal(ok.headers.get('cache-control'), 'no-store');

    const none = await call(t.base, 'GET', `/v1/bookings/${id}`);
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="lc-booking"');
    const basic = await call(t.base, 'GET', `/v1/bookings/${id}`, undefined, {
      Authorization: `Basic ${token}`,
    });
    assert.equal(basic.status, 401);

    const wrong = await call(
      t.base,
      'GET',
      `/v1/bookings/${id}`,
      undefined,
      // Another token of the same shape: its first character changed (the last
      // one of a 256-bit token is 'A' one time in 16).
      auth((token.startsWith('A') ? 'B' : 'A') + token.slice(1)),
    );
    const missing = await call(
      t.base,
      'GET',
      `/v1/bookings/${randomUUID()}`,
      undefined,
      auth(token),
    );
    const malformed = await call(t.base, 'GET', '/v1/bookings/nope', undefined, auth(token));
    for (const r of [wrong, missing, malformed]) {
      assert.equal(r.status, 404);
      assert.deepEqual(Object.keys(r.body), ['type', 'title', 'status', 'detail', 'instance']);
      assert.equal(r.body.detail, 'No booking with this id and token.');
      assert.ok(!JSON.stringify(r.body).includes('Åsa'));
    }
    // Nothing but the path tells the two 404s apart.
    assert.deepEqual({ ...wrong.body, instance: '' }, { ...missing.body, instance: '' });
  });

  test('GET …/ics: the booking as text/calendar with local times', async () => {
    const { id, token } = await book('20260312T093000Z~studievagledning~kalix~on-site~sv');
    const r = await fetch(`${t.base}/v1/bookings/${id}/ics`, { headers: auth(token) });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const ics = await r.text();
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.ok(ics.includes(`UID:${id}@lc-booking\r\n`));
    assert.ok(ics.includes('DTSTART;TZID=Europe/Stockholm:20260312T103000\r\n'));
    assert.ok(ics.includes('LOCATION:Kalix UniverCity\\, Torggatan 13\\, 952 31 Kalix\r\n'));
    assert.ok(ics.includes('STATUS:CONFIRMED\r\n'));
    assert.equal((await fetch(`${t.base}/v1/bookings/${id}/ics`)).status, 401);
    assert.equal(
      (await fetch(`${t.base}/v1/bookings/${id}/ics`, { headers: auth('x') })).status,
      404,
    );
  });

  test('DELETE: 204, personal data erased, the time free again; again 204; GET shows cancelled', async () => {
    const slotId = '20260316T080000Z~studievagledning~kalix~phone~sv';
    const { id, token } = await book(slotId);
    assert.equal((await call(t.base, 'DELETE', `/v1/bookings/${id}`)).status, 401);
    assert.equal(
      (await call(t.base, 'DELETE', `/v1/bookings/${id}`, undefined, auth('wrong'))).status,
      404,
    );
    assert.equal(
      (await call(t.base, 'DELETE', `/v1/bookings/${randomUUID()}`, undefined, auth(token))).status,
      404,
    );
    const r = await call(t.base, 'DELETE', `/v1/bookings/${id}`, undefined, auth(token));
    assert.equal(r.status, 204);
    assert.equal(
      (await call(t.base, 'DELETE', `/v1/bookings/${id}`, undefined, auth(token))).status,
      204,
    );
    const after = await call(t.base, 'GET', `/v1/bookings/${id}`, undefined, auth(token));
    assert.equal(after.body.booking.status, 'cancelled');
    assert.equal(after.body.booking.cancelledAt, new Date(t.clock.ms).toISOString());
    for (const key of ['name', 'email', 'phone', 'message'])
      assert.ok(!(key in after.body.booking), key);
    const ics = await (
      await fetch(`${t.base}/v1/bookings/${id}/ics`, { headers: auth(token) })
    ).text();
    assert.ok(ics.includes('STATUS:CANCELLED\r\n'));
    await book(slotId); // free again
  });

  test('DELETE after the meeting has started: 409 booking-started', async () => {
    const { id, token } = await book('20260317T080000Z~studievagledning~kalix~phone~sv');
    const saved = t.clock.ms;
    t.clock.ms = Date.parse('2026-03-17T08:00:00Z');
    try {
      const r = await call(t.base, 'DELETE', `/v1/bookings/${id}`, undefined, auth(token));
      assert.equal(r.status, 409);
      assert.equal(r.body.type, '/problems/booking-started');
    } finally {
      t.clock.ms = saved;
    }
  });
});

describe('everything else', () => {
  test('unknown routes: 404 problem', async () => {
    const r = await call(t.base, 'GET', '/v2/nothing');
    assert.equal(r.status, 404);
    assert.equal(r.body.type, '/problems/not-found');
    assert.equal(r.body.instance, '/v2/nothing');
  });

  test('a booking keeps its times, service and centre when the configuration drops them', async () => {
    const { id, token, response } = await book('20260318T080000Z~karriarvagledning~kalix~video~sv');
    const changed = await startTestServer(database.db, {
      config: testConfig((input) => {
        input.services = input.services.filter((s) => s.id !== 'karriarvagledning');
        input.counsellors[0].services = ['studievagledning'];
      }),
    });
    try {
      const r = await call(changed.base, 'GET', `/v1/bookings/${id}`, undefined, auth(token));
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.booking, response.body.booking);
      // …and the new configuration's overlapping slot (09:45 study guidance) stays blocked.
      const hold = await call(changed.base, 'POST', '/v1/holds', {
        slotId: '20260318T084500Z~studievagledning~kalix~phone~sv',
      });
      assert.equal(hold.status, 409);
    } finally {
      await changed.close();
    }
  });

  test('with a mailer: a new booking (not a replay) sends one confirmation; a failure is logged without personal data', async () => {
    const sent: { id: string; token: string }[] = [];
    let fail = false;
    const mailer = {
      async sendConfirmation(booking: { id: string }, token: string) {
        if (fail)
          throw Object.assign(new Error('550 no such user asa@example.se'), { code: 'EENVELOPE' });
        sent.push({ id: booking.id, token });
      },
      close() {},
    };
    const mailing = await startTestServer(database.db, { mailer: mailer as never });
    try {
      mailing.clock.ms = t.clock.ms;
      const holdId = await holdSlot(
        mailing.base,
        '20260319T084500Z~studievagledning~kalix~phone~sv',
      );
      const id = randomUUID();
      const first = await call(mailing.base, 'PUT', `/v1/bookings/${id}`, { holdId, ...PERSON });
      await call(mailing.base, 'PUT', `/v1/bookings/${id}`, { holdId, ...PERSON });
      assert.deepEqual(sent, [{ id, token: first.body.cancelToken }]);

      fail = true;
      const other = await holdSlot(
        mailing.base,
        '20260319T093000Z~studievagledning~kalix~phone~sv',
      );
      const booked = await call(mailing.base, 'PUT', `/v1/bookings/${randomUUID()}`, {
        holdId: other,
        ...PERSON,
      });
      assert.equal(booked.status, 201, 'the booking stands whatever the mail server says');
      await new Promise((resolve) => setImmediate(resolve));
      const failure = mailing.logs.find((e) => e.msg === 'confirmation e-mail failed');
      assert.deepEqual(failure, { msg: 'confirmation e-mail failed', code: 'EENVELOPE' });
    } finally {
      await mailing.close();
    }
  });

  test('the request log has method, route template, status and time, and no personal data', async () => {
    const { id, token } = await book('20260319T080000Z~studievagledning~kalix~phone~sv', {
      ...PERSON,
      message: 'secret-message',
    });
    await call(t.base, 'GET', `/v1/bookings/${id}`, undefined, auth(token));
    const text = JSON.stringify(t.logs);
    for (const secret of ['Åsa', 'asa@example.se', '123 45 67', 'secret-message', token, id]) {
      assert.ok(!text.includes(secret), `log contains ${secret}`);
    }
    const put = t.logs.find((e) => e.method === 'PUT' && e.status === 201)!;
    assert.deepEqual(Object.keys(put).sort(), ['method', 'ms', 'msg', 'route', 'status']);
    assert.equal(put.route, '/v1/bookings/:bookingId');
  });

  test('slots further ahead than maxDaysAhead (30) are not offered', async () => {
    const r = await call(
      t.base,
      'GET',
      '/v1/availability?centre=kalix&mode=phone&language=sv&from=2026-04-07&to=2026-04-09',
    );
    const starts: string[] = r.body.slots.map((s: { start: string }) => s.start);
    assert.ok(starts.includes('2026-04-07T09:00:00+02:00'));
    assert.ok(starts.every((start) => Date.parse(start) < t.clock.ms + 30 * DAY));
    assert.ok(!starts.some((start) => start.startsWith('2026-04-09')));
  });
});
