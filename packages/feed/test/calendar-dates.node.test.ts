import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  addMonths,
  endOfMonth,
  isCalendarDate,
  isSameMonth,
  monthGrid,
  startOfMonth,
  startOfWeek,
  weekDates,
  weekdayOf,
} from '../src/query/calendar-dates.ts';

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    assert.equal(isCalendarDate('2026-03-29'), true);
    assert.equal(isCalendarDate('2028-02-29'), true);
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-3-1',
      '2026-03-29T18:00',
      '',
      'today',
      20260329,
    ]) {
      assert.equal(isCalendarDate(bad), false, String(bad));
    }
  });
});

describe('addDays and addMonths', () => {
  it('steps across month and year ends', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('2026-03-29', 0), '2026-03-29');
  });

  it('keeps the day of the month within the month', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
    assert.equal(addMonths('2026-11-15', 2), '2027-01-15');
    assert.equal(addMonths('2026-01-15', -1), '2025-12-15');
    assert.equal(addMonths('2026-02-28', 12), '2027-02-28');
    assert.equal(addMonths('2028-02-29', -12), '2027-02-28');
  });

  it('refuses what is not a date', () => {
    assert.throws(() => addDays('2026-02-30', 1), /not a calendar date/);
    assert.throws(() => addMonths('soon', 1), /not a calendar date/);
  });
});

describe('weeks', () => {
  it('knows the weekday (ISO: Monday is 1)', () => {
    assert.equal(weekdayOf('2026-03-29'), 7);
    assert.equal(weekdayOf('2026-03-30'), 1);
  });

  it('starts a week on the weekday asked for', () => {
    assert.equal(startOfWeek('2026-03-29'), '2026-03-23');
    assert.equal(startOfWeek('2026-03-30'), '2026-03-30');
    assert.equal(startOfWeek('2026-03-29', 7), '2026-03-29');
    assert.equal(startOfWeek('2026-03-28', 7), '2026-03-22');
    assert.equal(startOfWeek('2026-03-28', 6), '2026-03-28');
    assert.deepEqual(weekDates('2026-12-31'), [
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});

describe('months', () => {
  it('finds the first and last day', () => {
    assert.equal(startOfMonth('2026-02-17'), '2026-02-01');
    assert.equal(endOfMonth('2026-02-17'), '2026-02-28');
    assert.equal(endOfMonth('2028-02-01'), '2028-02-29');
    assert.equal(endOfMonth('2026-12-05'), '2026-12-31');
    assert.equal(isSameMonth('2026-12-05', '2026-12-31'), true);
    assert.equal(isSameMonth('2026-12-05', '2025-12-05'), false);
  });

  it('lays a month out in whole weeks beginning on Monday', () => {
    const grid = monthGrid('2026-03-17');
    assert.equal(grid.month, '2026-03');
    assert.equal(grid.firstDate, '2026-03-01');
    assert.equal(grid.lastDate, '2026-03-31');
    // 1 March 2026 is a Sunday: the first row begins on Monday 23 February.
    assert.equal(grid.weeks.length, 6);
    assert.deepEqual(grid.weeks[0][0], { date: '2026-02-23', weekday: 1, inMonth: false });
    assert.deepEqual(grid.weeks[0][6], { date: '2026-03-01', weekday: 7, inMonth: true });
    assert.deepEqual(grid.weeks[5].at(-1), { date: '2026-04-05', weekday: 7, inMonth: false });
    assert.ok(grid.weeks.every((week) => week.length === 7));
    assert.equal(grid.weeks.flat().filter((d) => d.inMonth).length, 31);
  });

  it('has four rows for a February that fits them exactly, and follows the week start', () => {
    // February 2027 begins on a Monday and has 28 days.
    assert.equal(monthGrid('2027-02-10').weeks.length, 4);
    const sundayFirst = monthGrid('2027-02-10', 7);
    assert.equal(sundayFirst.weeks.length, 5);
    assert.equal(sundayFirst.weeks[0][0].date, '2027-01-31');
    assert.ok(sundayFirst.weeks.every((week) => week[0].weekday === 7));
  });
});
