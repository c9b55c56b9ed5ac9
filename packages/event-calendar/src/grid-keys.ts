/**
 * The month grid's keys, as the WAI-ARIA APG date grid has them: arrows move
 * a day or a week, Home/End to the start/end of the week, Page Up/Down a month
 * and with Shift a year. In right-to-left layout the week runs from right to
 * left, so Left and Right swap.
 */
import { addDays, addMonths, startOfWeek, type IsoWeekday } from '@learning-centre/feed/queries';

/**
 * The date focus moves to from `date` for a key press, or `undefined` when
 * the key is not one the grid uses.
 */
export function dateForKey(
  date: string,
  key: { key: string; shiftKey?: boolean },
  dir: 'ltr' | 'rtl',
  weekStart: IsoWeekday,
): string | undefined {
  const forward = dir === 'rtl' ? -1 : 1;
  switch (key.key) {
    case 'ArrowRight':
      return addDays(date, forward);
    case 'ArrowLeft':
      return addDays(date, -forward);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'Home':
      return startOfWeek(date, weekStart);
    case 'End':
      return addDays(startOfWeek(date, weekStart), 6);
    case 'PageUp':
      return addMonths(date, key.shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(date, key.shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
