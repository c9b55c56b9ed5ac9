/**
 * Data retention: exam requests go a configurable number of days after the
 * exam, whatever their status, with the seat counters of those days.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { confirmExamRequest, declineExamRequest } from '../src/exams/decisions.ts';
import { createExamRequest } from '../src/exams/exam-requests.ts';
import { purgeExamRequests } from '../src/exams/queries.ts';
import { parseExamRequest } from '../src/exams/request.ts';
import { schedulePurge } from '../src/purge-schedule.ts';
import { DAY, MINUTE, NOW } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { examBody, examConfig } from './helpers/exams.ts';

let database: TestDatabase;
before(async () => {
  database = await testDatabase();
});
after(() => database?.close());

const config = examConfig();

async function request(change: Record<string, unknown>) {
  const parsed = parseExamRequest(examBody(change));
  assert.ok(parsed.ok);
  const result = await createExamRequest(database.db, config, 'secret', parsed.request, NOW);
  assert.equal(result.kind, 'created');
  return parsed.request.id;
}

const remaining = async () =>
  (await database.db.query<{ id: string }>('SELECT id FROM exam_requests')).rows
    .map((r) => r.id)
    .sort();

test('requests are deleted N days after the exam ended, confirmed, declined and pending alike', async () => {
  // Wednesday 18 March 09:00–14:00 and Thursday 19 March 09:00–14:00 (Stockholm).
  const confirmed = await request({ date: '2026-03-18' });
  const declined = await request({ date: '2026-03-18', name: 'Other Person' });
  const pending = await request({ date: '2026-03-18' });
  const later = await request({ date: '2026-03-19' });
  assert.equal(
    (await confirmExamRequest(database.db, config, confirmed, 'kalix', NOW)).kind,
    'confirmed',
  );
  assert.equal(
    (await declineExamRequest(database.db, declined, 'kalix', 'Nej', NOW)).kind,
    'declined',
  );

  const end = Date.parse('2026-03-18T13:00:00Z');
  assert.deepEqual(await purgeExamRequests(database.db, end + 30 * DAY, 30), { examRequests: 0 });
  assert.deepEqual(await remaining(), [confirmed, declined, pending, later].sort());
  assert.deepEqual(await purgeExamRequests(database.db, end + 30 * DAY + 1, 30), {
    examRequests: 3,
  });
  assert.deepEqual(await remaining(), [later]);
  const counters = async () =>
    (await database.db.query(`SELECT 1 FROM exam_seats WHERE exam_date = '2026-03-18'`)).rows
      .length;
  assert.equal(await counters(), 1, 'kept while a request of that day may remain');
  await purgeExamRequests(database.db, end + 33 * DAY, 30);
  assert.equal(await counters(), 0, 'then the day’s seat counter goes too');
});

test('schedulePurge purges exam requests on its ticks, logging counts only', async () => {
  await request({ date: '2026-03-20', name: 'Secret Student' });
  let now = NOW;
  const logs: Record<string, unknown>[] = [];
  const scheduled = schedulePurge(database.db, {
    afterDays: 7,
    now: () => now,
    log: (e) => logs.push(e),
    everyMs: 20,
  });
  try {
    await scheduled.ran;
    assert.deepEqual(logs, []);
    now = Date.parse('2026-03-20T13:00:00Z') + 7 * DAY + MINUTE;
    for (let i = 0; i < 500 && logs.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(logs[0], { msg: 'purged', examRequests: 1, staffSessions: 0 });
    assert.ok(!JSON.stringify(logs).includes('Secret'));
  } finally {
    await scheduled.stop();
  }
  assert.deepEqual(await remaining(), []);
});
