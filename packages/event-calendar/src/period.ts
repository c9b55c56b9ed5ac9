/**
 * Which days a view shows around its anchor day, what its caption says, and
 * where previous / next go: a month, a week, or `days` days of the list.
 */
import {
  addDays,
  addMonths,
  monthGrid,
  startOfWeek,
  type IsoWeekday,
} from '@learning-centre/feed/queries';
import { monthLabel, periodLabel } from './date-labels.ts';
import type { CalendarView } from './options.ts';

/** What one period of one view shows. */
export interface Period {
  firstDate: string;
  lastDate: string;
  /** "mars 2026", "9–15 mars 2026". */
  caption: string;
}

/** How a view is laid out in time. */
export interface PeriodOptions {
  view: CalendarView;
  /** The list's length in days. */
  days: number;
  weekStart: IsoWeekday;
  lang: string;
}

/** The month, week or list period that holds `anchor`. */
export function periodOf(anchor: string, o: PeriodOptions): Period {
  switch (o.view) {
    case 'month': {
      const { firstDate, lastDate } = monthGrid(anchor, o.weekStart);
      return { firstDate, lastDate, caption: monthLabel(anchor, o.lang) };
    }
    case 'week': {
      const firstDate = startOfWeek(anchor, o.weekStart);
      const lastDate = addDays(firstDate, 6);
      return { firstDate, lastDate, caption: periodLabel(firstDate, lastDate, o.lang) };
    }
    default: {
      const lastDate = addDays(anchor, o.days - 1);
      return { firstDate: anchor, lastDate, caption: periodLabel(anchor, lastDate, o.lang) };
    }
  }
}

/** The anchor one period earlier (`-1`) or later (`1`). */
export function stepAnchor(
  anchor: string,
  step: -1 | 1,
  o: Pick<PeriodOptions, 'view' | 'days'>,
): string {
  switch (o.view) {
    case 'month':
      return addMonths(anchor, step);
    case 'week':
      return addDays(anchor, 7 * step);
    default:
      return addDays(anchor, o.days * step);
  }
}
