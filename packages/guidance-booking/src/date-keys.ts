/**
 * The date grid's keys, as the WAI-ARIA APG date picker has them: arrows move
 * a day or a week, Home/End to the start/end of the week (Monday first),
 * Page Up/Down a month and with Shift a year. Right to left, the week runs the
 * other way, so Left and Right swap. No DOM.
 */
import { addDays, addMonths, startOfWeek } from '@learning-centre/feed/queries';

/** The date focus moves to from `date`, or `undefined` for a key the grid does not use. */
export function dateForKey(
  date: string,
  key: { key: string; shiftKey?: boolean },
  dir: 'ltr' | 'rtl',
): string | undefined {
  const forward = dir === 'rtl' ? -1 : 1;
  const monday = startOfWeek(date, 1);
  const steps: Record<string, () => string> = {
    ArrowRight: () => addDays(date, forward),
    ArrowLeft: () => addDays(date, -forward),
    ArrowDown: () => addDays(date, 7),
    ArrowUp: () => addDays(date, -7),
    Home: () => monday,
    End: () => addDays(monday, 6),
    PageUp: () => addMonths(date, key.shiftKey ? -12 : -1),
    PageDown: () => addMonths(date, key.shiftKey ? 12 : 1),
  };
  return steps[key.key]?.();
}
