/**
 * The booking steps against the real reference service (PGlite): every step,
 * and each failure the widget must handle in the open. Its clock stands at
 * Monday 9 March 2026, 08:00 in Stockholm; Anna (Kalix) works weekdays 09–12,
 * Friday 13 March is a holiday.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { GuidanceService } from '@learning-centre/feed';
import { MINUTE } from '../../booking-server/test/helpers/fixture.ts';
import { type TestDatabase, testDatabase } from '../../booking-server/test/helpers/database.ts';
import {
  type TestServer,
  call,
  holdSlot,
  startTestServer,
} from '../../booking-server/test/helpers/server.ts';
import { createBookingClient, type Slot } from '../src/booking-client.ts';
import { BookingFlow, type FlowSetup } from '../src/booking-flow.ts';

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

const STUDY: GuidanceService = {
  id: 'studievagledning',
  name: { sv: 'Studievägledning' },
  duration: 45,
  modes: ['on-site', 'phone', 'video'],
  centres: ['kalix', 'motala'],
  languages: ['sv', 'en'],
};
const CAREER: GuidanceService = {
  id: 'karriarvagledning',
  name: { sv: 'Karriärvägledning' },
  duration: 60,
  modes: ['on-site', 'video'],
  centres: ['kalix'],
};

const PERSON = {
  name: 'Åsa Öberg',
  phone: '070-123 45 67',
  email: 'asa@example.se',
  consent: true,
};

/** A flow over the test service; `fetchImpl` may break the network on purpose. */
function flow(setup: Partial<FlowSetup> = {}, fetchImpl: typeof fetch = fetch): BookingFlow {
  return new BookingFlow({
    client: createBookingClient(t.base, fetchImpl),
    services: [STUDY],
    centres: ['kalix', 'motala'],
    language: 'sv',
    today: () => '2026-03-09',
    onChange: () => {},
    ...setup,
  });
}

/** A flow on the form for Kalix by phone in Swedish, holding the first time on `day`. */
async function atForm(day = '2026-03-10', f = flow({ fixed: { centre: 'kalix', mode: 'phone' } })) {
  await (f.step === 'time' ? f.start() : f.next());
  f.selectDay(day);
  const slot = f.days!.get(day)![0]!;
  await f.selectTime(slot);
  assert.equal(f.step, 'details');
  return { f, slot };
}

/** Someone else holds `slot` (a real second client). */
async function takenByOthers(slot: Slot): Promise<void> {
  await holdSlot(t.base, slot.id);
}

async function confirmedBookings(): Promise<number> {
  const { rows } = await database.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM bookings WHERE status = 'confirmed'`,
  );
  return rows[0]!.n;
}

beforeEach(async () => {
  // Each test starts from an empty calendar.
  await database.db.query('DELETE FROM bookings');
  await database.db.query('DELETE FROM holds');
});

describe('BookingFlow steps', () => {
  test('several services start at the service step; options and back keep the choice', async () => {
    const f = flow({ services: [STUDY, CAREER] });
    assert.equal(f.step, 'service');
    assert.equal(f.canGoBack, false);
    f.selectService('karriarvagledning');
    assert.deepEqual(f.options, { modes: ['on-site', 'video'], centres: ['kalix'], languages: [] });
    await f.next();
    assert.equal(f.step, 'options');
    f.choose({ mode: 'video' });
    f.back();
    assert.equal(f.step, 'service');
    assert.equal(f.choice?.service, 'karriarvagledning');
    f.selectService('studievagledning');
    assert.equal(f.choice?.mode, 'video', 'a mode the new service offers too is kept');
    assert.equal(f.choice?.language, 'sv', 'the page language by default');
  });

  test('one service without choices starts at the times, the month of today', async () => {
    const f = flow({
      fixed: { centre: 'kalix', mode: 'phone' },
      services: [{ ...STUDY, languages: ['sv'] }],
    });
    assert.equal(f.step, 'time');
    assert.equal(f.canGoBack, false);
    await f.start();
    assert.equal(f.month, '2026-03-01');
    assert.equal(f.timeZone, 'Europe/Stockholm');
    const days = [...f.days!.keys()];
    assert.ok(days.includes('2026-03-10'));
    assert.ok(!days.includes('2026-03-13'), 'the holiday has no times');
    assert.ok(!days.includes('2026-03-14'), 'nor has a Saturday');
    assert.ok(days.every((d) => d >= '2026-03-09' && d <= '2026-03-31'));
    const times = f.days!.get('2026-03-10')!.map((s) => s.start.slice(11, 16));
    assert.deepEqual(times, ['09:00', '09:45', '10:30', '11:15']);
  });

  test('a day without times cannot be chosen; another month is asked for when shown', async () => {
    const f = flow({ fixed: { centre: 'kalix' } });
    await f.next();
    f.selectDay('2026-03-14');
    assert.equal(f.day, undefined);
    await f.showMonth('2026-04-15');
    assert.equal(f.month, '2026-04-01');
    assert.ok(f.days!.has('2026-04-07'));
    await f.showMonth('2026-02-01');
    assert.equal(f.days!.size, 0, 'a month that has passed is empty without asking');
  });

  test('a time is held; back from the form gives it back and keeps what was typed', async () => {
    const { f, slot } = await atForm();
    assert.equal(f.hold?.slotId, slot.id);
    f.update({ name: 'Åsa' });
    f.back();
    assert.equal(f.step, 'time');
    assert.equal(f.hold, undefined);
    assert.equal(f.day, '2026-03-10');
    assert.equal(f.details.name, 'Åsa');
    // The hold is released on its way: someone else can have the time.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await call(t.base, 'POST', '/v1/holds', { slotId: slot.id })).status, 201);
  });

  test('books: confirmation, the calendar file, one booking', async () => {
    const { f } = await atForm();
    f.update({ ...PERSON, message: 'Hej' });
    await f.submit();
    assert.equal(f.step, 'done');
    assert.equal(f.problem, undefined);
    assert.equal(f.result?.booking.status, 'confirmed');
    assert.equal(f.result?.booking.phone, '070-123 45 67');
    assert.match(f.ics ?? '', /^BEGIN:VCALENDAR/);
    assert.match(f.ics ?? '', new RegExp(`UID:${f.result!.booking.id}@lc-booking`));
    assert.equal(await confirmedBookings(), 1);
  });
});

describe('BookingFlow failures', () => {
  test('the time is taken between listing and choosing: say so, fresh times, nothing lost', async () => {
    const f = flow({ fixed: { centre: 'kalix', mode: 'phone' } });
    await f.next();
    f.selectDay('2026-03-10');
    f.update({ name: 'Åsa' });
    const slot = f.days!.get('2026-03-10')![0]!;
    await takenByOthers(slot);
    await f.selectTime(slot);
    assert.equal(f.step, 'time');
    assert.equal(f.problem, 'taken');
    assert.equal(f.day, '2026-03-10');
    assert.ok(!f.days!.get('2026-03-10')!.some((s) => s.start === slot.start), 'fresh times');
    assert.equal(f.details.name, 'Åsa');
  });

  test('missing fields are found before anything is sent; consent above all', async () => {
    const { f } = await atForm();
    f.update({ name: ' ', email: '', phone: '', consent: false });
    await f.submit();
    assert.equal(f.step, 'details');
    assert.equal(f.problem, 'validation');
    assert.deepEqual(
      f.fieldErrors.map((e) => `${e.path}:${e.code}`),
      ['name:required', 'email:contact-required', 'phone:contact-required', 'consent:must-be-true'],
    );
    f.update({ name: 'Åsa', email: 'asa@example.se', consent: true });
    await f.submit();
    assert.deepEqual(
      f.fieldErrors.map((e) => `${e.path}:${e.code}`),
      ['phone:required'],
      'a phone meeting needs a phone number',
    );
    assert.equal(await confirmedBookings(), 0);
  });

  test('422: the service’s field errors, next to the fields; corrected, it books', async () => {
    const { f } = await atForm();
    f.update({ ...PERSON, email: 'not an address' });
    await f.submit();
    assert.equal(f.step, 'details');
    assert.equal(f.problem, 'validation');
    assert.deepEqual(
      f.fieldErrors.map((e) => `${e.path}:${e.code}`),
      ['email:format'],
    );
    f.update({ email: 'asa@example.se' });
    await f.submit();
    assert.equal(f.step, 'done');
    assert.deepEqual(f.fieldErrors, []);
  });

  test('the hold expired: held again silently and booked under a new id', async () => {
    const ids: string[] = [];
    const f = flow({
      fixed: { centre: 'kalix', mode: 'phone' },
      newId: () => {
        ids.push(crypto.randomUUID());
        return ids.at(-1)!;
      },
    });
    const { slot } = await atForm('2026-03-10', f);
    const firstHold = f.hold!.holdId;
    f.update(PERSON);
    t.clock.advance(6 * MINUTE);
    try {
      await f.submit();
    } finally {
      t.clock.advance(-6 * MINUTE);
    }
    assert.equal(f.step, 'done');
    assert.equal(f.problem, undefined);
    assert.notEqual(f.hold!.holdId, firstHold);
    assert.equal(ids.length, 2, 'a new booking id after the new hold');
    assert.equal(f.result!.booking.id, ids[1]);
    assert.equal(f.result!.booking.slotId, slot.id);
  });

  test('the hold expired and the time went to someone else: back to the times, form kept', async () => {
    const { f, slot } = await atForm();
    f.update(PERSON);
    t.clock.advance(6 * MINUTE);
    try {
      await takenByOthers(slot);
      await f.submit();
    } finally {
      t.clock.advance(-6 * MINUTE);
    }
    assert.equal(f.step, 'time');
    assert.equal(f.problem, 'taken');
    assert.equal(f.details.name, PERSON.name);
    assert.equal(await confirmedBookings(), 0);
  });

  test('no answer to the booking: say so; the retry repeats the same id and books once', async () => {
    const sent: { url: string; body: unknown }[] = [];
    let lost = 0;
    // The request reaches the service, its answer never arrives: the worst case.
    const flaky: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT') {
        sent.push({ url: String(input), body: init.body });
        if (lost++ === 0) throw new TypeError('fetch failed');
      }
      return response;
    };
    const { f } = await atForm(
      '2026-03-10',
      flow({ fixed: { centre: 'kalix', mode: 'phone' } }, flaky),
    );
    f.update(PERSON);
    await f.submit();
    assert.equal(f.step, 'details');
    assert.equal(f.problem, 'network');
    assert.equal(f.details.name, PERSON.name, 'everything kept');
    await f.retry();
    assert.equal(f.step, 'done');
    assert.equal(sent.length, 2);
    assert.equal(sent[0]!.url, sent[1]!.url, 'the same booking id');
    assert.equal(sent[0]!.body, sent[1]!.body, 'the same body');
    assert.equal(await confirmedBookings(), 1);
  });

  test('no answer while listing times: say so; retry loads them', async () => {
    let down = true;
    const offline: typeof fetch = async (input, init) => {
      if (down) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const f = flow({ fixed: { centre: 'kalix', mode: 'phone' } }, offline);
    await f.next();
    assert.equal(f.step, 'time');
    assert.equal(f.problem, 'network');
    assert.equal(f.days, undefined);
    down = false;
    await f.retry();
    assert.equal(f.problem, undefined);
    assert.ok(f.days!.has('2026-03-10'));
  });

  test('the service fails (503): unavailable, and a retry once it is back', async () => {
    let failing = true;
    const broken: typeof fetch = async (input, init) =>
      failing
        ? Response.json({ type: '/problems/service-unavailable' }, { status: 503 })
        : fetch(input, init);
    const f = flow({ fixed: { centre: 'kalix', mode: 'phone' } }, broken);
    await f.next();
    assert.equal(f.problem, 'unavailable');
    failing = false;
    await f.retry();
    assert.equal(f.problem, undefined);
    assert.ok(f.days!.size > 0);
  });
});
