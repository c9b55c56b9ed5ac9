/**
 * The staff desk at work: the overview, confirming and declining (the student
 * is told by e-mail and sees it with the status token), the day list for the
 * invigilator, the CSV export, and text typed by students shown as text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOM } from '../src/cli/csv.ts';
import type { ExamMailKind } from '../src/exams/mail-text.ts';
import { addStaffUser } from '../src/staff/users.ts';
import { ANNA_SLOT, NOW } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { examBody, examConfig } from './helpers/exams.ts';
import { PERSON, type TestServer, call, holdSlot, startTestServer } from './helpers/server.ts';
import { StaffClient, csrfOf } from './helpers/staff-client.ts';

let database: TestDatabase;
let t: TestServer;
let staff: StaffClient;
const mails: { kind: ExamMailKind; id: string; status: string; reason?: string }[] = [];
const PASSWORD = 'correct horse battery';

before(async () => {
  database = await testDatabase();
  t = await startTestServer(database.db, {
    config: examConfig(),
    staff: { secureCookies: false },
    mailer: {
      sendConfirmation: async () => {},
      sendExamMessage: async (kind, request) =>
        void mails.push({
          kind,
          id: request.id,
          status: request.status,
          reason: request.declineReason,
        }),
      close: () => {},
    },
  });
  await addStaffUser(database.db, { username: 'anna', centre: 'kalix', password: PASSWORD }, NOW);
  staff = new StaffClient(t.base);
  assert.equal((await staff.signIn('anna', PASSWORD)).status, 303);
});
after(async () => {
  await t?.close();
  await database?.close();
});

/** A student's request over the public API. */
async function studentRequest(change: Record<string, unknown> = {}) {
  const body = examBody(change);
  const r = await call(t.base, 'POST', '/v1/exam-requests', body);
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return { id: body.id as string, token: r.body.token as string };
}

const statusOf = async (id: string, token: string) =>
  (
    await call(t.base, 'GET', `/v1/exam-requests/${id}`, undefined, {
      Authorization: `Bearer ${token}`,
    })
  ).body.examRequest;

describe('the desk', () => {
  test('lists pending requests and the coming bookings of the centre', async () => {
    await studentRequest({ name: 'Pending Person' });
    const holdId = await holdSlot(t.base, ANNA_SLOT);
    await call(t.base, 'PUT', `/v1/bookings/${crypto.randomUUID()}`, {
      holdId,
      ...PERSON,
      name: 'Booked Person',
    });
    const desk = await staff.get('/staff/');
    assert.equal(desk.status, 200);
    assert.match(desk.text, /<h1>Översikt: Kalix UniverCity<\/h1>/);
    assert.match(desk.text, /Pending Person/);
    assert.match(desk.text, /Booked Person/);
    assert.match(desk.text, /aria-current="page"/);
    const english = await staff.get('/staff/', { 'Accept-Language': 'en-GB,en;q=0.9,sv;q=0.5' });
    assert.match(english.text, /<html lang="en">/);
    assert.match(english.text, /Exam requests awaiting a decision/);
  });

  test('confirming: one click, the student is told, the status link shows it', async () => {
    const { id, token } = await studentRequest({ date: '2026-03-19', name: 'Confirm Me' });
    const page = await staff.get(`/staff/exam-requests/${id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /0 av 2 platser bekräftade/);
    const r = await staff.post(`/staff/exam-requests/${id}/confirm`, { _csrf: csrfOf(page.text) });
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), `../${id}?done=confirmed`);
    const after = await staff.get(`/staff/exam-requests/${id}?done=confirmed`);
    assert.match(
      after.text,
      /role="status">Förfrågan är bekräftad\. Studenten får besked via e-post\.</,
    );
    assert.match(after.text, /1 av 2 platser bekräftade/);
    assert.equal((await statusOf(id, token)).status, 'confirmed');
    assert.deepEqual(mails.at(-1), {
      kind: 'confirmed',
      id,
      status: 'confirmed',
      reason: undefined,
    });
    const again = await staff.post(`/staff/exam-requests/${id}/confirm`, {
      _csrf: csrfOf(page.text),
    });
    assert.equal(again.status, 409);
    assert.match(again.text, /role="alert">Förfrågan är redan besvarad\.</);
    const ics = await call(t.base, 'GET', `/v1/exam-requests/${id}/ics`, undefined, {
      Authorization: `Bearer ${token}`,
    });
    assert.match(ics.body, /STATUS:CONFIRMED/);
  });

  test('a full day: the page says so and nothing changes', async () => {
    const date = '2026-03-20';
    const requests = [
      await studentRequest({ date }),
      await studentRequest({ date }),
      await studentRequest({ date }),
    ];
    const csrf = csrfOf((await staff.get('/staff/')).text);
    for (const { id } of requests.slice(0, 2))
      assert.equal(
        (await staff.post(`/staff/exam-requests/${id}/confirm`, { _csrf: csrf })).status,
        303,
      );
    const full = await staff.post(`/staff/exam-requests/${requests[2].id}/confirm`, {
      _csrf: csrf,
    });
    assert.equal(full.status, 409);
    assert.match(full.text, /Det finns ingen ledig plats den dagen/);
    assert.equal((await statusOf(requests[2].id, requests[2].token)).status, 'pending');
  });

  test('declining needs a reason; the student sees it', async () => {
    const { id, token } = await studentRequest({ date: '2026-03-23' });
    const csrf = csrfOf((await staff.get(`/staff/exam-requests/${id}`)).text);
    const empty = await staff.post(`/staff/exam-requests/${id}/decline`, {
      _csrf: csrf,
      reason: '  ',
    });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /aria-invalid="true" aria-describedby="reason-error"/);
    assert.match(empty.text, /id="reason-error">Skriv en anledning\.</);
    const r = await staff.post(`/staff/exam-requests/${id}/decline`, {
      _csrf: csrf,
      reason: 'Lärosätet har inte godkänt oss som skrivort.',
    });
    assert.equal(r.status, 303);
    const status = await statusOf(id, token);
    assert.equal(status.status, 'declined');
    assert.equal(status.declineReason, 'Lärosätet har inte godkänt oss som skrivort.');
    assert.deepEqual(mails.at(-1), {
      kind: 'declined',
      id,
      status: 'declined',
      reason: 'Lärosätet har inte godkänt oss som skrivort.',
    });
  });

  test('text typed by a student is shown as text, never as markup', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { id } = await studentRequest({
      name: evil,
      courseName: '"><b>bold</b>',
      supportNote: evil,
    });
    for (const path of ['/staff/', `/staff/exam-requests/${id}`]) {
      const page = await staff.get(path);
      assert.ok(!page.text.includes('<script>alert'), path);
      assert.ok(!page.text.includes('<img src=x'), path);
      assert.ok(!page.text.includes('"><b>'), path);
      assert.match(page.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    }
  });
});

describe('the day list and the export', () => {
  test('the day list: confirmed exams with name, course, university, time and support', async () => {
    const date = '2026-03-24';
    const a = await studentRequest({
      date,
      name: 'Day Person',
      start: '13:00',
      minutes: 180,
      support: ['computer', 'extended-time'],
    });
    await studentRequest({ date, name: 'Waiting Person' });
    const csrf = csrfOf((await staff.get('/staff/')).text);
    await staff.post(`/staff/exam-requests/${a.id}/confirm`, { _csrf: csrf });
    const list = await staff.get(`/staff/day?date=${date}`);
    assert.equal(list.status, 200);
    assert.match(list.text, /Dagslista 2026-03-24/);
    const row = /<tr>\s*<td>13:00–16:00<\/td>([\s\S]*?)<\/tr>/.exec(list.text)?.[1] ?? '';
    assert.match(row, /Day Person/);
    assert.match(row, /MA1234 Linjär algebra/);
    assert.match(row, /Umeå universitet/);
    assert.match(row, /dator, förlängd tid/);
    assert.match(row, /Behöver sitta nära dörren\./);
    assert.ok(!list.text.includes('Waiting Person'), 'pending requests are not on the list');
    assert.match(list.text, /1 förfrågningar för dagen väntar på beslut\./);
  });

  test('CSV of exam requests and of bookings, for the centre and the dates asked', async () => {
    const csv = await staff.get(
      '/staff/export.csv?kind=exam-requests&from=2026-03-18&to=2026-03-24',
    );
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(
      csv.headers.get('content-disposition') ?? '',
      /attachment; filename="exam-requests-kalix-2026-03-18-2026-03-24\.csv"/,
    );
    assert.ok(csv.text.startsWith(`${BOM}id,status,date,start,end,university`));
    assert.match(
      csv.text,
      /,confirmed,2026-03-24,2026-03-24T13:00:00\+01:00,2026-03-24T16:00:00\+01:00,Umeå universitet,/,
    );
    assert.match(csv.text, /,computer extended-time,/);
    const bookings = await staff.get(
      '/staff/export.csv?kind=bookings&from=2026-03-10&to=2026-03-10',
    );
    assert.match(bookings.text, /Booked Person/);
    const bad = await staff.get('/staff/export.csv?from=2026-03-10&to=2026-03-01');
    assert.equal(bad.status, 422);
    assert.match(bad.text, /role="alert"/);
  });
});
