/**
 * A centre's exam-invigilation rules (`centres[].examInvigilation`) applied to
 * one request: too late, a day or time the centre does not take exams, a
 * public holiday, longer than the day allows, a university or support the
 * centre does not offer; the earliest date one can still ask for; the fee.
 *
 * Shared by the booking service, which enforces the rules, and the
 * `<lc-exam-request>` widget, which explains them before anything is sent,
 * so both always agree. Dates are plain 'YYYY-MM-DD' in the feed's time zone;
 * "today" is the caller's (`zonedDateKey(new Date(), feed.timeZone)`).
 */
import { dayKey, isoWeekday, parseDayKey } from '../time/civil.ts';
import type {
  ExamInvigilation,
  ExamSession,
  ExamSupport,
  LocalizedText,
  OpeningHours,
  Weekday,
} from '../types.ts';
import { openingDay } from './opening-hours.ts';
import { type SwedishHoliday, addSwedishWorkingDays, swedishHoliday } from './swedish-holidays.ts';

/** What a student asks for: the exam's date, start and length as the university set them. */
export interface ExamRequestTiming {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' local time */
  start: string;
  /** Length in minutes, extra time included. */
  minutes: number;
  /** The feed's provider id of the university, when the student picked one from the list. */
  provider?: string;
  support?: readonly string[];
}

/**
 * An exam request as the booking protocol carries it (`POST /v1/exam-requests`):
 * the widget sends it, the reference service checks it. No personal identity number.
 */
export interface ExamRequestBody {
  /** A UUID made once per request and kept until the service has answered (idempotency). */
  id: string;
  centre: string;
  university: string;
  provider?: string;
  courseCode?: string;
  courseName: string;
  /** 'YYYY-MM-DD', the centre's local date. */
  date: string;
  /** 'HH:MM', local. */
  start: string;
  minutes: number;
  support: ExamSupport[];
  supportNote?: string;
  name: string;
  email: string;
  phone?: string;
  municipality: string;
  consent: true;
}

/** Why a request breaks a rule; a widget words each code in its own language. */
export type ExamRuleCode =
  /** `date` is not a calendar date, `start` not HH:MM, `minutes` not a positive whole number. */
  | 'format'
  /** The date has passed (or is today). */
  | 'past'
  /** Inside the lead time: `earliestDate` is the first date one can still ask for. */
  | 'too-late'
  /** A weekday the centre does not take exams on (`days`). */
  | 'weekday'
  /** A public holiday or holiday eve (`holiday`). */
  | 'holiday'
  /** The centre is closed that day (an exception in its opening hours: `note`). */
  | 'closed'
  /** Starts before `earliestStart`. */
  | 'too-early'
  /** Ends after `latestEnd` (or past midnight). */
  | 'ends-too-late'
  /** Longer than the day (or any sitting) allows: `maxMinutes`. */
  | 'too-long'
  /** Fits the day but no sitting (`sessions`). */
  | 'no-session'
  /** A university that has not accepted the centre (`universities`). */
  | 'university'
  /** Support the centre does not offer (`offered`). */
  | 'support';

/** One broken rule, with what a message needs to explain it. */
export interface ExamRuleProblem {
  code: ExamRuleCode;
  /** The request field it concerns. */
  field: 'date' | 'start' | 'minutes' | 'provider' | 'support';
  earliestDate?: string;
  days?: readonly Weekday[];
  holiday?: SwedishHoliday;
  note?: LocalizedText;
  earliestStart?: string;
  latestEnd?: string;
  maxMinutes?: number;
  sessions?: readonly ExamSession[];
  offered?: readonly ExamSupport[];
}

/** Where the seats a request takes are counted: the whole day, or one sitting. */
export interface ExamSeatPool {
  /** '' for the day; 'HH:MM-HH:MM' for a sitting. */
  key: string;
  seats: number;
  session?: ExamSession;
}

const WEEKDAY_CODES: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_MINUTES = 24 * 60;

/** Minutes after midnight of 'HH:MM' ('24:00' is 1440). */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** 'HH:MM' of a minute of the day; undefined past midnight. */
export function timeOfMinute(minute: number): string | undefined {
  if (!Number.isInteger(minute) || minute < 0 || minute > MAX_MINUTES) return undefined;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** When an exam that starts at `start` and lasts `minutes` ends ('HH:MM'); undefined past midnight. */
export function examEnd(start: string, minutes: number): string | undefined {
  return timeOfMinute(minuteOfDay(start) + minutes);
}

/**
 * The first date a request made on `today` may ask for: lead time counted in
 * calendar or Swedish working days, then moved on to a day the centre takes
 * exams (an allowed weekday that is no holiday).
 */
export function earliestExamDate(rules: ExamInvigilation, today: string): string {
  const { days, unit } = rules.leadTime;
  const first =
    unit === 'working-days'
      ? addSwedishWorkingDays(today, days)
      : dayKey(parseDayKey(today) + days);
  // A request for today itself is never possible: the exam must be sent first.
  let day = Math.max(parseDayKey(first), parseDayKey(today) + 1);
  for (let i = 0; i < 366; i++, day++) {
    const date = dayKey(day);
    if (isExamWeekday(rules, date) && !swedishHoliday(date)) return date;
  }
  return dayKey(day);
}

function isExamWeekday(rules: ExamInvigilation, date: string): boolean {
  return rules.days.includes(WEEKDAY_CODES[isoWeekday(parseDayKey(date)) - 1]);
}

/**
 * Where a request's seat is counted: the sitting it fits inside (the first,
 * when sittings overlap), or the day when the centre has none; undefined when
 * sittings exist and it fits none.
 */
export function examSeatPool(
  rules: ExamInvigilation,
  start: string,
  minutes: number,
): ExamSeatPool | undefined {
  if (!rules.sessions) return { key: '', seats: rules.seats };
  const from = minuteOfDay(start);
  const to = from + minutes;
  const session = rules.sessions.find(
    (s) => minuteOfDay(s.start) <= from && to <= minuteOfDay(s.end),
  );
  return session && { key: `${session.start}-${session.end}`, seats: rules.seats, session };
}

/**
 * Every rule `request` breaks, in the order a person fixes them: the date
 * first, then the times, then the rest. Empty when the centre can take it
 * (seats permitting: only the booking service knows those).
 * @param context.openingHours the centre's opening hours: an exception that
 * closes the centre that day closes it for exams too.
 */
export function examRuleProblems(
  rules: ExamInvigilation,
  request: ExamRequestTiming,
  context: { today: string; openingHours?: OpeningHours },
): ExamRuleProblem[] {
  const problems: ExamRuleProblem[] = [];
  problems.push(...dateProblems(rules, request.date, context));
  problems.push(...timeProblems(rules, request.start, request.minutes));
  if (request.provider !== undefined && rules.universities) {
    if (!rules.universities.includes(request.provider))
      problems.push({ code: 'university', field: 'provider' });
  }
  const offered = rules.support ?? [];
  if (request.support?.some((need) => !(offered as readonly string[]).includes(need)))
    problems.push({ code: 'support', field: 'support', offered });
  return problems;
}

function dateProblems(
  rules: ExamInvigilation,
  date: string,
  context: { today: string; openingHours?: OpeningHours },
): ExamRuleProblem[] {
  let day: number;
  try {
    day = parseDayKey(date);
  } catch {
    return [{ code: 'format', field: 'date' }];
  }
  const problems: ExamRuleProblem[] = [];
  const earliestDate = earliestExamDate(rules, context.today);
  if (day <= parseDayKey(context.today)) problems.push({ code: 'past', field: 'date' });
  else if (date < earliestDate) problems.push({ code: 'too-late', field: 'date', earliestDate });
  if (!isExamWeekday(rules, date))
    problems.push({ code: 'weekday', field: 'date', days: rules.days });
  const holiday = swedishHoliday(date);
  if (holiday) problems.push({ code: 'holiday', field: 'date', holiday });
  else if (context.openingHours) {
    const opening = openingDay(context.openingHours, date);
    if (opening.exception && opening.closed)
      problems.push({ code: 'closed', field: 'date', ...(opening.note && { note: opening.note }) });
  }
  return problems;
}

function timeProblems(rules: ExamInvigilation, start: string, minutes: number): ExamRuleProblem[] {
  const problems: ExamRuleProblem[] = [];
  const startOk = TIME.test(start);
  const minutesOk = Number.isInteger(minutes) && minutes > 0 && minutes <= MAX_MINUTES;
  if (!startOk) problems.push({ code: 'format', field: 'start' });
  if (!minutesOk) problems.push({ code: 'format', field: 'minutes' });
  const open = minuteOfDay(rules.earliestStart);
  const close = minuteOfDay(rules.latestEnd);
  const longest = rules.sessions
    ? Math.max(...rules.sessions.map((s) => minuteOfDay(s.end) - minuteOfDay(s.start)))
    : close - open;
  if (minutesOk && minutes > longest)
    problems.push({ code: 'too-long', field: 'minutes', maxMinutes: Math.max(0, longest) });
  if (!startOk) return problems;
  const from = minuteOfDay(start);
  if (from < open)
    problems.push({ code: 'too-early', field: 'start', earliestStart: rules.earliestStart });
  if (!minutesOk) return problems;
  const tooLong = problems.some((p) => p.code === 'too-long');
  if (from + minutes > close && !tooLong)
    problems.push({ code: 'ends-too-late', field: 'start', latestEnd: rules.latestEnd });
  const inside = from >= open && from + minutes <= close;
  if (inside && !tooLong && !examSeatPool(rules, start, minutes))
    problems.push({ code: 'no-session', field: 'start', sessions: rules.sessions });
  return problems;
}
