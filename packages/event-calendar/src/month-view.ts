/**
 * The month as a WAI-ARIA APG date grid: a `<table role="grid">` whose days
 * are one tab stop (roving tabindex on the active day), each named by its
 * date and number of events. A day shows a few events as chips and "+N till"
 * for the rest; Enter, Space or a click opens the day's list.
 */
import { formatWeekday } from '@learning-centre/core';
import { WEEKDAYS } from '@learning-centre/feed/widget';
import { type MonthGrid, type Occurrence } from '@learning-centre/feed/queries';
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarContext } from './context.ts';
import { dayLabel, dayOfMonthLabel } from './date-labels.ts';
import { chipParts, type OpenOccurrence } from './event-chip.ts';

/** A day with more events than this shows one fewer and "+N till". */
export const CHIPS_PER_DAY = 3;

/** What the month grid needs besides the context. */
export interface MonthViewOptions {
  grid: MonthGrid;
  days: ReadonlyMap<string, readonly Occurrence[]>;
  /** The day that holds the grid's tab stop. */
  active: string;
  /** The day whose list is open below the grid, marked in it. */
  opened?: string;
  /** Ids of the caption and the keyboard help, which name and describe the grid. */
  captionId: string;
  helpId: string;
  open: OpenOccurrence;
  openDay: (date: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * An event in a day of the grid: one template with empty pieces rather than
 * nested ones (a busy month has a hundred of these; each template costs a clone).
 */
function renderCellChip(o: Occurrence, date: string, ctx: CalendarContext): TemplateResult {
  const { time, title, status } = chipParts(o, date, ctx);
  return html`<span part="chip" class="chip ${o.event.status ?? 'scheduled'}" data-key=${o.key}
    ><span class="chip-time">${time}</span> <span class="chip-title">${title}</span>
    <span class="chip-status">${status}</span></span
  >`;
}

/**
 * One day. Its name (date and number of events) is hidden text in it; what it
 * shows repeats the day's list, so it is hidden from screen readers, and its
 * chips are plain text a pointer can pick (the table handles the clicks).
 * Keyboard and screen-reader users open the same list with Enter.
 */
function renderCell(
  date: string,
  list: readonly Occurrence[],
  ctx: CalendarContext,
  o: MonthViewOptions,
) {
  const count = list.length;
  const chips = count > CHIPS_PER_DAY ? CHIPS_PER_DAY - 1 : count;
  const label = `${dayLabel(date, ctx.lang, true)}, ${
    count ? ctx.msg('eventCalendar.dayCount', { count }) : ctx.msg('eventCalendar.noneOnDay')
  }`;
  const today = date === ctx.today;
  return html`<td
    part="day-cell${today ? ' today' : ''}"
    class="cell${today ? ' today' : ''}${date === o.opened ? ' opened' : ''}"
    data-date=${date}
    tabindex=${date === o.active ? 0 : -1}
    aria-current=${today ? 'date' : nothing}
  >
    <span class="lc-visually-hidden">${label}</span>
    <div class="cell-body" aria-hidden="true">
      <span class="number">${dayOfMonthLabel(date, ctx.lang)}</span>
      ${list.slice(0, chips).map((occurrence) => renderCellChip(occurrence, date, ctx))}
      <span part="more" class="more" ?hidden=${count <= chips}
        >${count > chips ? ctx.msg('eventCalendar.more', { count: count - chips }) : ''}</span
      >
    </div>
  </td>`;
}

/** A click on a chip opens its event in the day's list; anywhere else in a day, the day's list. */
function handleClick(event: Event, o: MonthViewOptions): void {
  const target = event.target as Element;
  const date = target.closest<HTMLElement>('td[data-date]')?.dataset.date;
  if (!date) return;
  const key = target.closest<HTMLElement>('[data-key]')?.dataset.key;
  const occurrence = key ? o.days.get(date)?.find((x) => x.key === key) : undefined;
  if (occurrence) o.open(occurrence, date);
  else o.openDay(date);
}

/** The grid; days of the neighbouring months are empty squares. */
export function renderMonth(ctx: CalendarContext, o: MonthViewOptions): TemplateResult {
  const firstWeek = o.grid.weeks[0];
  return html`<p id=${o.helpId} class="lc-visually-hidden">${ctx.msg('eventCalendar.gridHelp')}</p>
    <table
      part="grid"
      class="grid"
      role="grid"
      aria-labelledby=${o.captionId}
      aria-describedby=${o.helpId}
      @keydown=${o.onKeyDown}
      @click=${(event: Event) => handleClick(event, o)}
    >
      <thead>
        <tr>
          ${firstWeek.map(({ weekday }) => {
            const day = WEEKDAYS[weekday - 1];
            return html`<th scope="col" abbr=${formatWeekday(day, ctx.lang, 'long')}>
              ${formatWeekday(day, ctx.lang, 'short')}
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${o.grid.weeks.map(
          (week) =>
            html`<tr>
              ${week.map(({ date, inMonth }) =>
                inMonth
                  ? renderCell(date, o.days.get(date) ?? [], ctx, o)
                  : html`<td class="cell outside"></td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
}
