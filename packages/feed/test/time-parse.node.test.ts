import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedDateTime } from '../src/time/parse.ts';
import { dayKey, daysInMonth, isoString, isoWeekday, parseDayKey } from '../src/time/civil.ts';

describe('parseFeedDateTime', () => {
  it('reads a date as an all-day value starting at local midnight in the feed zone', () => {
    const value = parseFeedDateTime('2026-04-10', 'Europe/Stockholm');
    assert.deepEqual(value, {
      instant: new Date('2026-04-09T22:00:00Z'),
      allDay: true,
      date: '2026-04-10',
    });
    assert.equal(
      parseFeedDateTime('2026-01-10', 'America/New_York').instant.toISOString(),
      '2026-01-10T05:00:00.000Z',
    );
  });

  it('reads a date-time with offset as that exact instant, whatever the feed zone', () => {
    for (const zone of ['Europe/Stockholm', 'Asia/Tokyo', 'UTC']) {
      const value = parseFeedDateTime('2026-03-03T18:00+09:00', zone);
      assert.deepEqual(value, { instant: new Date('2026-03-03T09:00:00Z'), allDay: false });
    }
  });

  it('reads seconds, fractions, Z and negative offsets', () => {
    const at = (v: string) => parseFeedDateTime(v, 'UTC').instant.toISOString();
    assert.equal(at('2026-03-03T18:00:30Z'), '2026-03-03T18:00:30.000Z');
    assert.equal(at('2026-03-03T18:00:30.25+01:00'), '2026-03-03T17:00:30.250Z');
    assert.equal(at('2026-03-03T18:00-04:30'), '2026-03-03T22:30:00.000Z');
    assert.equal(at('2026-12-31T23:30-01:00'), '2027-01-01T00:30:00.000Z');
  });

  it('throws naming the value for anything else', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-03-03T18:00',
      '2026-03-03 18:00+01:00',
      '2026-02-29T10:00Z',
      'soon',
      '',
    ]) {
      assert.throws(
        () => parseFeedDateTime(bad, 'UTC'),
        (error: Error) => error.message.includes(`"${bad}"`),
        bad,
      );
    }
    assert.equal(parseFeedDateTime('2028-02-29', 'UTC').date, '2028-02-29');
  });
});

describe('calendar arithmetic', () => {
  it('numbers days from 1970-01-01 and back', () => {
    assert.equal(parseDayKey('1970-01-01'), 0);
    assert.equal(parseDayKey('2026-03-29'), 20541);
    assert.equal(dayKey(20541), '2026-03-29');
    assert.equal(dayKey(-1), '1969-12-31');
  });

  it('knows ISO weekdays and month lengths', () => {
    assert.equal(isoWeekday(parseDayKey('2026-03-29')), 7);
    assert.equal(isoWeekday(parseDayKey('2026-03-30')), 1);
    assert.equal(isoWeekday(parseDayKey('1969-12-29')), 1);
    assert.deepEqual(
      [daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)],
      [28, 29, 28, 29],
    );
    assert.equal(daysInMonth(2026, 4), 30);
  });

  it('isoString equals Date#toISOString', () => {
    for (const ms of [
      0, -1, 1_774_746_000_123, 253_402_300_799_999, -62_135_596_800_000, 1_500_000_000_000,
    ]) {
      assert.equal(isoString(ms), new Date(ms).toISOString());
      assert.equal(isoString(ms), new Date(ms).toISOString(), 'from the cache too');
    }
  });
});
