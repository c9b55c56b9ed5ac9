/**
 * The service's side of the exam rules: the same `examRuleProblems` the widget
 * runs, against the centre's rules in the configuration, with "today" in the
 * service's zone and the configuration's closures as closed days; then where
 * the request's seat is counted, when it starts and ends, and what it costs.
 */
import type { BookingConfig, Centre } from '../config/model.ts';
import {
  DAY_MS,
  MINUTE_MS,
  type ExamInvigilation,
  type ExamRuleProblem,
  dayKey,
  examFee,
  examRuleProblems,
  examSeatPool,
  minuteOfDay,
  parseDayKey,
  wallMsToInstantMs,
  zonedDayNumber,
} from '../feed.ts';
import type { ExamFieldError, ExamRequestInput } from './request.ts';

/** What a request that keeps the rules becomes. */
export interface CheckedExam {
  centre: Centre;
  rules: ExamInvigilation;
  seatPool: string;
  seats: number;
  startMs: number;
  endMs: number;
  fee?: { amount: number; currency: string };
}

/** English messages for developers; widgets word the codes themselves. */
const MESSAGES: Record<ExamRuleProblem['code'], (p: ExamRuleProblem) => string> = {
  format: () => 'is not valid',
  past: () => 'must be a future date',
  'too-late': (p) => `too late to ask for this date: the first possible date is ${p.earliestDate}`,
  weekday: (p) => `the centre takes exams on ${p.days?.join(', ')} only`,
  holiday: (p) => `a public holiday (${p.holiday?.name.en ?? ''})`,
  closed: () => 'the centre is closed that day',
  'too-early': (p) => `no exam starts before ${p.earliestStart}`,
  'ends-too-late': (p) => `every exam must have ended by ${p.latestEnd}`,
  'too-long': (p) => `at most ${p.maxMinutes} minutes at this centre`,
  'no-session': () => 'does not fit inside one of the centre’s sittings',
  university: () => 'this university has not accepted the centre as an exam venue',
  support: (p) => `the centre offers only: ${p.offered?.join(', ') || 'no support'}`,
};

/**
 * The rules `input` breaks as field errors (each with the details a message
 * needs: `earliestDate`, `holiday`, `maxMinutes`…), or what it becomes.
 */
export function checkExamRules(
  config: BookingConfig,
  input: ExamRequestInput,
  nowMs: number,
): { ok: true; exam: CheckedExam } | { ok: false; errors: ExamFieldError[] } {
  const centre = config.centres.get(input.centre);
  const rules = centre?.examInvigilation;
  if (!centre || !rules) {
    return {
      ok: false,
      errors: [
        { path: 'centre', code: 'not-offered', message: 'this centre takes no exam requests' },
      ],
    };
  }
  const today = dayKey(zonedDayNumber(nowMs, config.timeZone));
  const problems = examRuleProblems(rules, input, { today });
  if (!problems.some((p) => p.field === 'date') && isClosed(config, centre.id, input.date))
    problems.push({ code: 'closed', field: 'date' });
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map(({ field, code, ...details }) => ({
        path: field,
        code,
        message: MESSAGES[code]({ field, code, ...details }),
        ...details,
      })),
    };
  }
  const pool = examSeatPool(rules, input.start, input.minutes)!;
  const wallStart = parseDayKey(input.date) * DAY_MS + minuteOfDay(input.start) * MINUTE_MS;
  const startMs = wallMsToInstantMs(wallStart, config.timeZone);
  const charge = examFee(rules, input.municipality);
  return {
    ok: true,
    exam: {
      centre,
      rules,
      seatPool: pool.key,
      seats: pool.seats,
      startMs,
      endMs: startMs + input.minutes * MINUTE_MS,
      ...(!charge.free && { fee: { amount: charge.amount, currency: charge.currency } }),
    },
  };
}

function isClosed(config: BookingConfig, centre: string, date: string): boolean {
  const day = parseDayKey(date);
  return config.closures.some(
    (c) => day >= c.fromDay && day <= c.toDay && (!c.centres || c.centres.has(centre)),
  );
}
