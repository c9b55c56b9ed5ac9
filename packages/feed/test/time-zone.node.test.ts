import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addZonedDays,
  instantToZonedParts,
  isKnownTimeZone,
  offsetMinutes,
  startOfZonedDay,
  zonedDateKey,
  zonedDateRange,
  zonedWallTimeToInstant,
} from '../src/time/zone.ts';
import { zoneTransitions } from '../src/time/transitions.ts';

const STOCKHOLM = 'Europe/Stockholm';
const iso = (d: Date) => d.toISOString();
const wall = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
});

describe('isKnownTimeZone', () => {
  it('knows IANA zones and UTC, and refuses made-up ones', () => {
    assert.equal(isKnownTimeZone(STOCKHOLM), true);
    assert.equal(isKnownTimeZone('UTC'), true);
    assert.equal(isKnownTimeZone('Europe/Atlantis'), false);
  });
});

describe('offsetMinutes', () => {
  it('gives local minus UTC, changing with summer time', () => {
    assert.equal(offsetMinutes(new Date('2026-01-15T12:00Z'), STOCKHOLM), 60);
    assert.equal(offsetMinutes(new Date('2026-07-15T12:00Z'), STOCKHOLM), 120);
    assert.equal(offsetMinutes(new Date('2026-01-15T12:00Z'), 'America/New_York'), -300);
    assert.equal(offsetMinutes(new Date('2026-01-15T12:00Z'), 'Asia/Kolkata'), 330);
    assert.equal(offsetMinutes(new Date('2026-01-15T12:00Z'), 'UTC'), 0);
  });

  it('switches at the exact instant of the change (01:00 UTC on the last Sunday of March)', () => {
    assert.equal(offsetMinutes(new Date('2026-03-29T00:59:59Z'), STOCKHOLM), 60);
    assert.equal(offsetMinutes(new Date('2026-03-29T01:00:00Z'), STOCKHOLM), 120);
    assert.equal(offsetMinutes(new Date('2026-10-25T00:59:59Z'), STOCKHOLM), 120);
    assert.equal(offsetMinutes(new Date('2026-10-25T01:00:00Z'), STOCKHOLM), 60);
  });

  it('handles the southern hemisphere, where summer spans new year', () => {
    assert.equal(offsetMinutes(new Date('2026-01-15T00:00Z'), 'Australia/Sydney'), 660);
    assert.equal(offsetMinutes(new Date('2026-07-15T00:00Z'), 'Australia/Sydney'), 600);
  });

  it('throws a RangeError naming an unknown zone', () => {
    assert.throws(() => offsetMinutes(new Date(), 'Mars/Olympus_Mons'), {
      name: 'RangeError',
      message: /Mars\/Olympus_Mons/,
    });
  });
});

describe('zonedWallTimeToInstant', () => {
  it('reads an ordinary wall time in winter and in summer', () => {
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 1, 20, 18), STOCKHOLM)),
      '2026-01-20T17:00:00.000Z',
    );
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 6, 20, 18), STOCKHOLM)),
      '2026-06-20T16:00:00.000Z',
    );
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 6, 20, 18), 'America/New_York')),
      '2026-06-20T22:00:00.000Z',
    );
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 6, 20, 18, 15, 30), 'UTC')),
      '2026-06-20T18:15:30.000Z',
    );
  });

  it('moves a time in the spring-forward gap forward by the gap (RFC 5545)', () => {
    // 02:30 does not exist on 2026-03-29 in Stockholm: clocks go 01:59:59 → 03:00.
    const gap = zonedWallTimeToInstant(wall(2026, 3, 29, 2, 30), STOCKHOLM);
    assert.equal(iso(gap), '2026-03-29T01:30:00.000Z');
    assert.equal(instantToZonedParts(gap, STOCKHOLM).hour, 3);
    assert.equal(instantToZonedParts(gap, STOCKHOLM).minute, 30);
    // The minutes either side of the gap are exact.
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 3, 29, 1, 59, 59), STOCKHOLM)),
      '2026-03-29T00:59:59.000Z',
    );
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 3, 29, 3), STOCKHOLM)),
      '2026-03-29T01:00:00.000Z',
    );
    // New York springs forward at 02:00 local too.
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 3, 8, 2, 30), 'America/New_York')),
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('picks the first of the two 02:30s when clocks fall back', () => {
    const first = zonedWallTimeToInstant(wall(2026, 10, 25, 2, 30), STOCKHOLM);
    assert.equal(iso(first), '2026-10-25T00:30:00.000Z');
    assert.equal(offsetMinutes(first, STOCKHOLM), 120);
    assert.equal(
      iso(zonedWallTimeToInstant(wall(2026, 10, 25, 3), STOCKHOLM)),
      '2026-10-25T02:00:00.000Z',
    );
  });

  it('round-trips every hour of a year through instantToZonedParts', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000) {
      const parts = instantToZonedParts(new Date(ms), STOCKHOLM);
      const back = zonedWallTimeToInstant(parts, STOCKHOLM).getTime();
      // In the repeated autumn hour, the first occurrence is chosen.
      const expected = iso(new Date(ms)) === '2026-10-25T01:00:00.000Z' ? ms - 3_600_000 : ms;
      assert.equal(back, expected, iso(new Date(ms)));
    }
  });
});

describe('instantToZonedParts', () => {
  it('gives the date, time, ISO weekday and offset a clock there shows', () => {
    assert.deepEqual(instantToZonedParts(new Date('2026-03-31T16:00:00.250Z'), STOCKHOLM), {
      year: 2026,
      month: 3,
      day: 31,
      hour: 18,
      minute: 0,
      second: 0,
      millisecond: 250,
      dayOfWeek: 2,
      offsetMinutes: 120,
    });
    const sunday = instantToZonedParts(new Date('2026-03-29T23:30Z'), 'Asia/Tokyo');
    assert.equal(sunday.day, 30);
    assert.equal(sunday.dayOfWeek, 1);
  });
});

describe('local calendar days', () => {
  it('zonedDateKey gives the local date, not the UTC one', () => {
    assert.equal(zonedDateKey(new Date('2026-04-10T22:30Z'), STOCKHOLM), '2026-04-11');
    assert.equal(zonedDateKey(new Date('2026-04-10T22:30Z'), 'UTC'), '2026-04-10');
    assert.equal(zonedDateKey(new Date('2026-04-10T22:30Z'), 'America/New_York'), '2026-04-10');
  });

  it('startOfZonedDay gives local midnight', () => {
    assert.equal(
      iso(startOfZonedDay(new Date('2026-03-29T20:00Z'), STOCKHOLM)),
      '2026-03-28T23:00:00.000Z',
    );
    assert.equal(
      iso(startOfZonedDay(new Date('2026-06-01T00:10Z'), STOCKHOLM)),
      '2026-05-31T22:00:00.000Z',
    );
  });

  it('startOfZonedDay gives the first moment of a day whose midnight is skipped', () => {
    // America/Santiago springs forward at 00:00 → 01:00 on 2026-09-06.
    const start = startOfZonedDay(new Date('2026-09-06T18:00Z'), 'America/Santiago');
    assert.equal(instantToZonedParts(start, 'America/Santiago').hour, 1);
    assert.equal(zonedDateKey(start, 'America/Santiago'), '2026-09-06');
  });

  it('addZonedDays keeps the wall time: 23 hours across spring, 25 across autumn', () => {
    const sat = new Date('2026-03-28T17:00Z'); // 18:00 CET
    const sun = addZonedDays(sat, 1, STOCKHOLM);
    assert.equal(iso(sun), '2026-03-29T16:00:00.000Z');
    assert.equal(sun.getTime() - sat.getTime(), 23 * 3_600_000);
    const autumn = addZonedDays(new Date('2026-10-24T16:00Z'), 1, STOCKHOLM);
    assert.equal(iso(autumn), '2026-10-25T17:00:00.000Z');
    assert.equal(iso(addZonedDays(sun, -1, STOCKHOLM)), iso(sat));
    assert.equal(iso(addZonedDays(sat, 0, STOCKHOLM)), iso(sat));
  });

  it('zonedDateRange bounds whole local days, the last inclusive', () => {
    const march = zonedDateRange('2026-03-01', '2026-03-31', STOCKHOLM);
    assert.equal(iso(march.from), '2026-02-28T23:00:00.000Z');
    assert.equal(iso(march.to), '2026-03-31T22:00:00.000Z');
    assert.throws(() => zonedDateRange('2026-02-30', '2026-03-01', STOCKHOLM), /2026-02-30/);
  });
});

describe('zoneTransitions', () => {
  it('finds both changes of a European year to the second', () => {
    const changes = zoneTransitions(STOCKHOLM, new Date('2026-01-01Z'), new Date('2027-01-01Z'));
    assert.deepEqual(
      changes.map((c) => [iso(c.instant), c.offsetBefore, c.offsetAfter]),
      [
        ['2026-03-29T01:00:00.000Z', 60, 120],
        ['2026-10-25T01:00:00.000Z', 120, 60],
      ],
    );
  });

  it('finds none where there is no daylight-saving time', () => {
    assert.deepEqual(
      zoneTransitions('Asia/Tokyo', new Date('2020-01-01Z'), new Date('2027-01-01Z')),
      [],
    );
    assert.deepEqual(zoneTransitions('UTC', new Date('2020-01-01Z'), new Date('2027-01-01Z')), []);
  });
});
