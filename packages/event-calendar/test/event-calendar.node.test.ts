// The calendar's pure helpers, in Node: keys to dates, periods, week starts, labels, file names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clockRange, dayLabel, monthLabel, periodLabel, weekStartFor } from '../src/date-labels.ts';
import { dateForKey } from '../src/grid-keys.ts';
import { icsFileName } from '../src/ics-download.ts';
import { periodOf, stepAnchor } from '../src/period.ts';

describe('dateForKey', () => {
  const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });

  it('moves as the APG date grid does', () => {
    const from = '2026-03-31';
    assert.equal(dateForKey(from, key('ArrowRight'), 'ltr', 1), '2026-04-01');
    assert.equal(dateForKey(from, key('ArrowLeft'), 'ltr', 1), '2026-03-30');
    assert.equal(dateForKey(from, key('ArrowDown'), 'ltr', 1), '2026-04-07');
    assert.equal(dateForKey(from, key('ArrowUp'), 'ltr', 1), '2026-03-24');
    assert.equal(dateForKey(from, key('Home'), 'ltr', 1), '2026-03-30');
    assert.equal(dateForKey(from, key('End'), 'ltr', 1), '2026-04-05');
    assert.equal(dateForKey(from, key('PageDown'), 'ltr', 1), '2026-04-30');
    assert.equal(dateForKey(from, key('PageUp'), 'ltr', 1), '2026-02-28');
    assert.equal(dateForKey(from, key('PageDown', true), 'ltr', 1), '2027-03-31');
    assert.equal(dateForKey('2028-02-29', key('PageUp', true), 'ltr', 1), '2027-02-28');
  });

  it('swaps Left and Right from right to left, and follows the week start', () => {
    assert.equal(dateForKey('2026-03-10', key('ArrowLeft'), 'rtl', 1), '2026-03-11');
    assert.equal(dateForKey('2026-03-10', key('ArrowRight'), 'rtl', 1), '2026-03-09');
    assert.equal(dateForKey('2026-03-10', key('Home'), 'ltr', 7), '2026-03-08');
    assert.equal(dateForKey('2026-03-10', key('End'), 'ltr', 7), '2026-03-14');
  });

  it('ignores other keys', () => {
    for (const k of ['Enter', ' ', 'Tab', 'a', 'Escape']) {
      assert.equal(dateForKey('2026-03-10', key(k), 'ltr', 1), undefined);
    }
  });
});

describe('periodOf and stepAnchor', () => {
  const base = { days: 14, weekStart: 1, lang: 'sv' } as const;

  it('gives the month, the week or the list’s days around the anchor', () => {
    assert.deepEqual(periodOf('2026-03-17', { ...base, view: 'month' }), {
      firstDate: '2026-03-01',
      lastDate: '2026-03-31',
      caption: 'mars 2026',
    });
    assert.deepEqual(periodOf('2026-03-17', { ...base, view: 'week' }), {
      firstDate: '2026-03-16',
      lastDate: '2026-03-22',
      caption: '16–22 mars 2026',
    });
    assert.deepEqual(periodOf('2026-03-17', { ...base, view: 'list' }), {
      firstDate: '2026-03-17',
      lastDate: '2026-03-30',
      caption: '17–30 mars 2026',
    });
  });

  it('steps a month, a week or the list’s length', () => {
    assert.equal(stepAnchor('2026-01-31', 1, { view: 'month', days: 14 }), '2026-02-28');
    assert.equal(stepAnchor('2026-03-17', -1, { view: 'week', days: 14 }), '2026-03-10');
    assert.equal(stepAnchor('2026-03-17', 1, { view: 'list', days: 14 }), '2026-03-31');
  });
});

describe('date labels', () => {
  it('says days, months and periods as the language does, whatever the zone', () => {
    assert.equal(dayLabel('2026-03-29', 'sv'), 'söndag 29 mars');
    assert.equal(dayLabel('2026-03-29', 'sv', true), 'söndag 29 mars 2026');
    assert.equal(dayLabel('2026-03-29', 'en'), 'Sunday, March 29');
    assert.equal(monthLabel('2026-12-05', 'sv'), 'december 2026');
    assert.equal(periodLabel('2026-03-30', '2026-04-05', 'sv'), '30 mars–5 april 2026');
    assert.equal(periodLabel('2026-03-30', '2026-03-30', 'en'), 'March 30, 2026');
  });

  it('says a time span within a day in the zone asked for', () => {
    const start = new Date('2026-03-31T16:00:00Z');
    const end = new Date('2026-03-31T17:30:00Z');
    assert.equal(clockRange(start, end, 'sv', 'Europe/Stockholm'), '18:00–19:30');
    assert.equal(clockRange(start, end, 'sv', 'America/New_York'), '12:00–13:30');
    assert.equal(clockRange(start, start, 'sv', 'Europe/Stockholm'), '18:00');
  });
});

describe('weekStartFor', () => {
  it('is Monday for a bare language, the region’s custom for a tag with one', () => {
    assert.equal(weekStartFor('sv'), 1);
    assert.equal(weekStartFor('en'), 1);
    assert.equal(weekStartFor('ar'), 1);
    assert.equal(weekStartFor('sv-SE'), 1);
    assert.equal(weekStartFor('en-US'), 7);
    assert.equal(weekStartFor('not a tag'), 1);
  });
});

describe('icsFileName', () => {
  it('makes a safe file name of an event id', () => {
    const event = {
      id: 'kth:stream.2026',
      title: 'x',
      category: 'lecture',
      start: '2026-03-03',
    } as const;
    assert.equal(icsFileName(event), 'kth-stream.2026.ics');
  });
});
