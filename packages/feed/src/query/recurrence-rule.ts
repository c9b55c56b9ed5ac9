/**
 * Parsing the RFC 5545 RRULE subset the feed allows (see RRULE_PATTERN in the
 * feed definition): FREQ DAILY/WEEKLY/MONTHLY, INTERVAL, COUNT, UNTIL, BYDAY
 * (ordinals with MONTHLY), BYMONTHDAY (negative counts from the month's end), WKST.
 */
import { DAY_MS, daysInMonth, wallMs } from '../time/civil.ts';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/** A BYDAY entry: `TU`, `2TU` (second Tuesday), `-1FR` (last Friday). */
export interface ByDay {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 1–5 or -1…-5 within the month; absent for every such weekday. */
  ordinal?: number;
}

/** UNTIL as written: a date, a UTC date-time (`…Z`) or a floating local date-time. */
export interface RuleUntil {
  /** The digits read as a wall clock, in milliseconds (see `wallMs`): midnight for a date. */
  wall: number;
  /** True for a date (`20260630`): the whole day is included. */
  dateOnly: boolean;
  /** True for a UTC date-time (`20260630T220000Z`); otherwise it is wall-clock time in the feed's zone. */
  utc: boolean;
}

/** A parsed recurrence rule. */
export interface RecurrenceRule {
  freq: Frequency;
  /** Every n-th day, week or month; 1 when not given. */
  interval: number;
  count?: number;
  until?: RuleUntil;
  byDay?: ByDay[];
  /** 1…31 or -1…-31 (-1 is the month's last day). */
  byMonthDay?: number[];
  /** First day of the week, 1 = Monday (the default) … 7 = Sunday. */
  wkst: number;
}

/** RFC 5545 weekday codes in ISO order (index + 1 = ISO weekday). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

/**
 * Parses an RRULE value such as `FREQ=MONTHLY;BYDAY=-1FR;COUNT=6`.
 * @throws Error naming the rule and the part that is wrong: an unknown or
 * repeated part, a bad value, COUNT together with UNTIL, or a BYDAY ordinal
 * with a frequency other than MONTHLY.
 */
export function parseRecurrenceRule(value: string): RecurrenceRule {
  const fail = (why: string): never => {
    throw new Error(`invalid RRULE "${value}": ${why}`);
  };
  const parts = new Map<string, string>();
  for (const part of value
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    const eq = part.indexOf('=');
    const name = part.slice(0, eq).toUpperCase();
    if (eq < 1 || eq === part.length - 1) fail(`"${part}" is not NAME=VALUE`);
    if (parts.has(name)) fail(`${name} is given twice`);
    parts.set(name, part.slice(eq + 1).toUpperCase());
  }

  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    fail(freq ? `FREQ=${freq} is not supported (DAILY, WEEKLY or MONTHLY)` : 'FREQ is required');
  }
  const rule: RecurrenceRule = { freq: freq as Frequency, interval: 1, wkst: 1 };

  for (const [name, raw] of parts) {
    switch (name) {
      case 'FREQ':
        break;
      case 'INTERVAL':
      case 'COUNT': {
        const n = /^[1-9]\d*$/.test(raw) ? Number(raw) : NaN;
        if (!Number.isSafeInteger(n)) fail(`${name} must be a positive whole number, got "${raw}"`);
        if (name === 'INTERVAL') rule.interval = n;
        else rule.count = n;
        break;
      }
      case 'UNTIL':
        rule.until =
          parseUntil(raw) ??
          fail(`UNTIL must be a date (20260630) or a date-time (20260630T220000Z), got "${raw}"`);
        break;
      case 'BYDAY':
        rule.byDay = raw.split(',').map((item) => {
          const m =
            BYDAY.exec(item) ??
            fail(`BYDAY entry "${item}" is not a weekday such as TU, 2TU or -1FR`);
          const weekday = WEEKDAY_CODES.indexOf(m[2] as (typeof WEEKDAY_CODES)[number]) + 1;
          if (!m[1]) return { weekday };
          if (rule.freq !== 'MONTHLY') fail(`BYDAY=${item}: a numbered weekday needs FREQ=MONTHLY`);
          return { weekday, ordinal: Number(m[1]) };
        });
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = raw.split(',').map((item) => {
          const n = /^[+-]?\d{1,2}$/.test(item) ? Number(item) : 0;
          if (n === 0 || n < -31 || n > 31)
            fail(`BYMONTHDAY entry "${item}" must be 1…31 or -31…-1`);
          return n;
        });
        break;
      case 'WKST': {
        const index = WEEKDAY_CODES.indexOf(raw as (typeof WEEKDAY_CODES)[number]);
        if (index < 0) fail(`WKST must be a weekday code such as MO, got "${raw}"`);
        rule.wkst = index + 1;
        break;
      }
      default:
        fail(`${name} is not supported (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, WKST)`);
    }
  }
  if (rule.count !== undefined && rule.until) fail('COUNT and UNTIL cannot both be given');
  return rule;
}

function parseUntil(raw: string): RuleUntil | undefined {
  const m = UNTIL.exec(raw);
  if (!m) return undefined;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  const [hour, minute, second] = m[4] ? [+m[4], +m[5], +m[6]] : [0, 0, 0];
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  return {
    wall: wallMs({ year, month, day, hour, minute, second }),
    dateOnly: !m[4],
    utc: m[7] === 'Z',
  };
}

/** Day number (see `dayNumber`) of an UNTIL given as a date. */
export function untilDay(until: RuleUntil): number {
  return Math.floor(until.wall / DAY_MS);
}
