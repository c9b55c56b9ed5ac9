/**
 * Signing staff in and out, and who may see what: 401 for anyone signed out
 * on every staff route, 404 for another centre's request, CSRF-safe forms,
 * the cookies' attributes, rate-limited sign-in, sessions that end.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createExamRequest } from '../src/exams/exam-requests.ts';
import { parseExamRequest } from '../src/exams/request.ts';
import { addStaffUser } from '../src/staff/users.ts';
import { NOW } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { examBody, examConfig } from './helpers/exams.ts';
import { type TestServer, startTestServer } from './helpers/server.ts';
import { StaffClient, csrfOf } from './helpers/staff-client.ts';

let database: TestDatabase;
let t: TestServer;
let secure: TestServer;
const config = examConfig();
const PASSWORD = 'correct horse battery';
let kalixRequest: string;
let motalaRequest: string;

before(async () => {
  database = await testDatabase();
  t = await startTestServer(database.db, { config, staff: { secureCookies: false } });
  secure = await startTestServer(database.db, { config });
  await addStaffUser(database.db, { username: 'anna', centre: 'kalix', password: PASSWORD }, NOW);
  await addStaffUser(database.db, { username: 'bo', centre: 'motala', password: PASSWORD }, NOW);
  const make = async (change: Record<string, unknown>) => {
    const parsed = parseExamRequest(examBody(change));
    assert.ok(parsed.ok);
    const r = await createExamRequest(database.db, config, 'secret', parsed.request, NOW);
    assert.equal(r.kind, 'created');
    return parsed.request.id;
  };
  kalixRequest = await make({ name: 'Kalix Student' });
  motalaRequest = await make({
    centre: 'motala',
    name: 'Motala Student',
    date: '2026-03-28',
    start: '08:00',
    minutes: 180,
    support: [],
  });
});
after(async () => {
  await t?.close();
  await secure?.close();
  await database?.close();
});

const signedIn = async (username = 'anna') => {
  const client = new StaffClient(t.base);
  const r = await client.signIn(username, PASSWORD);
  assert.equal(r.status, 303, r.text);
  return client;
};

describe('signed out', () => {
  test('every staff route answers 401 with a link to sign in', async () => {
    const client = new StaffClient(t.base);
    const routes: [string, string][] = [
      ['GET', '/staff/'],
      ['GET', '/staff/day'],
      ['GET', '/staff/day?date=2026-03-18'],
      ['GET', '/staff/export'],
      ['GET', '/staff/export.csv?from=2026-03-01&to=2026-03-31'],
      ['GET', `/staff/exam-requests/${kalixRequest}`],
      ['POST', `/staff/exam-requests/${kalixRequest}/confirm`],
      ['POST', `/staff/exam-requests/${kalixRequest}/decline`],
      ['POST', '/staff/logout'],
      ['GET', '/staff/no-such-page'],
    ];
    for (const [method, path] of routes) {
      const r = await client.request(method, path, method === 'POST' ? { _csrf: 'x' } : undefined);
      assert.equal(r.status, 401, `${method} ${path}`);
      assert.match(r.headers.get('www-authenticate') ?? '', /^Session /);
      assert.match(r.text, /<a href="(\.\/|(\.\.\/)+)login">/, `${method} ${path}`);
      assert.ok(!r.text.includes('Kalix Student'));
    }
  });

  test('staff pages carry a strict Content-Security-Policy and are never cached', async () => {
    const r = await new StaffClient(t.base).get('/staff/login');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'none'/);
    assert.equal(r.headers.get('x-frame-options'), 'DENY');
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.ok(!/<script/i.test(r.text), 'no script on the page');
    assert.ok(!/ style=/i.test(r.text), 'no inline style');
  });
});

describe('signing in', () => {
  test('a wrong password and an unknown user get the same 401; the right one a session', async () => {
    const client = new StaffClient(t.base);
    const wrong = await client.signIn('anna', 'wrong password here');
    const unknown = await client.signIn('nobody', PASSWORD);
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const message = (page: string) => /role="alert">([^<]*)</.exec(page)?.[1];
    assert.equal(message(wrong.text), message(unknown.text));
    const ok = await client.signIn('Anna', PASSWORD);
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), './');
    const desk = await client.get('/staff/');
    assert.equal(desk.status, 200);
    assert.match(desk.text, /Kalix Student/);
  });

  test('the sign-in form needs its double-submit token', async () => {
    const client = new StaffClient(t.base);
    await client.get('/staff/login');
    const r = await client.post('/staff/login', {
      _csrf: 'forged',
      username: 'anna',
      password: PASSWORD,
    });
    assert.equal(r.status, 403);
    const stranger = new StaffClient(t.base);
    const form = await new StaffClient(t.base).get('/staff/login');
    const noCookie = await stranger.post('/staff/login', {
      _csrf: csrfOf(form.text),
      username: 'anna',
      password: PASSWORD,
    });
    assert.equal(noCookie.status, 403, 'a token without its cookie (another browser) is refused');
  });

  test('cookies: HttpOnly and SameSite; Secure with the __Host- prefix unless turned off', async () => {
    const plain = new StaffClient(t.base);
    const form = await plain.get('/staff/login');
    assert.match(
      form.setCookies[0],
      /^lc-staff-login=[^;]+; Max-Age=3600; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const ok = await plain.post('/staff/login', {
      _csrf: csrfOf(form.text),
      username: 'anna',
      password: PASSWORD,
    });
    const session = ok.setCookies.find((c) => c.startsWith('lc-staff='));
    assert.match(session ?? '', /; Path=\/; HttpOnly; SameSite=Lax$/);

    const client = new StaffClient(secure.base);
    const secureForm = await client.get('/staff/login');
    assert.match(
      secureForm.setCookies[0],
      /^__Host-lc-staff-login=[^;]+; .*Path=\/; HttpOnly; Secure; SameSite=Strict/,
    );
    const signed = await client.post('/staff/login', {
      _csrf: csrfOf(secureForm.text),
      username: 'anna',
      password: PASSWORD,
    });
    assert.equal(signed.status, 303);
    const cookie = signed.setCookies.find((c) => c.startsWith('__Host-lc-staff='));
    assert.match(cookie ?? '', /; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    assert.equal((await client.get('/staff/')).status, 200);
  });

  test('sign-in attempts are rate limited per user name', async () => {
    const client = new StaffClient(t.base);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await client.signIn('bo', `wrong password ${i}`)).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    const limited = await client.signIn('bo', PASSWORD);
    assert.equal(limited.status, 429, 'even the right password waits');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    t.clock.advance(60_000);
    assert.equal((await client.signIn('bo', PASSWORD)).status, 303);
  });

  test('signing out ends the session everywhere; an expired session is signed out', async () => {
    const client = await signedIn();
    const copy = new StaffClient(t.base);
    for (const [k, v] of client.cookies) copy.cookies.set(k, v);
    const desk = await client.get('/staff/');
    const out = await client.post('/staff/logout', { _csrf: csrfOf(desk.text) });
    assert.equal(out.status, 303);
    assert.equal(out.headers.get('location'), 'login');
    assert.equal((await copy.get('/staff/')).status, 401, 'the old cookie is dead');

    const later = await signedIn();
    const saved = t.clock.ms;
    try {
      t.clock.advance(8 * 3_600_000 + 1);
      assert.equal((await later.get('/staff/')).status, 401);
    } finally {
      t.clock.ms = saved;
    }
  });
});

describe("staff see only their own centre's data", () => {
  test("another centre's request is 404, to read and to decide on; the desk does not list it", async () => {
    const anna = await signedIn('anna');
    const desk = await anna.get('/staff/');
    assert.ok(!desk.text.includes('Motala Student'));
    assert.equal((await anna.get(`/staff/exam-requests/${motalaRequest}`)).status, 404);
    const csrf = csrfOf(desk.text);
    const confirm = await anna.post(`/staff/exam-requests/${motalaRequest}/confirm`, {
      _csrf: csrf,
    });
    const decline = await anna.post(`/staff/exam-requests/${motalaRequest}/decline`, {
      _csrf: csrf,
      reason: 'Nej',
    });
    assert.equal(confirm.status, 404);
    assert.equal(decline.status, 404);
    const { rows } = await database.db.query('SELECT status FROM exam_requests WHERE id = $1', [
      motalaRequest,
    ]);
    assert.equal(rows[0].status, 'pending');
    const csv = await anna.get(
      '/staff/export.csv?kind=exam-requests&from=2026-03-01&to=2026-03-31',
    );
    assert.ok(!csv.text.includes('Motala Student'));
    const bo = await signedIn('bo');
    assert.equal((await bo.get(`/staff/exam-requests/${motalaRequest}`)).status, 200);
    assert.equal((await bo.get(`/staff/exam-requests/${kalixRequest}`)).status, 404);
  });

  test('forms need the session’s CSRF token, and are refused when sent from another site', async () => {
    const anna = await signedIn('anna');
    const page = await anna.get(`/staff/exam-requests/${kalixRequest}`);
    const forged = await anna.post(`/staff/exam-requests/${kalixRequest}/confirm`, {
      _csrf: 'forged',
    });
    assert.equal(forged.status, 403);
    const crossSite = await anna.post(
      `/staff/exam-requests/${kalixRequest}/confirm`,
      { _csrf: csrfOf(page.text) },
      { 'Sec-Fetch-Site': 'cross-site' },
    );
    assert.equal(crossSite.status, 403);
    const other = await signedIn('anna');
    const otherSession = await other.post(`/staff/exam-requests/${kalixRequest}/confirm`, {
      _csrf: csrfOf(page.text),
    });
    assert.equal(otherSession.status, 403, "one session's token does not work in another");
    const { rows } = await database.db.query('SELECT status FROM exam_requests WHERE id = $1', [
      kalixRequest,
    ]);
    assert.equal(rows[0].status, 'pending');
  });
});
