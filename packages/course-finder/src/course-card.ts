/**
 * One course as a card: what it is, when, how, where nearby, and whether one
 * can apply. A template function rather than an element, so a page of cards
 * costs one template each and no extra shadow roots.
 */
import {
  formatCredits,
  formatDate,
  formatDistanceKm,
  formatLanguageName,
  formatList,
  formatPercent,
  formatTimeRange,
  renderHeading,
  safeUrl,
  type HeadingLevel,
} from '@learning-centre/core';
import { type Course, type CourseSession, type Geo } from '@learning-centre/feed/widget';
import { courseLocations } from '@learning-centre/feed/queries';
import { html, nothing, type TemplateResult } from 'lit';
import { applicationPhrase } from './application-phrase.ts';
import type { LabelContext } from './filter-labels.ts';
import { courseFinderText } from './messages.ts';
import { inOtherYear } from './year.ts';

/** What every card needs besides its course. */
export interface CardContext extends LabelContext {
  now: Date;
  /** The reader's place: centres go nearest first, with distances. */
  near?: Geo;
  /** The feed's address, against which relative links resolve. */
  baseUrl: string;
  /** The level of the course titles (`heading-level`). */
  headingLevel: HeadingLevel;
}

/** Statuses shown in words on the card (others are said by the application phrase). */
const SHOWN_STATUSES = new Set(['full', 'waitlist', 'cancelled']);

/** The attribute holding a title link's result index; the element listens for clicks on it. */
export const TITLE_LINK_ATTRIBUTE = 'data-course-index';

/**
 * The card of `course`, the `index`-th result. Its title links to the
 * course's page (`url`, else `applyUrl`) when `safeUrl` approves one; else the
 * title is plain text. Every feed text is rendered as text.
 */
export function renderCourseCard(course: Course, index: number, c: CardContext): TemplateResult {
  const { feed, locale, t, text, baseUrl } = c;
  const ct = (key: Parameters<typeof courseFinderText>[1], params?: Record<string, string>) =>
    courseFinderText(locale, key, params);
  const titleId = `course-${index}`;
  const href = safeUrl(course.url, baseUrl) ?? safeUrl(course.applyUrl, baseUrl);
  const title = text(course.title);
  const provider = feed.providers.find((p) => p.id === course.provider);
  const phrase = applicationPhrase(course, { ...c, timeZone: feed.timeZone });
  const applyHref = phrase?.open ? safeUrl(course.applyUrl, baseUrl) : undefined;
  const status = course.status && SHOWN_STATUSES.has(course.status) ? course.status : undefined;
  const dateOptions = { lang: locale, timeZone: feed.timeZone, weekday: false, year: true };
  const dates = course.start
    ? course.end
      ? formatTimeRange(course.start, course.end, dateOptions)
      : t('common.starts', { date: formatDate(course.start, dateOptions) })
    : undefined;
  const facts: [string, string | undefined][] = [
    [
      ct('courseFinder.credits'),
      course.credits && formatCredits(course.credits.value, course.credits.system, locale),
    ],
    [
      ct('courseFinder.pace'),
      course.pace === undefined ? undefined : formatPercent(course.pace, locale),
    ],
    [ct('courseFinder.mode'), t(`mode.${course.mode}`)],
    [
      ct('courseFinder.languages'),
      course.languages?.length
        ? formatList(
            course.languages.map((tag) => formatLanguageName(tag, locale)),
            locale,
          )
        : undefined,
    ],
    [ct('courseFinder.dates'), dates],
  ];

  return html`<article part="card" class="card" data-status=${status ?? nothing}>
    ${renderHeading(
      c.headingLevel,
      href
        ? html`<a part="title-link" href=${href} data-course-index=${index}>${title}</a>`
        : // Without a link, the text itself can take focus (after "Visa fler kurser").
          html`<span class="title-text" tabindex="-1">${title}</span>`,
      { className: 'card-title', id: titleId },
    )}
    <p class="card-meta">
      ${provider ? html`<span>${text(provider.name)}</span>` : nothing}
      <span>${t(`level.${course.level}`)}</span>
    </p>
    ${
      status
        ? html`<p part="status-badge" class="status">${t(`courseStatus.${status}`)}</p>`
        : nothing
    }
    <dl class="facts">
      ${facts.map(([term, value]) =>
        value
          ? html`<div>
              <dt>${term}</dt>
              <dd>${value}</dd>
            </div>`
          : nothing,
      )}
    </dl>
    ${
      phrase
        ? html`<p part="application" class="application" data-open=${phrase.open}>
            <span>${phrase.text}</span>
            ${
              applyHref
                ? html`<a
                    part="apply-link"
                    class="apply"
                    href=${applyHref}
                    aria-describedby=${titleId}
                    >${t('common.apply')}</a
                  >`
                : nothing
            }
          </p>`
        : nothing
    }
    ${renderLocations(course, c)}
  </article>`;
}

/** The centres where the course can be studied, each with its sessions, then the other sessions. */
function renderLocations(course: Course, c: CardContext): TemplateResult | typeof nothing {
  const { centres, otherSessions } = courseLocations(course, c.feed.centres, c.near);
  if (!centres.length && !otherSessions.length) return nothing;
  const ct = (key: Parameters<typeof courseFinderText>[1], params?: Record<string, string>) =>
    courseFinderText(c.locale, key, params);
  return html`<div part="centres" class="local">
    ${
      centres.length
        ? html`<p class="local-title">${ct('courseFinder.centres')}</p>
            <ul class="centres">
              ${centres.map(({ centre, distanceKm, sessions }) => {
                const name = c.text(centre.name);
                return html`<li>
                  ${
                    distanceKm === undefined
                      ? name
                      : ct('courseFinder.distance', {
                          name,
                          distance: formatDistanceKm(distanceKm, c.locale),
                        })
                  }
                  ${sessions.length ? renderSessions(sessions, c) : nothing}
                </li>`;
              })}
            </ul>`
        : nothing
    }
    ${
      otherSessions.length
        ? html`<p class="local-title">
              ${ct(centres.length ? 'courseFinder.otherSessions' : 'courseFinder.sessions')}
            </p>
            ${renderSessions(
              otherSessions.map((o) => o.session),
              c,
              otherSessions.map((o) => (o.centre ? c.text(o.centre.name) : undefined)),
            )}`
        : nothing
    }
  </div>`;
}

/** "Labb: Laboration i kemi, lör 12 sep. 09:00–15:00", optionally with the place. */
function renderSessions(
  sessions: readonly CourseSession[],
  c: CardContext,
  places: readonly (string | undefined)[] = [],
): TemplateResult {
  return html`<ul class="sessions">
    ${sessions.map((session, i) => {
      const kind = session.kind && session.kind !== 'other' ? c.t(`session.${session.kind}`) : '';
      const title = c.text(session.title);
      const label = kind && kind !== title ? `${kind}: ${title}` : title;
      const when = formatTimeRange(session.start, session.end, {
        lang: c.locale,
        timeZone: c.feed.timeZone,
        year: inOtherYear(session.start, c.now, c.feed.timeZone),
      });
      const place = places[i];
      const what = place
        ? courseFinderText(c.locale, 'courseFinder.sessionAt', { session: label, place })
        : label;
      return html`<li>${what}${when ? html`, <span class="when">${when}</span>` : nothing}</li>`;
    })}
  </ul>`;
}
