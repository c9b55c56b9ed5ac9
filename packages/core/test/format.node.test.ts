// Expected strings are exact, including the spaces Intl uses: U+00A0 (no-break
// space) before "%" in Swedish; before "PM" a plain space from format() (V8
// swaps CLDR's U+202F back for web compatibility) but U+202F (narrow no-break
// space) from formatRange(), which also puts U+2009 (thin space) around an
// English range dash. A change in those is a visible change: it should fail here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatCredits,
  formatDate,
  formatDateTime,
  formatDistanceKm,
  formatList,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatRelativeDays,
  formatTime,
  formatTimeRange,
  formatWeekday,
} from '../src/format.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';
const sv = { lang: 'sv', timeZone: 'Europe/Stockholm' };
const en = { lang: 'en', timeZone: 'Europe/Stockholm' };

describe('formatDate', () => {
  it('shows day, month and year by default; weekday on request', () => {
    assert.equal(formatDate('2026-03-03T18:00+01:00', sv), '3 mars 2026');
    assert.equal(
      formatDate('2026-03-03T18:00+01:00', { ...sv, weekday: true, year: false }),
      'tis 3 mars',
    );
    assert.equal(formatDate('2026-03-03T18:00+01:00', en), 'March 3, 2026');
  });

  it('shows an instant on its date in the given time zone', () => {
    // 23:30 UTC is already the next day in Stockholm.
    assert.equal(formatDate('2026-03-03T23:30Z', sv), '4 mars 2026');
    assert.equal(
      formatDate(Date.UTC(2026, 2, 3, 23, 30), { ...sv, timeZone: 'UTC' }),
      '3 mars 2026',
    );
  });

  it('keeps a date without a time on that date in any time zone', () => {
    assert.equal(
      formatDate('2026-03-03', { ...sv, timeZone: 'America/Los_Angeles' }),
      '3 mars 2026',
    );
    assert.equal(
      formatDate('2026-03-03', { ...sv, timeZone: 'Pacific/Kiritimati' }),
      '3 mars 2026',
    );
  });

  it('gives an empty string for an unreadable date rather than throwing in a render', () => {
    assert.equal(formatDate('not a date', sv), '');
    assert.equal(formatDate(Number.NaN, sv), '');
  });
});

describe('formatTime', () => {
  it('writes times the way the language does', () => {
    assert.equal(formatTime('2026-03-03T09:05+01:00', sv), '09:05');
    assert.equal(formatTime('2026-03-03T18:00+01:00', en), '6:00 PM');
    assert.equal(
      formatTime('2026-03-03T18:00+01:00', { lang: 'en-GB', timeZone: 'Europe/Stockholm' }),
      '18:00',
    );
  });

  it('keeps 18:00 at 18:00 across the DST change in the feed time zone', () => {
    assert.equal(formatTime('2026-03-24T18:00+01:00', sv), '18:00');
    assert.equal(formatTime('2026-03-31T18:00+02:00', sv), '18:00');
  });

  it('is empty for a date without a time', () => {
    assert.equal(formatTime('2026-03-03', sv), '');
  });
});

describe('formatDateTime', () => {
  it('shows weekday, date and time', () => {
    assert.equal(formatDateTime('2026-03-03T18:00+01:00', sv), 'tis 3 mars kl. 18:00');
    assert.equal(formatDateTime(new Date('2026-03-03T17:00Z'), en), 'Tue, March 3 at 6:00 PM');
    assert.equal(
      formatDateTime('2026-03-03T18:00+01:00', { ...sv, weekday: false, year: true }),
      '3 mars 2026 kl. 18:00',
    );
  });

  it('shows the date alone for a date without a time', () => {
    assert.equal(formatDateTime('2026-03-03', sv), 'tis 3 mars');
  });
});

describe('formatTimeRange', () => {
  it('is compact on one day', () => {
    assert.equal(
      formatTimeRange('2026-03-03T18:00+01:00', '2026-03-03T19:30+01:00', sv),
      'tis 3 mars 18:00–19:30',
    );
    assert.equal(
      formatTimeRange('2026-03-03T18:00+01:00', '2026-03-03T19:30+01:00', en),
      `Tue, March 3, 6:00${THIN}–${THIN}7:30${NNBSP}PM`,
    );
  });

  it('names both days when it spans several', () => {
    assert.equal(
      formatTimeRange('2026-03-03T18:00+01:00', '2026-03-05T19:30+01:00', sv),
      'tis 3 mars kl. 18:00–tors 5 mars kl. 19:30',
    );
  });

  it('shows dates only for all-day values, the end day included', () => {
    assert.equal(formatTimeRange('2026-03-03', '2026-03-05', sv), 'tis 3–tors 5 mars');
    assert.equal(formatTimeRange('2026-03-03', '2026-03-03', sv), 'tis 3 mars');
    assert.equal(
      formatTimeRange('2026-03-03', undefined, { ...sv, year: true }),
      'tis 3 mars 2026',
    );
  });

  it('with allDay, reads instants as their dates in the time zone', () => {
    assert.equal(
      formatTimeRange('2026-03-03T23:30Z', '2026-03-05T10:00Z', { ...sv, allDay: true }),
      'ons 4–tors 5 mars',
    );
  });

  it('shows the start alone when the end is missing or before the start', () => {
    assert.equal(formatTimeRange('2026-03-03T18:00+01:00', undefined, sv), 'tis 3 mars kl. 18:00');
    assert.equal(
      formatTimeRange('2026-03-03T18:00+01:00', '2026-03-03T17:00+01:00', sv),
      'tis 3 mars kl. 18:00',
    );
    assert.equal(formatTimeRange('garbage', undefined, sv), '');
  });
});

describe('numbers', () => {
  it('formatRelativeDays speaks of days to come and gone', () => {
    assert.equal(formatRelativeDays(5, 'sv'), 'om 5 dagar');
    assert.equal(formatRelativeDays(5, 'en'), 'in 5 days');
    assert.equal(formatRelativeDays(1, 'sv'), 'i morgon');
    assert.equal(formatRelativeDays(1, 'sv', { numeric: 'always' }), 'om 1 dag');
    assert.equal(formatRelativeDays(-2, 'en'), '2 days ago');
  });

  it('formatNumber uses the decimal comma in Swedish', () => {
    assert.equal(formatNumber(7.5, 'sv'), '7,5');
    assert.equal(formatNumber(7.5, 'en'), '7.5');
    assert.equal(formatNumber(12345, 'sv'), `12${NBSP}345`);
  });

  it('formatNumber survives a malformed page language', () => {
    assert.equal(formatNumber(7.5, 'sv_SE'), '7,5');
    assert.equal(formatNumber(7.5, '!!'), '7.5');
  });

  it('formatPercent takes 0–100', () => {
    assert.equal(formatPercent(50, 'sv'), `50${NBSP}%`);
    assert.equal(formatPercent(50, 'en'), '50%');
    assert.equal(formatPercent(12.5, 'sv'), `12,5${NBSP}%`);
  });

  it('formatCredits names each credit system', () => {
    assert.equal(formatCredits(7.5, 'hp', 'sv'), '7,5 hp');
    assert.equal(formatCredits(30, 'yh', 'sv'), '30 YH-poäng');
    assert.equal(formatCredits(100, 'gy', 'sv'), '100 gymnasiepoäng');
    assert.equal(formatCredits(7.5, 'ects', 'sv'), '7,5 ECTS-poäng');
    assert.equal(formatCredits(7.5, 'ects', 'en'), '7.5 ECTS credits');
    assert.equal(formatCredits(1, 'ects', 'en'), '1 ECTS credit');
    assert.equal(formatCredits(15, 'hp', 'en'), '15 credits');
  });

  it('formatDistanceKm rounds like people do', () => {
    assert.equal(formatDistanceKm(0.04, 'sv'), '100 m');
    assert.equal(formatDistanceKm(0.46, 'sv'), '500 m');
    assert.equal(formatDistanceKm(0.97, 'sv'), '1 km');
    assert.equal(formatDistanceKm(4.23, 'sv'), '4,2 km');
    assert.equal(formatDistanceKm(37.4, 'en'), '37 km');
  });

  it('formatMinutes gives a short duration', () => {
    assert.equal(formatMinutes(45, 'sv'), '45 min');
    assert.equal(formatMinutes(90, 'en'), '90 min');
  });
});

describe('formatList and formatWeekday', () => {
  it('formatList joins with the language’s "and" or "or"', () => {
    assert.equal(formatList(['Kalix', 'Motala', 'Varberg'], 'sv'), 'Kalix, Motala och Varberg');
    assert.equal(formatList(['Kalix', 'Motala', 'Varberg'], 'en'), 'Kalix, Motala, and Varberg');
    assert.equal(
      formatList(['distans', 'på plats'], 'sv', { type: 'disjunction' }),
      'distans eller på plats',
    );
    assert.equal(formatList([], 'sv'), '');
  });

  it('formatWeekday names the feed weekdays', () => {
    assert.equal(formatWeekday('mo', 'sv'), 'måndag');
    assert.equal(formatWeekday('su', 'en'), 'Sunday');
    assert.equal(formatWeekday('fr', 'sv', 'short'), 'fre');
  });
});
