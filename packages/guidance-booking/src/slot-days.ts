/**
 * Free slots as a person picks them: by day, one entry per start time, and
 * the month-sized ranges the date grid asks for. No DOM.
 */
import { endOfMonth } from '@learning-centre/feed/queries';
import type { Slot } from './booking-client.ts';

/**
 * The slots by local date (`YYYY-MM-DD`, read from `start`, which carries
 * the service's offset), each day sorted by start with one slot per start:
 * without a language or centre filter the service lists the same time once
 * per offer, and a person picks a time, not an offer.
 */
export function slotsByDay(slots: readonly Slot[]): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>();
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const slot of sorted) {
    const date = slot.start.slice(0, 10);
    const day = days.get(date) ?? [];
    if (!day.some((s) => s.start === slot.start)) day.push(slot);
    days.set(date, day);
  }
  return days;
}

/**
 * The dates to ask for to fill the month of `month` (any date in it): from
 * `today` or the 1st, whichever is later, to the last day; `undefined` for a
 * month that has passed.
 */
export function monthRange(month: string, today: string): { from: string; to: string } | undefined {
  const to = endOfMonth(month);
  if (to < today) return undefined;
  const first = `${month.slice(0, 7)}-01`;
  return { from: first > today ? first : today, to };
}
