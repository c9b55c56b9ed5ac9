/**
 * A VTIMEZONE built from `Intl`, so strict calendar clients can place TZID
 * times without their own copy of the tz database.
 *
 * Offset changes are found by sampling (see time/transitions.ts). Changes that
 * repeat every year on the same rule ("last Sunday of March at 02:00") become
 * one STANDARD or DAYLIGHT observance with a yearly RRULE; the rule in force at
 * the end of the span is left open, so series that recur beyond it still get
 * the right offsets, as long as the zone keeps its rule. Other changes are
 * listed one by one.
 */
import { DAY_MS, civilDate, daysInMonth, isoWeekday } from './time/civil.ts';
import { type ZoneTransition, zoneTransitions } from './time/transitions.ts';
import { offsetMinutes } from './time/zone.ts';
import { icsOffset, icsUtc, icsWall } from './ics-format.ts';
import { WEEKDAY_CODES } from './query/recurrence-rule.ts';

interface Onset {
  transition: ZoneTransition;
  kind: 'DAYLIGHT' | 'STANDARD';
  /** Local wall time of the change, read with the offset before it. */
  wall: number;
  year: number;
  /** BYMONTH + BYDAY + time + offsets: equal for changes on the same yearly rule. */
  rule: string;
  byMonth: number;
  byDay: string;
}

/**
 * Content lines of a VTIMEZONE for `timeZone` (BEGIN…END) valid for the years
 * `firstYear`…`lastYear` (and one either side).
 * @throws RangeError for a time zone the runtime does not know.
 */
export function vtimezoneLines(timeZone: string, firstYear: number, lastYear: number): string[] {
  const from = new Date(Date.UTC(firstYear - 1, 0, 1));
  const to = new Date(Date.UTC(lastYear + 2, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const onsets = zoneTransitions(timeZone, from, to).map(onsetOf);
  if (onsets.length === 0) {
    const offset = icsOffset(offsetMinutes(from, timeZone));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  }
  const finalYear = lastYear + 1;
  for (const run of runs(onsets)) {
    const first = run[0];
    const last = run[run.length - 1];
    const { offsetBefore, offsetAfter } = first.transition;
    lines.push(`BEGIN:${first.kind}`, `DTSTART:${icsWall(first.wall)}`);
    if (last.year === finalYear) {
      lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${first.byMonth};BYDAY=${first.byDay}`);
    } else if (run.length > 1) {
      lines.push(
        `RRULE:FREQ=YEARLY;BYMONTH=${first.byMonth};BYDAY=${first.byDay};UNTIL=${icsUtc(last.transition.instant.getTime())}`,
      );
    }
    lines.push(
      `TZOFFSETFROM:${icsOffset(offsetBefore)}`,
      `TZOFFSETTO:${icsOffset(offsetAfter)}`,
      `END:${first.kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function onsetOf(transition: ZoneTransition): Onset {
  const wall = transition.instant.getTime() + transition.offsetBefore * 60_000;
  const day = Math.floor(wall / DAY_MS);
  const { year, month, day: dom } = civilDate(day);
  // "Last" when no later week of the month has this weekday; else its number.
  const ordinal = dom + 7 > daysInMonth(year, month) ? -1 : Math.ceil(dom / 7);
  const byDay = `${ordinal}${WEEKDAY_CODES[isoWeekday(day) - 1]}`;
  const kind = transition.offsetAfter > transition.offsetBefore ? 'DAYLIGHT' : 'STANDARD';
  const rule = [
    kind,
    month,
    byDay,
    wall - day * DAY_MS,
    transition.offsetBefore,
    transition.offsetAfter,
  ].join('|');
  return { transition, kind, wall, year, rule, byMonth: month, byDay };
}

/** Onsets grouped into runs that follow one rule in consecutive years, in order of their first onset. */
function runs(onsets: Onset[]): Onset[][] {
  const out: Onset[][] = [];
  const open = new Map<string, Onset[]>();
  for (const onset of onsets) {
    const run = open.get(onset.kind);
    const previous = run?.[run.length - 1];
    if (run && previous && previous.rule === onset.rule && previous.year + 1 === onset.year) {
      run.push(onset);
    } else {
      const fresh = [onset];
      open.set(onset.kind, fresh);
      out.push(fresh);
    }
  }
  return out;
}
