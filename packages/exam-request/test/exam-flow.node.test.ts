/**
 * The exam request flow against the real reference service (PGlite), with
 * the service's own test rules: it is Monday 9 March 2026, 08:00 in
 * Stockholm; Kalix takes exams on weekdays 08–17, seven working days ahead
 * (so from Wednesday 18 March), two seats a day, free for Kalix and
 * Haparanda and 500 kr for others, and is closed on 20 April. Staff decide
 * through the service's decision module, as its staff desk does.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { ExamInvigilation } from '@learning-centre/feed';
import {
  confirmExamRequest,
  declineExamRequest,
} from '../../booking-server/src/exams/decisions.ts';
import { NOW } from '../../booking-server/test/helpers/fixture.ts';
import { type TestDatabase, testDatabase } from '../../booking-server/test/helpers/database.ts';
import { examConfig } from '../../booking-server/test/helpers/exams.ts';
import { type TestServer, startTestServer } from '../../booking-server/test/helpers/server.ts';
import { createExamClient } from '../src/exam-client.ts';
import type { ExamDetails } from '../src/exam-details.ts';
import { ExamFlow, type FlowSetup } from '../src/exam-flow.ts';
import { ASA } from './fixture-rules.ts';

const config = examConfig();
const KALIX = config.centres.get('kalix')!.examInvigilation as ExamInvigilation;

let database: TestDatabase;
let t: TestServer;

before(async () => {
  database = await testDatabase();
  t = await startTestServer(database.db, { config });
});
after(async () => {
  await t?.close();
  await database?.close();
});

const VALID = ASA;

/** A flow for Kalix over the test service; `fetchImpl` may break the network on purpose. */
function flow(setup: Partial<FlowSetup> = {}, fetchImpl: typeof fetch = fetch): ExamFlow {
  return new ExamFlow({
    client: createExamClient(t.base, fetchImpl),
    centre: 'kalix',
    rules: KALIX,
    hasList: true,
    universityName: (id) =>
      ({ umu: 'Umeå universitet', ltu: 'Luleå tekniska universitet' })[id] ?? id,
    today: () => '2026-03-09',
    onChange: () => {},
    ...setup,
  });
}

/** How many exam requests the service has stored. */
async function stored(): Promise<number> {
  const { rows } = await database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM exam_requests',
  );
  return Number(rows[0]!.n);
}

describe('checks before sending', () => {
  test('an empty form names what is missing, in the order of the form, and sends nothing', async () => {
    const before = await stored();
    const f = flow();
    await f.submit();
    assert.equal(f.problem, 'validation');
    assert.deepEqual(
      f.problems.map((p) => `${p.field} ${p.code}`),
      [
        'provider required',
        'courseName required',
        'date required',
        'start required',
        'minutes required',
        'name required',
        'email required',
        'municipality required',
        'consent must-be-true',
      ],
    );
    assert.equal(await stored(), before);
  });

  test('each broken rule is named with what explains it', async () => {
    const cases: [Partial<ExamDetails>, string[]][] = [
      [{ date: '2026-03-10' }, ['date too-late earliestDate=2026-03-18']],
      [{ date: '2026-03-21' }, ['date weekday']],
      [{ date: '2026-04-03' }, ['date holiday Långfredagen']],
      [{ date: '2026-03-06' }, ['date past']],
      [{ start: '07:30' }, ['start too-early']],
      [{ start: '15:00', minutes: '180' }, ['start ends-too-late']],
      [{ minutes: '600' }, ['minutes too-long maxMinutes=540']],
      [{ email: 'asa.example.se' }, ['email format']],
      [{ minutes: 'fem timmar' }, ['minutes format']],
    ];
    for (const [change, expected] of cases) {
      const f = flow({ details: { ...VALID, ...change } as ExamDetails });
      await f.submit();
      const said = f.problems.map((p) =>
        [
          p.field,
          p.code,
          p.earliestDate && `earliestDate=${p.earliestDate}`,
          p.maxMinutes && `maxMinutes=${p.maxMinutes}`,
          p.holiday?.name.sv,
        ]
          .filter(Boolean)
          .join(' '),
      );
      assert.deepEqual(said, expected, JSON.stringify(change));
      assert.equal(f.view, 'form');
    }
  });

  test('after a first try, problems go away as the student corrects them', async () => {
    const f = flow({ details: { ...VALID, date: '2026-03-21' } as ExamDetails });
    await f.submit();
    assert.equal(f.problems.length, 1);
    f.update({ date: '2026-03-19' });
    assert.deepEqual(f.problems, []);
    assert.equal(f.problem, undefined);
  });

  test('the fee follows the municipality typed: free for Kalix ("Kalix kommun" too), 500 kr for Luleå', () => {
    const f = flow();
    assert.deepEqual(f.fee, {
      free: false,
      amount: 500,
      currency: 'SEK',
      payment: 'Swish 123 456',
    });
    f.update({ municipality: 'Kalix kommun' });
    assert.equal(f.fee.free, true);
    f.update({ municipality: 'Luleå' });
    assert.equal(f.fee.free, false);
  });

  test('the earliest date counts working days from tomorrow', () => {
    assert.equal(flow().earliestDate, '2026-03-18');
  });
});

describe('sending', () => {
  test('a valid request is pending, with the exam address, the fee and a status token', async () => {
    const f = flow({ details: { ...VALID } as ExamDetails });
    await f.submit();
    assert.equal(f.problem, undefined);
    assert.equal(f.view, 'receipt');
    const r = f.record!;
    assert.equal(r.status, 'pending');
    assert.equal(r.university, 'Umeå universitet');
    assert.equal(r.provider, 'umu');
    assert.equal(r.start, '2026-03-18T09:00:00+01:00');
    assert.equal(r.end, '2026-03-18T14:00:00+01:00');
    assert.equal(r.examEmail, 'tentamen@kalix.example');
    assert.deepEqual(r.fee, { amount: 500, currency: 'SEK' });
    assert.match(f.token!, /^[A-Za-z0-9_-]{43}$/);
  });

  test('a resident of a free municipality pays nothing; another university can be typed in', async () => {
    const f = flow({
      details: {
        ...VALID,
        provider: '__other',
        university: 'Göteborgs universitet',
        municipality: 'Haparanda',
      } as ExamDetails,
    });
    await f.submit();
    assert.equal(f.view, 'receipt');
    assert.equal(f.record!.fee, null);
    assert.equal(f.record!.university, 'Göteborgs universitet');
    assert.equal(f.record!.provider, undefined);
  });

  test('an answer lost on the network is retried under the same id: one request, the same token', async () => {
    let drop = true;
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (drop && init?.method === 'POST') {
        drop = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const before = await stored();
    const f = flow({ details: { ...VALID, date: '2026-03-19' } as ExamDetails }, lossy);
    await f.submit();
    assert.equal(f.problem, 'network');
    assert.equal(f.view, 'form');
    assert.equal(await stored(), before + 1, 'the service did get it');
    await f.retry();
    assert.equal(f.problem, undefined);
    assert.equal(f.view, 'receipt');
    assert.equal(await stored(), before + 1, 'the retry asked for the same request');
  });

  test('a failing service says so and can be retried; nothing typed is lost', async () => {
    let failing = true;
    const broken: typeof fetch = async (input, init) =>
      failing
        ? new Response(JSON.stringify({ type: '/problems/service-unavailable', status: 503 }), {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json' },
          })
        : fetch(input, init);
    const f = flow({ details: { ...VALID, date: '2026-03-20' } as ExamDetails }, broken);
    await f.submit();
    assert.equal(f.problem, 'unavailable');
    assert.equal(f.details.name, 'Åsa Öberg');
    failing = false;
    await f.retry();
    assert.equal(f.view, 'receipt');
  });

  test('a day only the service knows is closed comes back next to the date', async () => {
    const f = flow({ details: { ...VALID, date: '2026-04-20' } as ExamDetails });
    await f.submit();
    assert.equal(f.problem, 'validation');
    assert.deepEqual(
      f.problems.map((p) => `${p.field} ${p.code}`),
      ['date closed'],
    );
  });

  test('a centre the service takes no requests for offers the e-mail instead', async () => {
    const f = flow({ centre: 'nowhere', details: { ...VALID } as ExamDetails });
    await f.submit();
    assert.equal(f.problem, 'not-offered');
    assert.equal(f.view, 'form');
  });

  test('a used id is replaced once, and the request made', async () => {
    const id = randomUUID();
    const first = flow({
      details: { ...VALID, date: '2026-03-23' } as ExamDetails,
      newId: () => id,
    });
    await first.submit();
    assert.equal(first.view, 'receipt');
    const ids = [id, randomUUID()];
    const second = flow({
      details: { ...VALID, date: '2026-03-24' } as ExamDetails,
      newId: () => ids.shift()!,
    });
    await second.submit();
    assert.equal(second.view, 'receipt');
    assert.notEqual(second.record!.id, id);
  });

  test('a day whose every seat is confirmed is full: pick another date', async () => {
    const day = { ...VALID, date: '2026-03-25' } as ExamDetails;
    for (let i = 0; i < 2; i++) {
      const f = flow({ details: day });
      await f.submit();
      const result = await confirmExamRequest(database.db, config, f.record!.id, 'kalix', NOW);
      assert.equal(result.kind, 'confirmed');
    }
    const f = flow({ details: day });
    await f.submit();
    assert.equal(f.problem, 'validation');
    assert.deepEqual(
      f.problems.map((p) => `${p.field} ${p.code}`),
      ['date full'],
    );
  });

  test('without a booking service the form becomes a prepared e-mail', async () => {
    const f = flow({ client: undefined, details: { ...VALID, consent: false } as ExamDetails });
    await f.submit();
    assert.deepEqual(f.problems, [], 'no consent is asked for an e-mail the student sends');
    assert.equal(f.view, 'mail');
    f.edit();
    assert.equal(f.view, 'form');
    assert.equal(f.details.courseName, 'Linjär algebra');
  });
});

describe('the status link', () => {
  async function sent(date: string): Promise<{ id: string; token: string }> {
    const f = flow({ details: { ...VALID, date } as ExamDetails });
    await f.submit();
    return { id: f.record!.id, token: f.token! };
  }

  test('shows pending, then confirmed with the calendar file; cancelling erases the personal data', async () => {
    const { id, token } = await sent('2026-03-26');
    const f = flow();
    await f.open(id, token);
    assert.equal(f.view, 'status');
    assert.equal(f.record!.status, 'pending');
    assert.equal(f.ics, undefined);

    assert.equal(
      (await confirmExamRequest(database.db, config, id, 'kalix', NOW)).kind,
      'confirmed',
    );
    await f.open(id, token);
    assert.equal(f.record!.status, 'confirmed');
    assert.match(f.ics!, /BEGIN:VEVENT[\s\S]*STATUS:CONFIRMED/);

    f.askCancel(true);
    assert.equal(f.confirmingCancel, true);
    await f.cancel();
    assert.equal(f.problem, undefined);
    assert.equal(f.confirmingCancel, false);
    assert.equal(f.record!.status, 'cancelled');
    assert.equal(f.record!.name, undefined);
    assert.equal(f.record!.email, undefined);
  });

  test('shows a declined request with its reason', async () => {
    const { id, token } = await sent('2026-03-27');
    const reason = 'Vi har ingen dator ledig den dagen.';
    assert.equal(
      (await declineExamRequest(database.db, id, 'kalix', reason, NOW)).kind,
      'declined',
    );
    const f = flow();
    await f.open(id, token);
    assert.equal(f.record!.status, 'declined');
    assert.equal(f.record!.declineReason, reason);
  });

  test('a wrong token finds nothing, and says so', async () => {
    const { id } = await sent('2026-03-30');
    const f = flow();
    await f.open(id, 'A'.repeat(43));
    assert.equal(f.problem, 'not-found');
    assert.equal(f.record, undefined);
  });

  test('leaving the status page returns to the receipt of what was sent here, or to the form', async () => {
    const f = flow({ details: { ...VALID, date: '2026-03-31' } as ExamDetails });
    await f.submit();
    const mine = f.record!.id;
    const other = await sent('2026-04-01');
    await f.open(other.id, other.token);
    assert.equal(f.record!.id, other.id);
    f.close();
    assert.equal(f.view, 'receipt');
    assert.equal(f.record!.id, mine);
    f.startOver();
    assert.equal(f.view, 'form');
    assert.equal(f.details.courseName, '');
    assert.equal(f.details.name, 'Åsa Öberg', 'the student’s own details are kept');
  });
});
