/**
 * One day's events in full, below the month or week: opened from a day, its
 * "+N till" or one of its events, closed with its button or Escape.
 */
import { renderHeading } from '@learning-centre/core';
import type { Occurrence } from '@learning-centre/feed/queries';
import { html, type TemplateResult } from 'lit';
import { dayHeadingText } from './agenda-view.ts';
import type { CalendarContext } from './context.ts';
import { renderEvent } from './event-item.ts';

export interface DayPanelOptions {
  onClose: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The panel is focusable (`tabindex="-1"`) and named by its heading, so focus can land on it. */
export function renderDayPanel(
  date: string,
  list: readonly Occurrence[],
  ctx: CalendarContext,
  o: DayPanelOptions,
): TemplateResult {
  return html`<section
    part="day-panel"
    class="day-panel"
    aria-labelledby="day-panel-heading"
    tabindex="-1"
    @keydown=${o.onKeyDown}
  >
    <div class="panel-head">
      ${renderHeading(ctx.headingLevel, dayHeadingText(date, ctx), {
        id: 'day-panel-heading',
        className: 'panel-heading',
      })}
      <button type="button" class="close" @click=${o.onClose}>
        ${ctx.msg('eventCalendar.close')}
      </button>
    </div>
    ${
      list.length
        ? html`<ul part="events" class="events" role="list">
            ${list.map((occurrence) => renderEvent(occurrence, ctx))}
          </ul>`
        : html`<p class="no-events">${ctx.msg('eventCalendar.noneOnDay')}</p>`
    }
  </section>`;
}
