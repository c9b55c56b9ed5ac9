/**
 * Step 3: day and time. The month is a WAI-ARIA APG date grid: one tab stop
 * (roving tabindex on the active day), arrow keys, Home/End, Page Up/Down;
 * days without free times are `aria-disabled` but still reachable, so moving
 * through the month stays predictable. The chosen day's times follow as a
 * list of buttons; pressing one holds that time.
 */
import {
  formatDate,
  formatTime,
  formatWeekday,
  renderHeading,
  type HeadingLevel,
} from '@learning-centre/core';
import { WEEKDAYS } from '@learning-centre/feed/widget';
import { addMonths, monthGrid } from '@learning-centre/feed/queries';
import { html, nothing, type TemplateResult } from 'lit';
import type { Slot } from './booking-client.ts';
import { choiceSummary, renderStep, type StepView } from './step-frame.ts';

/** What the grid needs from the element: its tab stop and its handlers. */
export interface DateGridHandlers {
  /** The day holding the grid's tab stop. */
  active: string;
  onKeyDown(event: KeyboardEvent): void;
  onPick(date: string): void;
  onMonth(date: string): void;
}

/** "tis 10 mars": a calendar date in words. */
export function dayLabel(date: string, lang: string): string {
  return formatDate(date, { lang, timeZone: 'UTC', weekday: true, year: false });
}

/** "09:00–09:45". */
export function timeRange(slot: Slot, view: StepView): string {
  const o = { lang: view.lang, timeZone: view.timeZone };
  return `${formatTime(slot.start, o)}–${formatTime(slot.end, o)}`;
}

function renderCell(date: string, view: StepView, h: DateGridHandlers): TemplateResult {
  const free = view.flow.days?.get(date)?.length ?? 0;
  const chosen = date === view.flow.day;
  return html`<td
    data-date=${date}
    part="day${free ? '' : ' day-empty'}${chosen ? ' day-chosen' : ''}"
    tabindex=${date === h.active ? 0 : -1}
    aria-selected=${chosen}
    aria-disabled=${free ? nothing : 'true'}
  >
    <span aria-hidden="true">${Number(date.slice(8))}</span>
    <span class="lc-visually-hidden"
      >${dayLabel(date, view.lang)},
      ${free ? view.msg('guidanceBooking.freeTimes', { count: free }) : view.msg('guidanceBooking.noTimes')}</span
    >
  </td>`;
}

function renderGrid(view: StepView, h: DateGridHandlers): TemplateResult {
  const { flow, msg, lang } = view;
  const grid = monthGrid(flow.month, 1);
  const caption = new Intl.DateTimeFormat(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const [back, forward] = view.dir === 'rtl' ? ['›', '‹'] : ['‹', '›'];
  const thisMonth = flow.month <= flow.today;
  return html`<div class="month">
      <button
        type="button"
        part="month-button"
        class="nav"
        aria-label=${msg('guidanceBooking.prevMonth')}
        ?disabled=${thisMonth}
        @click=${() => h.onMonth(addMonths(flow.month, -1))}
      >
        ${back}
      </button>
      <p id="month-caption" class="caption" aria-live="polite">
        ${caption.format(new Date(`${flow.month}T00:00:00Z`))}
      </p>
      <button
        type="button"
        part="month-button"
        class="nav"
        aria-label=${msg('guidanceBooking.nextMonth')}
        @click=${() => h.onMonth(addMonths(flow.month, 1))}
      >
        ${forward}
      </button>
    </div>
    <p id="grid-help" class="lc-visually-hidden">${msg('guidanceBooking.gridHelp')}</p>
    <table
      part="grid"
      class="grid"
      role="grid"
      aria-labelledby="month-caption"
      aria-describedby="grid-help"
      aria-busy=${!flow.days}
      @keydown=${h.onKeyDown}
      @click=${(e: Event) => {
        const date = (e.target as Element).closest<HTMLElement>('td[data-date]')?.dataset.date;
        if (date) h.onPick(date);
      }}
    >
      <thead>
        <tr>
          ${grid.weeks[0]!.map(({ weekday }) => {
            const day = WEEKDAYS[weekday - 1]!;
            return html`<th scope="col" abbr=${formatWeekday(day, lang)}>
              ${formatWeekday(day, lang, 'short')}
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${grid.weeks.map(
          (week) =>
            html`<tr>
              ${week.map(({ date, inMonth }) => (inMonth ? renderCell(date, view, h) : html`<td></td>`))}
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function renderTimes(view: StepView): TemplateResult {
  const { flow, msg } = view;
  const days = flow.days;
  if (!days) return html`<p role="status" class="hint">${msg('guidanceBooking.loadingTimes')}</p>`;
  if (!days.size) return html`<p class="hint">${msg('guidanceBooking.monthEmpty')}</p>`;
  const slots = flow.day ? days.get(flow.day) : undefined;
  if (!slots) return html`<p class="hint">${msg('guidanceBooking.pickDay')}</p>`;
  const level = Math.min(view.level + 1, 6) as HeadingLevel;
  return html`${renderHeading(level, msg('guidanceBooking.timesOn', { day: dayLabel(flow.day!, view.lang) }), { id: 'times-heading' })}
    <ul part="times" class="times" aria-labelledby="times-heading">
      ${slots.map(
        (slot) =>
          html`<li>
            <button
              type="button"
              part="time-button"
              class="time"
              aria-disabled=${flow.busy}
              @click=${() => !flow.busy && flow.selectTime(slot)}
            >
              ${timeRange(slot, view)}
            </button>
          </li>`,
      )}
    </ul>`;
}

/** The step: the choice so far, the month grid and the chosen day's times. */
export function renderDateTimeStep(view: StepView, handlers: DateGridHandlers): TemplateResult {
  return renderStep(
    view,
    'guidanceBooking.step.time',
    html`<p part="summary" class="meta">${choiceSummary(view)}</p>
      ${renderGrid(view, handlers)} ${renderTimes(view)}`,
  );
}
