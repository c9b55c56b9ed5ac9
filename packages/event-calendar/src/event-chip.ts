/**
 * An occurrence in brief, as the month and week grids show it: start time,
 * title and a status other than "scheduled". Activating it opens the day's
 * list at that event.
 */
import { zonedDateKey, type Occurrence } from '@learning-centre/feed/queries';
import { html, type TemplateResult } from 'lit';
import type { CalendarContext } from './context.ts';
import { clockRange } from './date-labels.ts';
import { statusText } from './event-item.ts';

/** What a chip does when activated: open `date`'s list at `occurrence`. */
export type OpenOccurrence = (occurrence: Occurrence, date: string) => void;

/** What a chip says: start time (only on the day it starts), title, and a status other than "scheduled". */
export function chipParts(
  o: Occurrence,
  date: string,
  ctx: CalendarContext,
): { time: string; title: string; status: string } {
  // An occurrence that began on an earlier day shows no start time there.
  const startsHere = !o.allDay && zonedDateKey(o.start, ctx.timeZone) === date;
  return {
    time: startsHere ? clockRange(o.start, o.start, ctx.lang, ctx.timeZone) : '',
    title: ctx.text(o.event.title),
    status: statusText(o, ctx) ?? '',
  };
}

/** "18:00 Föreläsning om AI Inställt", each piece styled on its own; cut with an ellipsis when long. */
export function chipText(o: Occurrence, date: string, ctx: CalendarContext): TemplateResult {
  const { time, title, status } = chipParts(o, date, ctx);
  return html`<span class="chip-text"
    ><span class="chip-time">${time}</span> <span class="chip-title">${title}</span>
    <span class="chip-status">${status}</span></span
  >`;
}

/** A chip button, in the tab order, for a list item of the week. */
export function renderChipButton(
  o: Occurrence,
  date: string,
  ctx: CalendarContext,
  open: OpenOccurrence,
): TemplateResult {
  return html`<button
    type="button"
    part="chip"
    class="chip ${o.event.status ?? 'scheduled'}"
    @click=${() => open(o, date)}
  >
    ${chipText(o, date, ctx)}
  </button>`;
}
