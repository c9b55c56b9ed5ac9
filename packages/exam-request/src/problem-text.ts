/**
 * Each problem with the form in words: what is missing, and each broken rule
 * explained with its details ("Det är för sent att fråga om den dagen. Första
 * möjliga datum är ons 18 mars."). The same words for a problem found before
 * sending and for one the service reports. No DOM.
 */
import { formatDate, formatList, formatWeekday, type MessageParams } from '@learning-centre/core';
import type { ExamInvigilation, LocalizedText, Weekday } from '@learning-centre/feed/widget';
import { weekdayOf } from '@learning-centre/feed/queries';
import type { FieldProblem } from './exam-details.ts';
import { clockTime, formatWeekdays } from './rule-format.ts';
import type { StepMessageKey } from './steps-messages.ts';

const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** What the words need. */
export interface ProblemContext {
  msg(key: StepMessageKey, params?: MessageParams): string;
  text(value: LocalizedText | undefined): string;
  lang: string;
  rules: ExamInvigilation;
  /** The date asked for ('YYYY-MM-DD'), for "not on a Saturday". */
  date: string;
}

/** "tisdag 18 mars" from 'YYYY-MM-DD'. */
export function dayText(date: string, lang: string): string {
  return formatDate(date, { lang, timeZone: 'UTC', weekday: true, year: false });
}

/** The exam days said briefly: "måndag–fredag". */
export function examDaysText(c: Pick<ProblemContext, 'msg' | 'lang' | 'rules'>): string {
  return formatWeekdays(c.rules.days, c.lang, (from, to) =>
    c.msg('examRequest.dayRange', { from, to }),
  );
}

/** The words for one problem. */
export function problemText(p: FieldProblem, c: ProblemContext): string {
  const { msg, lang, rules } = c;
  switch (p.code) {
    case 'required':
      return msg(
        p.field === 'provider' ? 'examRequest.error.choose' : 'examRequest.error.required',
      );
    case 'format':
    case 'type':
      if (p.field === 'email') return msg('examRequest.error.email');
      if (p.field === 'minutes') return msg('examRequest.error.minutes');
      if (p.field === 'start') return msg('examRequest.error.time');
      return msg('examRequest.error.format');
    case 'too-long':
      return p.field === 'minutes'
        ? msg('examRequest.error.too-long', { count: p.maxMinutes ?? 0 })
        : msg('examRequest.error.text-too-long');
    case 'past':
    case 'must-be-true':
    case 'university':
    case 'full':
      return msg(`examRequest.error.${p.code}`);
    case 'too-late':
      return msg('examRequest.error.too-late', { date: dayText(p.earliestDate ?? '', lang) });
    case 'weekday': {
      const index = /^\d{4}-\d{2}-\d{2}$/.test(c.date) ? weekdayOf(c.date) - 1 : -1;
      const weekday = index >= 0 ? formatWeekday(WEEK[index], lang) : '';
      return msg('examRequest.error.weekday', { weekday, days: examDaysText(c) });
    }
    case 'holiday':
      return msg('examRequest.error.holiday', {
        date: dayText(p.holiday?.date ?? c.date, lang),
        holiday: c.text(p.holiday?.name),
      });
    case 'closed':
      return p.note
        ? msg('examRequest.error.closedNote', { note: c.text(p.note) })
        : msg('examRequest.error.closed');
    case 'too-early':
      return msg('examRequest.error.too-early', {
        time: clockTime(p.earliestStart ?? rules.earliestStart, lang),
      });
    case 'ends-too-late':
      return msg('examRequest.error.ends-too-late', {
        time: clockTime(p.latestEnd ?? rules.latestEnd, lang),
      });
    case 'no-session': {
      const sessions = (p.sessions ?? rules.sessions ?? []).map(
        (s) => `${clockTime(s.start, lang)}–${clockTime(s.end, lang)}`,
      );
      return msg('examRequest.error.no-session', {
        sessions: formatList(sessions, lang, { type: 'disjunction' }),
      });
    }
    case 'support': {
      const offered = (p.offered ?? rules.support ?? []).map((need) =>
        msg(`examRequest.supportName.${need}`),
      );
      return msg('examRequest.error.support', { support: formatList(offered, lang) });
    }
    default:
      return msg('examRequest.error.format');
  }
}
