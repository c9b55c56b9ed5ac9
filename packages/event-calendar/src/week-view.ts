/**
 * The week: seven days side by side (stacked when narrow), each with its
 * events as chips. A chip is a button in the tab order; it opens the day's
 * list at that event.
 */
import { renderHeading } from '@learning-centre/core';
import type { Occurrence } from '@learning-centre/feed/queries';
import { html, type TemplateResult } from 'lit';
import { dayHeadingText } from './agenda-view.ts';
import type { CalendarContext } from './context.ts';
import { renderChipButton, type OpenOccurrence } from './event-chip.ts';

export function renderWeek(
  days: ReadonlyMap<string, readonly Occurrence[]>,
  ctx: CalendarContext,
  open: OpenOccurrence,
): TemplateResult {
  return html`<ol part="week" class="week" role="list">
    ${[...days].map(([date, list]) => {
      const today = date === ctx.today;
      return html`<li class="week-day${today ? ' today' : ''}" data-date=${date}>
        ${renderHeading(
          ctx.headingLevel,
          html`<time datetime=${date}>${dayHeadingText(date, ctx)}</time>`,
          { part: 'day-heading', className: `day-heading${today ? ' today' : ''}` },
        )}
        ${
          list.length
            ? html`<ul class="chips" role="list">
                ${list.map((o) => html`<li>${renderChipButton(o, date, ctx, open)}</li>`)}
              </ul>`
            : html`<p class="no-events">${ctx.msg('eventCalendar.noneOnDay')}</p>`
        }
      </li>`;
    })}
  </ol>`;
}
