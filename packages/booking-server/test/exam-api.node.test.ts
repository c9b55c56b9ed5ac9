/**
 * The exam-request endpoints over HTTP against the real service: creating
 * (idempotently), the rules, reading with the status token, the calendar file,
 * cancelling.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { DAY } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { examBody, examConfig } from './helpers/exams.ts';
import { type TestServer, call, startTestServer } from './helpers/server.ts';

let database: TestDatabase;
let t: TestServer;
const sent: { kind: string; id: string; token: string }[] = [];

before(async () => {
  database = await testDatabase();
  t = await startTestServer(database.db, {
    config: examConfig(),
    mailer: {
      sendConfirmation: async () => {},
      sendExamMessage: async (kind, request, token) =>
        void sent.push({ kind, id: request.id, token }),
      close: () => {},
    },
  });
});
after(async () => {
  await t?.close();
  await database?.close();
});

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (body: unknown) => call(t.base, 'POST', '/v1/exam-requests', body);

async function create(change: Record<string, unknown> = {}) {
  const body = examBody(change);
  const r = await post(body);
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return { id: body.id as string, token: r.body.token as string, body, response: r };
}

describe('POST /v1/exam-requests', () => {
  test('201: pending, with the address for the university, the fee and a status token', async () => {
    const { id, token, response } = await create();
    assert.equal(response.headers.get('location'), `/v1/exam-requests/${id}`);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(token, /^[\w-]{43}$/);
    assert.deepEqual(response.body.examRequest, {
      id,
      status: 'pending',
      centre: 'kalix',
      centreName: 'Kalix UniverCity',
      address: 'Torggatan 13, 952 31 Kalix',
      date: '2026-03-18',
      start: '2026-03-18T09:00:00+01:00',
      end: '2026-03-18T14:00:00+01:00',
      minutes: 300,
      university: 'Umeå universitet',
      provider: 'umu',
      courseCode: 'MA1234',
      courseName: 'Linjär algebra',
      support: ['computer'],
      supportNote: 'Behöver sitta nära dörren.',
      name: 'Åsa Öberg',
      email: 'asa@example.se',
      phone: '070-123 45 67',
      municipality: 'Luleå',
      fee: { amount: 500, currency: 'SEK' },
      examEmail: 'tentamen@kalix.example',
      createdAt: new Date(t.clock.ms).toISOString(),
    });
    assert.deepEqual(sent.at(-1), { kind: 'received', id, token });
  });

  test('free for residents of a listed municipality, however it is written', async () => {
    const { response } = await create({ municipality: 'Kalix kommun' });
    assert.equal(response.body.examRequest.fee, null);
  });

  test('the same request again: 200 with the same token; a different one under the id: 409', async () => {
    const { body, token } = await create();
    const mails = sent.length;
    const again = await post({ ...body, extra: 'ignored' });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.token, token);
    assert.equal(sent.length, mails, 'a replay sends no second e-mail');
    const other = await post({ ...body, courseName: 'Något annat' });
    assert.equal(other.status, 409);
    assert.equal(other.body.type, '/problems/idempotency-conflict');
  });

  test('concurrent identical requests: one 201, the others replay it', async () => {
    const body = examBody({ date: '2026-03-19' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body)));
    assert.deepEqual(
      responses.map((r) => r.status).sort(),
      [200, 200, 200, 200, 200, 200, 200, 200, 200, 201],
    );
    assert.equal(new Set(responses.map((r) => r.body.token)).size, 1);
  });

  test('422 for fields: every problem at once, with paths and codes', async () => {
    const r = await post({
      id: 'not-a-uuid',
      centre: 'kalix',
      university: ' ',
      courseName: 'x'.repeat(201),
      date: '18/3',
      start: '9',
      minutes: 0,
      support: ['massage'],
      name: 'Å',
      email: 'nope',
      municipality: 'Kalix',
      consent: false,
    });
    assert.equal(r.status, 422);
    assert.deepEqual(
      r.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`),
      [
        'id:format',
        'university:required',
        'courseName:too-long',
        'date:format',
        'start:format',
        'minutes:format',
        'support:format',
        'email:format',
        'consent:must-be-true',
      ],
    );
  });

  test('422 for every broken rule, each explained with what a message needs', async () => {
    const rule = async (change: Record<string, unknown>) => {
      const r = await post(examBody(change));
      assert.equal(r.status, 422, JSON.stringify(change));
      return r.body.errors as Record<string, unknown>[];
    };
    const [tooLate] = await rule({ date: '2026-03-17' });
    assert.deepEqual(
      { path: tooLate.path, code: tooLate.code, earliestDate: tooLate.earliestDate },
      { path: 'date', code: 'too-late', earliestDate: '2026-03-18' },
    );
    assert.deepEqual(
      (await rule({ date: '2026-03-21' })).map((e) => e.code),
      ['weekday'],
    );
    const [holiday] = await rule({ date: '2026-05-14' });
    assert.equal(holiday.code, 'holiday');
    assert.deepEqual(holiday.holiday, {
      date: '2026-05-14',
      name: { sv: 'Kristi himmelsfärds dag', en: 'Ascension Day' },
      kind: 'public',
    });
    assert.deepEqual(
      (await rule({ date: '2026-06-19' })).map((e) => e.code),
      ['holiday'],
    );
    assert.deepEqual(
      (await rule({ date: '2026-04-20' })).map((e) => e.code),
      ['closed'],
    );
    assert.deepEqual(
      (await rule({ start: '07:00', minutes: 60 })).map((e) => e.code),
      ['too-early'],
    );
    const [late] = await rule({ start: '14:00', minutes: 240 });
    assert.deepEqual([late.code, late.latestEnd], ['ends-too-late', '17:00']);
    const [long] = await rule({ start: '08:00', minutes: 600 });
    assert.deepEqual([long.code, long.maxMinutes], ['too-long', 540]);
    assert.deepEqual(
      (await rule({ support: ['separate-room'] })).map((e) => e.code),
      ['support'],
    );
    // Motala: sittings, and only the universities that accepted it.
    const motala = {
      centre: 'motala',
      date: '2026-03-28',
      start: '08:30',
      minutes: 180,
      support: [],
    };
    assert.deepEqual(
      (await rule({ ...motala, start: '11:00', minutes: 120 })).map((e) => e.code),
      ['no-session'],
    );
    assert.deepEqual(
      (await rule({ ...motala, provider: 'kth' })).map((e) => e.code),
      ['university'],
    );
    // A free-text university is for staff to judge.
    const ok = await post(examBody({ ...motala, provider: undefined, university: 'KTH' }));
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  });

  test('a centre without exam rules takes no requests', async () => {
    const r = await post(examBody({ centre: 'nowhere' }));
    assert.equal(r.status, 422);
    assert.deepEqual(r.body.errors[0], {
      path: 'centre',
      code: 'not-offered',
      message: 'this centre takes no exam requests',
    });
  });
});

describe('reading and cancelling with the status token', () => {
  test('the token opens its own request only; 401 without one, the same 404 otherwise', async () => {
    const a = await create();
    const b = await create();
    const own = await call(t.base, 'GET', `/v1/exam-requests/${a.id}`, undefined, auth(a.token));
    assert.equal(own.status, 200);
    assert.equal(own.body.examRequest.id, a.id);
    const anonymous = await call(t.base, 'GET', `/v1/exam-requests/${a.id}`);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer realm="lc-booking"');
    const crossed = await call(
      t.base,
      'GET',
      `/v1/exam-requests/${a.id}`,
      undefined,
      auth(b.token),
    );
    const missing = await call(
      t.base,
      'GET',
      `/v1/exam-requests/${randomUUID()}`,
      undefined,
      auth(b.token),
    );
    assert.equal(crossed.status, 404);
    assert.equal(missing.status, 404);
    assert.equal(crossed.body.detail, missing.body.detail);
    const cancelOther = await call(
      t.base,
      'DELETE',
      `/v1/exam-requests/${a.id}`,
      undefined,
      auth(b.token),
    );
    assert.equal(cancelOther.status, 404);
    const bad = await call(t.base, 'GET', '/v1/exam-requests/1', undefined, auth(a.token));
    assert.equal(bad.status, 404);
  });

  test('the calendar file is tentative while pending', async () => {
    const { id, token } = await create();
    const r = await call(t.base, 'GET', `/v1/exam-requests/${id}/ics`, undefined, auth(token));
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(r.body, /STATUS:TENTATIVE/);
    assert.match(r.body, /SUMMARY:Tentamen: MA1234 Linjär algebra/);
    assert.match(r.body, /DTSTART;TZID=Europe\/Stockholm:20260318T090000/);
  });

  test('DELETE cancels and erases the personal data; again is 204; not once the exam has started', async () => {
    const { id, token } = await create();
    const del = await call(t.base, 'DELETE', `/v1/exam-requests/${id}`, undefined, auth(token));
    assert.equal(del.status, 204);
    const r = await call(t.base, 'GET', `/v1/exam-requests/${id}`, undefined, auth(token));
    assert.equal(r.body.examRequest.status, 'cancelled');
    for (const key of ['name', 'email', 'phone', 'municipality', 'supportNote'])
      assert.equal(key in r.body.examRequest, false, key);
    assert.equal(r.body.examRequest.cancelledAt, new Date(t.clock.ms).toISOString());
    const { rows } = await database.db.query(
      'SELECT name, email, phone, municipality, support_note FROM exam_requests WHERE id = $1',
      [id],
    );
    assert.deepEqual(rows[0], {
      name: null,
      email: null,
      phone: null,
      municipality: null,
      support_note: null,
    });
    const again = await call(t.base, 'DELETE', `/v1/exam-requests/${id}`, undefined, auth(token));
    assert.equal(again.status, 204);

    const started = await create({ date: '2026-03-20' });
    const saved = t.clock.ms;
    try {
      t.clock.ms = Date.parse('2026-03-20T08:00:00Z'); // 09:00 Stockholm
      const late = await call(
        t.base,
        'DELETE',
        `/v1/exam-requests/${started.id}`,
        undefined,
        auth(started.token),
      );
      assert.equal(late.status, 409);
      assert.equal(late.body.type, '/problems/exam-started');
    } finally {
      t.clock.ms = saved;
    }
  });

  test('the request log holds no personal data', () => {
    const log = JSON.stringify(t.logs);
    for (const secret of ['Åsa', 'asa@example.se', 'Luleå', 'MA1234'])
      assert.ok(!log.includes(secret), secret);
    assert.ok(t.logs.some((entry) => entry.route === '/v1/exam-requests/:requestId'));
  });

  test('a request keeps working past the lead time: replays and reads still answer', async () => {
    const { body, token, id } = await create({ date: '2026-03-24' });
    const saved = t.clock.ms;
    try {
      t.clock.advance(10 * DAY);
      const again = await post(body);
      assert.equal(again.status, 200);
      assert.equal(again.body.token, token);
      const r = await call(t.base, 'GET', `/v1/exam-requests/${id}`, undefined, auth(token));
      assert.equal(r.status, 200);
    } finally {
      t.clock.ms = saved;
    }
  });
});
