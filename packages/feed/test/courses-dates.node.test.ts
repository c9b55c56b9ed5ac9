import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applicationState,
  applicationStateOn,
  compareStartTerms,
  isOpenForApplication,
  startTerm,
} from '../src/query/course-dates.ts';
import type { Course } from '../src/types.ts';
import { courseById, queryFeed } from './helpers/query-feed.ts';

const feed = queryFeed();
const TZ = feed.timeZone; // Europe/Stockholm
const course = (id: string) => courseById(feed, id);
/** Friday 20 March 2026, 10:00 in Stockholm. */
const NOW = new Date('2026-03-20T10:00+01:00');

describe('applicationState', () => {
  it('is open inside the period, with whole days left', () => {
    assert.deepEqual(applicationState(course('kth-basar'), NOW, TZ), {
      state: 'open',
      opens: '2026-03-16',
      closes: '2026-04-15',
      closesIn: 26,
    });
  });

  it('counts the closing day itself: 0 days left on the last day', () => {
    assert.deepEqual(applicationState(course('komvux-cafe'), NOW, TZ), {
      state: 'open',
      opens: '2026-03-01',
      closes: '2026-03-20',
      closesIn: 0,
    });
  });

  it('is not yet open before the period, with whole days until it opens', () => {
    assert.deepEqual(applicationState(course('miun-python'), NOW, TZ), {
      state: 'not-yet-open',
      opens: '2026-09-15',
      closes: '2026-10-15',
      opensIn: 179,
    });
  });

  it('is closed after the period', () => {
    assert.deepEqual(applicationState(course('miun-demens'), NOW, TZ), {
      state: 'closed',
      opens: '2025-10-01',
      closes: '2026-03-01',
    });
  });

  it('treats the period as whole local days in the feed time zone', () => {
    const basar = course('kth-basar');
    // 23:59 on 15 April in Stockholm (summer time, +02:00): still open, last day.
    assert.equal(applicationState(basar, new Date('2026-04-15T21:59:00Z'), TZ).closesIn, 0);
    // 00:30 on 16 April in Stockholm, though still 15 April in UTC: closed.
    assert.equal(applicationState(basar, new Date('2026-04-15T22:30:00Z'), TZ).state, 'closed');
    assert.equal(applicationState(basar, new Date('2026-04-15T22:30:00Z'), 'UTC').state, 'open');
    // The opening day starts at local midnight (winter time, +01:00).
    assert.deepEqual(applicationState(basar, new Date('2026-03-15T22:59:00Z'), TZ), {
      state: 'not-yet-open',
      opens: '2026-03-16',
      closes: '2026-04-15',
      opensIn: 1,
    });
    assert.equal(applicationState(basar, new Date('2026-03-15T23:00:00Z'), TZ).state, 'open');
  });

  it('closes for a course that is full, closed or cancelled, whatever the period says', () => {
    assert.equal(applicationState(course('komvux-sommarsvenska'), NOW, TZ).state, 'closed');
    assert.equal(applicationState(course('kth-ellara'), NOW, TZ).state, 'closed');
    const closed: Course = { ...course('kth-basar'), status: 'closed' };
    assert.deepEqual(applicationState(closed, NOW, TZ), {
      state: 'closed',
      opens: '2026-03-16',
      closes: '2026-04-15',
    });
  });

  it('lets one apply to a waiting list during the period', () => {
    assert.equal(applicationState(course('yh-inbyggda'), NOW, TZ).state, 'open');
  });

  it('without a period, follows an open or waitlist status and is otherwise unknown', () => {
    assert.deepEqual(applicationState(course('komvux-underskoterska'), NOW, TZ), { state: 'open' });
    const waitlist: Course = { ...course('komvux-underskoterska'), status: 'waitlist' };
    assert.deepEqual(applicationState(waitlist, NOW, TZ), { state: 'open' });
    assert.deepEqual(applicationState(course('komvux-studieteknik'), NOW, TZ), {
      state: 'unknown',
    });
  });

  it('never closes a period that only opens, and opens one that only closes', () => {
    const hydraulik = course('volvo-hydraulik');
    assert.deepEqual(applicationState(hydraulik, NOW, TZ), {
      state: 'not-yet-open',
      opens: '2026-04-01',
      opensIn: 12,
    });
    assert.deepEqual(applicationState(hydraulik, new Date('2030-01-01T12:00Z'), TZ), {
      state: 'open',
      opens: '2026-04-01',
    });
    const onlyCloses: Course = { ...hydraulik, applicationPeriod: { closes: '2026-03-31' } };
    assert.deepEqual(applicationState(onlyCloses, NOW, TZ), {
      state: 'open',
      closes: '2026-03-31',
      closesIn: 11,
    });
  });

  it('agrees with isOpenForApplication and applicationStateOn on every course', () => {
    const instants = [
      '2026-01-01T00:00Z',
      '2026-03-20T09:00Z',
      '2026-04-15T22:30Z',
      '2026-09-20T12:00Z',
    ];
    for (const c of feed.courses)
      for (const iso of instants) {
        const now = new Date(iso);
        const { state } = applicationState(c, now, TZ);
        assert.equal(isOpenForApplication(c, now, TZ), state === 'open', `${c.id} at ${iso}`);
        const today = new Intl.DateTimeFormat('sv-SE', { timeZone: TZ }).format(now);
        assert.equal(applicationStateOn(c, today), state, `${c.id} on ${today}`);
      }
  });
});

describe('startTerm', () => {
  const term = (start?: string) => startTerm({ start });

  it('puts January–May starts in the spring term (VT)', () => {
    assert.deepEqual(term('2027-01-18'), { key: '2027-VT', year: 2027, term: 'spring' });
    assert.equal(term('2026-05-31')?.key, '2026-VT');
  });

  it('puts June–July starts in the summer term', () => {
    assert.deepEqual(term('2026-06-15'), { key: '2026-ST', year: 2026, term: 'summer' });
    assert.equal(term('2026-07-31')?.key, '2026-ST');
  });

  it('puts August–December starts in the autumn term (HT)', () => {
    assert.deepEqual(term('2026-08-24'), { key: '2026-HT', year: 2026, term: 'autumn' });
    assert.equal(term('2026-08-01')?.key, '2026-HT');
    assert.equal(term('2026-12-31')?.key, '2026-HT');
  });

  it('is undefined without a start date', () => {
    assert.equal(term(undefined), undefined);
    assert.equal(startTerm(course('komvux-studieteknik')), undefined);
  });
});

describe('compareStartTerms', () => {
  it('orders keys and terms chronologically', () => {
    const keys = ['2027-VT', '2026-HT', '2026-ST', '2025-HT', '2026-VT'];
    assert.deepEqual(keys.sort(compareStartTerms), [
      '2025-HT',
      '2026-VT',
      '2026-ST',
      '2026-HT',
      '2027-VT',
    ]);
    const terms = ['2027-01-18', '2026-08-24', '2026-06-15'].map((start) => startTerm({ start })!);
    assert.deepEqual(
      terms.sort(compareStartTerms).map((t) => t.key),
      ['2026-ST', '2026-HT', '2027-VT'],
    );
    assert.ok(compareStartTerms(startTerm({ start: '2026-09-01' })!, '2026-HT') === 0);
  });
});
