/**
 * The agenda: the days that have events, each under a heading with its
 * date, each event in full. The most accessible view, and the default.
 */
import { renderHeading } from '@learning-centre/core';
import type { Occurrence } from '@learning-centre/feed/queries';
import { html, type TemplateResult } from 'lit';
import type { CalendarContext } from './context.ts';
import { dayLabel } from './date-labels.ts';
import { renderEvent } from './event-item.ts';

/** "tisdag 3 november", with the year when it is not this year. */
export function dayHeadingText(date: string, ctx: CalendarContext): string {
  return dayLabel(date, ctx.lang, date.slice(0, 4) !== ctx.today.slice(0, 4));
}

/** One day's heading and its events. */
export function renderDay(
  date: string,
  occurrences: readonly Occurrence[],
  ctx: CalendarContext,
): TemplateResult {
  const heading = html`<time datetime=${date}>${dayHeadingText(date, ctx)}</time>`;
  return html`<div part="day" class="day" data-date=${date}>
    ${renderHeading(ctx.headingLevel, heading, {
      part: 'day-heading',
      className: `day-heading${date === ctx.today ? ' today' : ''}`,
    })}
    <ul part="events" class="events" role="list">
      ${occurrences.map((o) => renderEvent(o, ctx))}
    </ul>
  </div>`;
}

/** The days that have events, in order; "Inga evenemang under den här perioden." when none has. */
export function renderAgenda(
  days: ReadonlyMap<string, readonly Occurrence[]>,
  ctx: CalendarContext,
): TemplateResult {
  const shown = [...days].filter(([, list]) => list.length > 0);
  if (shown.length === 0) {
    return html`<p part="no-events" class="no-events">${ctx.msg('eventCalendar.none')}</p>`;
  }
  return html`<div part="agenda" class="agenda">
    ${shown.map(([date, list]) => renderDay(date, list, ctx))}
  </div>`;
}
