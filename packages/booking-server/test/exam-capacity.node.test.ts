/**
 * Seats: never more confirmed exam requests than seats, decided by the
 * database, also when staff confirm at the same moment; declining and
 * cancelling give seats back; a full day takes no new requests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sqlState } from '../src/db/db.ts';
import { confirmExamRequest, declineExamRequest } from '../src/exams/decisions.ts';
import { cancelExamRequest, createExamRequest } from '../src/exams/exam-requests.ts';
import { parseExamRequest } from '../src/exams/request.ts';
import { seatCounts } from '../src/exams/queries.ts';
import { NOW } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { examBody, examConfig } from './helpers/exams.ts';

let database: TestDatabase;
before(async () => {
  database = await testDatabase();
});
after(() => database?.close());

const config = examConfig();
const SECRET = 'test secret';

async function request(change: Record<string, unknown> = {}) {
  const parsed = parseExamRequest(examBody(change));
  assert.ok(parsed.ok, JSON.stringify(parsed));
  const result = await createExamRequest(database.db, config, SECRET, parsed.request, NOW);
  assert.equal(result.kind, 'created', JSON.stringify(result));
  return result as Extract<typeof result, { kind: 'created' }>;
}

const confirm = (id: string, centre = 'kalix') =>
  confirmExamRequest(database.db, config, id, centre, NOW);

const confirmedOn = async (date: string, centre = 'kalix') =>
  (await seatCounts(database.db, centre, date, date)).reduce((n, row) => n + row.confirmed, 0);

const statusCount = async (date: string) => {
  const { rows } = await database.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM exam_requests WHERE exam_date = $1::date AND status = 'confirmed'`,
    [date],
  );
  return rows[0].n;
};

describe('confirming', () => {
  test('two seats: two confirmations, the third is refused; declining frees one', async () => {
    const date = '2026-03-23';
    const [a, b, c] = [await request({ date }), await request({ date }), await request({ date })];
    assert.equal((await confirm(a.request.id)).kind, 'confirmed');
    assert.equal((await confirm(b.request.id)).kind, 'confirmed');
    assert.equal((await confirm(c.request.id)).kind, 'full');
    assert.equal(await confirmedOn(date), 2);
    const again = await confirm(a.request.id);
    assert.equal(again.kind, 'not-pending');
    const declined = await declineExamRequest(database.db, a.request.id, 'kalix', 'Krock', NOW);
    assert.equal(declined.kind, 'declined');
    assert.equal(await confirmedOn(date), 1);
    assert.equal((await confirm(c.request.id)).kind, 'confirmed');
    assert.equal(await confirmedOn(date), 2);
    assert.equal(await statusCount(date), 2);
  });

  test('a full day takes no new requests; a cancellation opens it again', async () => {
    const date = '2026-03-24';
    const [a, b] = [await request({ date }), await request({ date })];
    await confirm(a.request.id);
    await confirm(b.request.id);
    const parsed = parseExamRequest(examBody({ date }));
    assert.ok(parsed.ok);
    const full = await createExamRequest(database.db, config, SECRET, parsed.request, NOW);
    assert.equal(full.kind, 'full');
    assert.equal(await cancelExamRequest(database.db, a.request.id, a.token, NOW), 'cancelled');
    assert.equal(await confirmedOn(date), 1);
    const open = await createExamRequest(database.db, config, SECRET, parsed.request, NOW);
    assert.equal(open.kind, 'created');
  });

  test('sittings count their own seats', async () => {
    const date = '2026-03-28'; // a Saturday, Motala: one seat per sitting
    const morning = await request({
      centre: 'motala',
      date,
      start: '08:00',
      minutes: 240,
      support: [],
      provider: 'umu',
    });
    const afternoon = await request({
      centre: 'motala',
      date,
      start: '13:00',
      minutes: 120,
      support: [],
      provider: 'umu',
    });
    const morning2 = await request({
      centre: 'motala',
      date,
      start: '09:00',
      minutes: 60,
      support: [],
      provider: 'ltu',
    });
    assert.equal((await confirm(morning.request.id, 'motala')).kind, 'confirmed');
    assert.equal((await confirm(afternoon.request.id, 'motala')).kind, 'confirmed');
    assert.equal((await confirm(morning2.request.id, 'motala')).kind, 'full');
    assert.deepEqual(
      (await seatCounts(database.db, 'motala', date, date)).map((r) => [r.seatPool, r.confirmed]),
      [
        ['08:00-12:00', 1],
        ['13:00-17:00', 1],
      ],
    );
  });

  test('staff of another centre cannot confirm or decline: not-found, as if it did not exist', async () => {
    const { request: r } = await request({ date: '2026-03-25' });
    assert.equal((await confirm(r.id, 'motala')).kind, 'not-found');
    const declined = await declineExamRequest(database.db, r.id, 'motala', 'Nej', NOW);
    assert.equal(declined.kind, 'not-found');
  });

  test('an exam that has started can no longer be confirmed', async () => {
    const { request: r } = await request({ date: '2026-03-26' });
    const result = await confirmExamRequest(
      database.db,
      config,
      r.id,
      'kalix',
      Date.parse('2026-03-26T09:00:00Z'),
    );
    assert.equal(result.kind, 'past');
  });
});

describe('the race', () => {
  test('two staff members confirming the last seat at once: exactly one confirmed', async () => {
    const date = '2026-03-30';
    const first = await request({ date });
    assert.equal((await confirm(first.request.id)).kind, 'confirmed');
    const [x, y] = [await request({ date }), await request({ date })];
    const results = await Promise.all([confirm(x.request.id), confirm(y.request.id)]);
    assert.deepEqual(results.map((r) => r.kind).sort(), ['confirmed', 'full']);
    assert.equal(await confirmedOn(date), 2);
    assert.equal(await statusCount(date), 2);
  });

  test('twenty confirmations of twenty requests for a two-seat day at once: exactly two', async () => {
    const date = '2026-03-31';
    const requests = [];
    for (let i = 0; i < 20; i++) requests.push(await request({ date }));
    const results = await Promise.all(requests.map((r) => confirm(r.request.id)));
    const kinds = results.map((r) => r.kind);
    assert.equal(kinds.filter((k) => k === 'confirmed').length, 2);
    assert.equal(kinds.filter((k) => k === 'full').length, 18);
    assert.equal(await confirmedOn(date), 2);
    assert.equal(await statusCount(date), 2);
  });

  test('the same request confirmed twice at once counts once', async () => {
    const date = '2026-04-01';
    const { request: r } = await request({ date });
    const results = await Promise.all([confirm(r.id), confirm(r.id), confirm(r.id)]);
    assert.deepEqual(results.map((x) => x.kind).sort(), [
      'confirmed',
      'not-pending',
      'not-pending',
    ]);
    assert.equal(await confirmedOn(date), 1);
  });

  test('the database itself refuses a counter past its seats', async () => {
    await database.db.query(
      `INSERT INTO exam_seats (centre_id, exam_date, seat_pool, seats, confirmed) VALUES ('x', '2026-04-02', '', 1, 1)`,
    );
    await assert.rejects(
      database.db.query(`UPDATE exam_seats SET confirmed = confirmed + 1 WHERE centre_id = 'x'`),
      (error) => sqlState(error) === '23514',
    );
  });
});
