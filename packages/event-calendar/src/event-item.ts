/**
 * One occurrence in full, as the agenda and a day's list show it: title, time,
 * place, category, status in words, description and what a person can do —
 * sign up, join online, add it to their calendar.
 */
import {
  formatDate,
  formatTimeRange,
  renderHeading,
  safeUrl,
  type HeadingLevel,
} from '@learning-centre/core';
import { registrationState, zonedDateKey, type Occurrence } from '@learning-centre/feed/queries';
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarContext } from './context.ts';
import { clockRange } from './date-labels.ts';

/** "18:00–19:30", "Heldag", "Heldag, 3–5 juni" or, across days, "tis 3 mars 22:00 – ons 4 mars 01:00". */
export function occurrenceTime(o: Occurrence, ctx: CalendarContext): string {
  const { lang, timeZone } = ctx;
  if (o.allDay) {
    if (!o.startDate || !o.endDate || o.startDate === o.endDate) return ctx.t('common.allDay');
    const range = formatTimeRange(o.startDate, o.endDate, { lang, timeZone, weekday: false });
    return ctx.msg('eventCalendar.allDayRange', { range });
  }
  const last = new Date(Math.max(o.start.getTime(), o.end.getTime() - 1));
  if (zonedDateKey(o.start, timeZone) === zonedDateKey(last, timeZone)) {
    return clockRange(o.start, o.end, lang, timeZone);
  }
  return formatTimeRange(o.start, o.end, { lang, timeZone });
}

/** Held online only: the place is "Online" rather than a centre. */
function isOnline(o: Occurrence): boolean {
  return o.event.attendanceMode === 'online' || o.event.status === 'moved-online';
}

/** The centre's name and/or "Online". */
export function occurrencePlaces(o: Occurrence, ctx: CalendarContext): string[] {
  const { event } = o;
  const places: string[] = [];
  const centre = event.centre === undefined ? undefined : ctx.centres.get(event.centre);
  if (centre && !isOnline(o)) places.push(ctx.text(centre.name));
  if (isOnline(o) || event.attendanceMode === 'mixed' || (!centre && event.onlineUrl)) {
    places.push(ctx.t('common.online'));
  }
  return places;
}

/** The status in words, when it is not simply "scheduled". */
export function statusText(o: Occurrence, ctx: CalendarContext): string | undefined {
  const status = o.event.status;
  return status && status !== 'scheduled' ? ctx.t(`eventStatus.${status}`) : undefined;
}

/** Hidden words after a repeated link text, so each link says which event it is for. */
function forEvent(title: string): TemplateResult {
  return html`<span class="lc-visually-hidden">: ${title}</span>`;
}

function renderActions(o: Occurrence, title: string, ctx: CalendarContext): TemplateResult {
  const { event } = o;
  if (event.status === 'cancelled') return html``;
  const registration = registrationState(event, ctx.now, ctx.feed.timeZone, o.start);
  const register = registration.phase === 'open' && safeUrl(registration.url, ctx.feedUrl);
  const online =
    (event.attendanceMode === 'online' ||
      event.attendanceMode === 'mixed' ||
      event.status === 'moved-online') &&
    safeUrl(event.onlineUrl, ctx.feedUrl);
  const onlineText = ctx.msg(
    event.category === 'streamed-lecture' ? 'eventCalendar.stream' : 'eventCalendar.online',
  );
  return html`<div class="actions">
    ${
      register
        ? html`<a part="register-link" class="action primary" href=${register}
            >${ctx.t('common.register')}${forEvent(title)}</a
          >`
        : nothing
    }
    ${
      registration.phase === 'upcoming' && registration.opens
        ? html`<p class="opens">
            ${ctx.msg('eventCalendar.registrationOpens', {
              date: formatDate(registration.opens, {
                lang: ctx.lang,
                timeZone: ctx.timeZone,
                year: false,
              }),
            })}
          </p>`
        : nothing
    }
    ${
      online
        ? html`<a part="online-link" class="action" href=${online}
            >${onlineText}${forEvent(title)}</a
          >`
        : nothing
    }
    <button
      type="button"
      part="add-to-calendar"
      class="action"
      @click=${() => ctx.addToCalendar(o)}
    >
      ${ctx.t('common.addToCalendar')}${forEvent(title)}
    </button>
  </div>`;
}

/** The title: a link to the event's page when it has a safe one. */
function renderTitle(o: Occurrence, title: string, level: HeadingLevel, ctx: CalendarContext) {
  const href = safeUrl(o.event.url, ctx.feedUrl);
  const onClick = (event: Event) => {
    if (!ctx.select(o)) event.preventDefault();
  };
  const content = href
    ? html`<a part="event-link" class="title-link" href=${href} @click=${onClick}>${title}</a>`
    : title;
  return renderHeading(level, content, { part: 'event-title', className: 'title' });
}

/**
 * One occurrence as a list item. Cancelled ones stay, struck through, with the
 * word "Inställt" (the strike alone would be colour-and-style-only information).
 */
export function renderEvent(o: Occurrence, ctx: CalendarContext): TemplateResult {
  const { event } = o;
  const title = ctx.text(event.title);
  const status = statusText(o, ctx);
  const note = ctx.text(event.statusNote);
  const description = ctx.text(event.description);
  const level = Math.min(6, ctx.headingLevel + 1) as HeadingLevel;
  return html`<li
    part="event"
    class="event ${event.status ?? 'scheduled'}"
    data-key=${o.key}
    tabindex="-1"
  >
    ${renderTitle(o, title, level, ctx)}
    <p class="when">
      <time datetime=${o.allDay ? (o.startDate ?? '') : o.start.toISOString()}
        >${occurrenceTime(o, ctx)}</time
      >
    </p>
    <p class="meta">
      ${occurrencePlaces(o, ctx).map((place) => html`<span class="place">${place}</span> `)}
      <span class="category">${ctx.t(`category.${event.category}`)}</span>
    </p>
    ${
      status
        ? html`<p part="event-status" class="status">
            <strong>${status}</strong>${note ? html` <span class="note">${note}</span>` : nothing}
          </p>`
        : nothing
    }
    ${description ? html`<p class="description">${description}</p>` : nothing}
    ${renderActions(o, title, ctx)}
  </li>`;
}
