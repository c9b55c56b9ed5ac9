/**
 * Turns the JSON of `booking.config.json` into a `BookingConfig`, or throws a
 * `ConfigError` listing every problem with its path
 * (`counsellors[0].weekly[1].from: expected a time (HH:MM), got "9"`).
 */
import {
  INVALID,
  MINUTE_MS,
  isKnownTimeZone,
  parseDayKey,
  pickText,
  type CheckContext,
} from '../feed.ts';
import {
  type BookingConfigInput,
  type CounsellorInput,
  type RoomInput,
  bookingConfigDef,
} from './definition.ts';
import {
  type BookingConfig,
  type Counsellor,
  type DayRange,
  DEFAULT_HOLD_MINUTES,
  DEFAULT_MAX_DAYS_AHEAD,
  DEFAULT_MIN_NOTICE_MINUTES,
  ROOM_LANGUAGE,
  type Window,
} from './model.ts';

/** One problem in a configuration file. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** A configuration that cannot be used; `message` lists every issue, one per line. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(source: string, issues: readonly ConfigIssue[]) {
    const lines = issues.map((issue) => `  ${issue.path || '(top level)'}: ${issue.message}`);
    super(`${source} is not a valid booking configuration:\n${lines.join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

const WEEKDAY_NUMBER = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 } as const;

/**
 * Validates and reads a parsed configuration file. Unknown properties are
 * errors here (a misspelt `away` would silently offer slots on a holiday),
 * except `$`-prefixed ones such as `$schema` and `$comment`.
 * @param source names the file in the error message.
 * @throws ConfigError with every issue found.
 */
export function parseBookingConfig(json: unknown, source = 'booking.config.json'): BookingConfig {
  const ctx: CheckContext = { issues: [] };
  const input = bookingConfigDef.check(json, '', ctx);
  const issues: ConfigIssue[] = ctx.issues
    .filter((issue) => issue.rule !== 'unknown-property' || !lastKey(issue.path).startsWith('$'))
    .map(({ path, message }) => ({
      path,
      message: message.startsWith('unknown property') ? 'unknown property' : message,
    }));
  if (input === INVALID || issues.length > 0) throw new ConfigError(source, issues);
  crossCheck(input, issues);
  if (issues.length > 0) throw new ConfigError(source, issues);
  return build(input);
}

function lastKey(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** What the schema cannot say: known zone, unique ids, references, time order, overlaps. */
function crossCheck(input: BookingConfigInput, issues: ConfigIssue[]): void {
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (!isKnownTimeZone(input.timeZone)) issue('timeZone', `unknown time zone "${input.timeZone}"`);
  const services = uniqueIds(input.services, 'services', issue);
  const centres = uniqueIds(input.centres, 'centres', issue);
  const resources = uniqueIds(input.counsellors, 'counsellors', issue);
  input.rooms?.forEach((room, i) => {
    if (resources.has(room.id))
      issue(`rooms[${i}].id`, `duplicate id "${room.id}" (counsellors and rooms share ids)`);
    resources.add(room.id);
  });
  const roomServices = new Set(input.services.filter((s) => s.kind === 'room').map((s) => s.id));
  const refer = (path: string, id: string, known: Set<string>, what: string) => {
    if (!known.has(id)) issue(path, `no ${what} with id "${id}" in ${what}s`);
  };
  const dates = (path: string, range: { from: string; to?: string }) => {
    for (const key of ['from', 'to'] as const) {
      const value = range[key];
      if (value !== undefined && !isCalendarDate(value))
        issue(`${path}.${key}`, `no such date: ${value}`);
    }
    if (range.to !== undefined && range.to < range.from)
      issue(`${path}.to`, `must not be before from (${range.from})`);
  };
  input.centres.forEach((centre, i) => examChecks(centre.examInvigilation, `centres[${i}]`, issue));
  input.closed?.forEach((closure, i) => {
    dates(`closed[${i}]`, closure);
    closure.centres?.forEach((c, j) => refer(`closed[${i}].centres[${j}]`, c, centres, 'centre'));
  });
  input.counsellors.forEach((counsellor, i) => {
    const path = `counsellors[${i}]`;
    refer(`${path}.centre`, counsellor.centre, centres, 'centre');
    counsellor.services.forEach((s, j) => {
      refer(`${path}.services[${j}]`, s, services, 'service');
      if (roomServices.has(s))
        issue(`${path}.services[${j}]`, `"${s}" books a room, not a counsellor`);
    });
    counsellor.away?.forEach((range, j) => dates(`${path}.away[${j}]`, range));
    counsellor.weekly.forEach((window, j) => {
      const at = `${path}.weekly[${j}]`;
      if (window.centre !== undefined) refer(`${at}.centre`, window.centre, centres, 'centre');
      window.services?.forEach((s, k) => refer(`${at}.services[${k}]`, s, services, 'service'));
      if (minuteOf(window.to) <= minuteOf(window.from))
        issue(`${at}.to`, `must be later than from (${window.from})`);
    });
    overlappingWindows(counsellor, path, issue);
  });
  input.rooms?.forEach((room, i) => {
    const path = `rooms[${i}]`;
    refer(`${path}.centre`, room.centre, centres, 'centre');
    room.services.forEach((s, j) => {
      refer(`${path}.services[${j}]`, s, services, 'service');
      if (services.has(s) && !roomServices.has(s))
        issue(`${path}.services[${j}]`, `"${s}" is not a room service (kind "room")`);
    });
    room.away?.forEach((range, j) => dates(`${path}.away[${j}]`, range));
    room.weekly.forEach((window, j) => {
      if (minuteOf(window.to) <= minuteOf(window.from))
        issue(`${path}.weekly[${j}].to`, `must be later than from (${window.from})`);
    });
    overlappingWindows(room, path, issue);
  });
}

/** Exam hours and sittings that could never hold an exam. */
function examChecks(
  rules: BookingConfigInput['centres'][number]['examInvigilation'],
  path: string,
  issue: (path: string, message: string) => void,
): void {
  if (!rules) return;
  const at = `${path}.examInvigilation`;
  if (minuteOf(rules.latestEnd) <= minuteOf(rules.earliestStart))
    issue(`${at}.latestEnd`, `must be later than earliestStart (${rules.earliestStart})`);
  rules.sessions?.forEach((session, j) => {
    if (minuteOf(session.end) <= minuteOf(session.start))
      issue(`${at}.sessions[${j}].end`, `must be later than start (${session.start})`);
  });
}

function uniqueIds(
  items: readonly { id: string }[],
  path: string,
  issue: (path: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issue(`${path}[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

/** A counsellor cannot be in two windows at once: the second would only offer slots the first blocks. */
function overlappingWindows(
  counsellor: { weekly: readonly { days: readonly string[]; from: string; to: string }[] },
  path: string,
  issue: (path: string, message: string) => void,
): void {
  const { weekly } = counsellor;
  for (let j = 1; j < weekly.length; j++) {
    for (let k = 0; k < j; k++) {
      const shared = weekly[j].days.filter((day) => weekly[k].days.includes(day));
      const overlap =
        minuteOf(weekly[j].from) < minuteOf(weekly[k].to) &&
        minuteOf(weekly[k].from) < minuteOf(weekly[j].to);
      if (shared.length > 0 && overlap)
        issue(`${path}.weekly[${j}]`, `overlaps weekly[${k}] on ${shared.join(', ')}`);
    }
  }
}

function isCalendarDate(value: string): boolean {
  try {
    parseDayKey(value);
    return true;
  } catch {
    return false;
  }
}

function minuteOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function dayRange(range: { from: string; to?: string }): DayRange {
  return { fromDay: parseDayKey(range.from), toDay: parseDayKey(range.to ?? range.from) };
}

function build(input: BookingConfigInput): BookingConfig {
  return {
    timeZone: input.timeZone,
    holdMs: (input.holdMinutes ?? DEFAULT_HOLD_MINUTES) * MINUTE_MS,
    minNoticeMs: (input.minNoticeMinutes ?? DEFAULT_MIN_NOTICE_MINUTES) * MINUTE_MS,
    maxDaysAhead: input.maxDaysAhead ?? DEFAULT_MAX_DAYS_AHEAD,
    cancelUrl: input.cancelUrl,
    examStatusUrl: input.examStatusUrl,
    services: new Map(input.services.map((s) => [s.id, s])),
    centres: new Map(input.centres.map((c) => [c.id, c])),
    closures: (input.closed ?? []).map((closure) => ({
      ...dayRange(closure),
      centres: closure.centres && new Set(closure.centres),
    })),
    counsellors: [...input.counsellors.map(buildCounsellor), ...(input.rooms ?? []).map(buildRoom)],
  };
}

/** A room as a bookable resource: on site, at its centre, in no language. */
function buildRoom(input: RoomInput): Counsellor {
  return {
    ...buildCounsellor({
      id: input.id,
      centre: input.centre,
      services: input.services,
      modes: ['on-site'],
      languages: [ROOM_LANGUAGE],
      weekly: input.weekly,
      away: input.away,
    }),
    name: pickText(input.name, 'sv', 'sv'),
    room: { name: input.name },
  };
}

function buildCounsellor(input: CounsellorInput): Counsellor {
  const windows: Window[] = input.weekly.map((window) => ({
    weekdays: new Set(window.days.map((day) => WEEKDAY_NUMBER[day])),
    fromMinute: minuteOf(window.from),
    toMinute: minuteOf(window.to),
    step: window.step,
    centre: window.centre ?? input.centre,
    services: window.services ?? input.services,
    modes: window.modes ?? input.modes,
    languages: window.languages ?? input.languages,
  }));
  return { id: input.id, name: input.name, windows, away: (input.away ?? []).map(dayRange) };
}
