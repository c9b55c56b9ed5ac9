/**
 * schema.org JSON-LD for courses and events, so search engines understand
 * what a page with a widget offers. Plain objects in, plain objects out; the
 * element puts `toJsonLdScriptText(...)` into a `<script type="application/ld+json">`.
 */
import type { Occurrence } from './query/events.ts';
import { safeUrl } from './safe-url.ts';
import { pickText } from './text.ts';
import { instantMsToWallMs, zonedDayStartMs } from './time/zone.ts';
import { pad, parseDayKey } from './time/civil.ts';
import type {
  Centre,
  Course,
  CourseMode,
  CourseStatus,
  CreditSystem,
  EventStatus,
  Feed,
  FeedEvent,
  LocalizedText,
  Provider,
  ProviderKind,
} from './types.ts';

/** A JSON-LD node: a plain, JSON-serialisable object. */
export type JsonLd = { [key: string]: unknown };

/** How to write the JSON-LD. */
export interface JsonLdOptions {
  /** The page's language: texts are picked for it (see `pickText`). */
  language: string;
  /** Defaults to the feed's `language`. */
  fallbackLanguage?: string;
  /** The feed's own URL, against which relative links (logos) resolve. */
  baseUrl?: string;
}

const SCHEMA = 'https://schema.org/';

const ORGANIZATION_TYPES: Record<ProviderKind, string> = {
  university: 'CollegeOrUniversity',
  vocational: 'EducationalOrganization',
  'adult-education': 'EducationalOrganization',
  'folk-high-school': 'EducationalOrganization',
  employer: 'Organization',
  other: 'EducationalOrganization',
};

/** schema.org's suggested values (Google's course guidelines use these spellings). */
const COURSE_MODES: Record<CourseMode, string> = {
  distance: 'online',
  hybrid: 'blended',
  'on-site': 'onsite',
};

const CREDIT_UNITS: Record<CreditSystem, string> = {
  hp: 'hp',
  yh: 'YH-poäng',
  gy: 'gymnasiepoäng',
  ects: 'ECTS',
};

/** Course status as the availability of the offer to apply. */
const COURSE_AVAILABILITY: Record<CourseStatus, string> = {
  open: 'InStock',
  waitlist: 'BackOrder',
  full: 'SoldOut',
  closed: 'OutOfStock',
  cancelled: 'Discontinued',
};

const EVENT_STATUSES: Record<EventStatus, string> = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
  // Full is still on; the offer says SoldOut.
  full: 'EventScheduled',
};

const ATTENDANCE_MODES = {
  offline: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
} as const;

/** Leaves out undefined values and empty lists, and unwraps a list of one. */
function node(values: JsonLd): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    out[key] = Array.isArray(value) && value.length === 1 ? value[0] : value;
  }
  return out;
}

/** What every builder needs: the feed, and texts and links made safe. */
function context(feed: Pick<Feed, 'language' | 'timeZone'>, options: JsonLdOptions) {
  const fallback = options.fallbackLanguage || feed.language;
  return {
    text: (t: LocalizedText | undefined) => pickText(t, options.language, fallback) || undefined,
    url: (raw: string | undefined) => safeUrl(raw, options.baseUrl),
  };
}
type Context = ReturnType<typeof context>;

function organization(provider: Provider, c: Context): JsonLd {
  return node({
    '@type': ORGANIZATION_TYPES[provider.kind] ?? 'Organization',
    name: c.text(provider.name),
    url: c.url(provider.url),
    logo: c.url(provider.logo?.src),
  });
}

function place(centre: Centre, c: Context): JsonLd {
  const { street, postalCode, city, country } = centre.address;
  return node({
    '@type': 'Place',
    name: c.text(centre.name),
    address: node({
      '@type': 'PostalAddress',
      streetAddress: street,
      postalCode,
      addressLocality: city,
      addressCountry: country,
    }),
    geo: { '@type': 'GeoCoordinates', latitude: centre.geo.lat, longitude: centre.geo.lon },
    url: c.url(centre.url),
  });
}

const byId = <T extends { id: string }>(items: readonly T[], id: string | undefined) =>
  id === undefined ? undefined : items.find((item) => item.id === id);

/**
 * The instant as local wall-clock time with the zone's offset
 * (`2026-03-04T18:00:00+01:00`): what a reader of the page would expect.
 */
function localIso(ms: number, timeZone: string): string {
  const wall = instantMsToWallMs(ms, timeZone);
  const offset = Math.round((wall - ms) / 60_000);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${new Date(wall).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/**
 * A schema.org `Course` for `course`: name, description, code, teaching
 * languages, level, subjects (`about`), credits (`numberOfCredits` as a
 * QuantitativeValue, a StructuredValue, in hp, YH-poäng, gymnasiepoäng or
 * ECTS), the provider as a CollegeOrUniversity or EducationalOrganization, one
 * `CourseInstance` (mode online/blended/onsite, start and end dates, the
 * centres where it can be studied as Places with address and coordinates,
 * local sessions as sub-events) and an `Offer` to apply: the application
 * period as its availability, and its `url` only when `safeUrl` approves it.
 */
export function courseJsonLd(
  course: Course,
  feed: Pick<Feed, 'language' | 'timeZone' | 'providers' | 'subjects' | 'centres'>,
  options: JsonLdOptions,
): JsonLd {
  const c = context(feed, options);
  const provider = byId(feed.providers, course.provider);
  const centres = (course.centres ?? []).map((id) => byId(feed.centres, id));
  const { opens, closes } = course.applicationPeriod ?? {};
  // The period's dates are whole local days: from the first one's start to the last one's end.
  const dayBoundary = (date: string | undefined, dayAfter: boolean) => {
    if (!date) return undefined;
    try {
      const ms = zonedDayStartMs(parseDayKey(date) + (dayAfter ? 1 : 0), feed.timeZone);
      return localIso(dayAfter ? ms - 1000 : ms, feed.timeZone);
    } catch {
      return undefined; // an impossible date such as 2026-02-30
    }
  };
  const offer = node({
    '@type': 'Offer',
    url: c.url(course.applyUrl),
    availabilityStarts: dayBoundary(opens, false),
    availabilityEnds: dayBoundary(closes, true),
    availability: course.status && SCHEMA + COURSE_AVAILABILITY[course.status],
  });
  const instance = node({
    '@type': 'CourseInstance',
    courseMode: COURSE_MODES[course.mode],
    startDate: course.start,
    endDate: course.end,
    eventStatus: course.status === 'cancelled' ? SCHEMA + 'EventCancelled' : undefined,
    location: centres.flatMap((centre) => (centre ? [place(centre, c)] : [])),
    subEvent: (course.sessions ?? []).map((session) => {
      const centre = byId(feed.centres, session.centre);
      return node({
        '@type': 'Event',
        name: c.text(session.title),
        startDate: session.start,
        endDate: session.end,
        location: centre && place(centre, c),
      });
    }),
  });
  return node({
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: c.text(course.title),
    description: c.text(course.description),
    courseCode: course.code,
    url: c.url(course.url),
    inLanguage: course.languages,
    educationalLevel: course.level,
    about: (course.subjects ?? []).flatMap((id) => {
      const name = c.text(byId(feed.subjects, id)?.name);
      return name ? [{ '@type': 'Thing', name }] : [];
    }),
    numberOfCredits: course.credits && {
      '@type': 'QuantitativeValue',
      value: course.credits.value,
      unitText: CREDIT_UNITS[course.credits.system],
    },
    provider: provider && organization(provider, c),
    hasCourseInstance: [instance],
    offers: Object.keys(offer).length > 1 ? offer : undefined,
  });
}

/**
 * A schema.org `Event` for one occurrence (from `expandEvents`: its own start
 * and end, in the feed's local time with offset, or dates for an all-day one)
 * or for a feed event as written. `eventStatus` and `eventAttendanceMode`
 * follow the feed (without `attendanceMode`: a centre and an online link make
 * it mixed, only a link online, only a centre offline); the location is the
 * centre as a Place and/or the online link as a VirtualLocation (only a link
 * `safeUrl` approves). A `moved-online` event is online-only, as Google asks.
 * The organizer is the event's provider, else the feed's publisher; a
 * registration link becomes an Offer, SoldOut when the event is `full`.
 */
export function eventJsonLd(
  item: Occurrence | FeedEvent,
  feed: Pick<Feed, 'language' | 'timeZone' | 'providers' | 'centres' | 'publisher'>,
  options: JsonLdOptions,
): JsonLd {
  const c = context(feed, options);
  const occurrence = item.start instanceof Date ? (item as Occurrence) : undefined;
  const event = occurrence ? occurrence.event : (item as FeedEvent);
  const centre = byId(feed.centres, event.centre);
  const online = c.url(event.onlineUrl);
  const mode =
    event.status === 'moved-online'
      ? 'online'
      : (event.attendanceMode ??
        (centre && event.onlineUrl ? 'mixed' : event.onlineUrl ? 'online' : centre && 'offline'));
  const virtual = online && { '@type': 'VirtualLocation', url: online };
  const physical = centre && mode !== 'online' ? place(centre, c) : undefined;
  const provider = byId(feed.providers, event.provider);
  const registration = event.registration;
  const offer = node({
    '@type': 'Offer',
    url: c.url(registration?.url),
    validFrom: registration?.opens,
    availabilityEnds: registration?.closes,
    availability: event.status === 'full' ? SCHEMA + 'SoldOut' : undefined,
  });
  const when = (date: Date | undefined, day: string | undefined, raw: string | undefined) =>
    !occurrence ? raw : occurrence.allDay ? day : date && localIso(date.getTime(), feed.timeZone);
  return node({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: c.text(event.title),
    description: c.text(event.description),
    startDate: when(occurrence?.start, occurrence?.startDate, event.start),
    endDate: when(occurrence?.end, occurrence?.endDate, event.end),
    eventStatus: SCHEMA + EVENT_STATUSES[event.status ?? 'scheduled'],
    eventAttendanceMode: mode && SCHEMA + ATTENDANCE_MODES[mode],
    location: [physical, mode === 'offline' ? undefined : virtual].filter(Boolean),
    organizer: provider
      ? organization(provider, c)
      : node({
          '@type': 'Organization',
          name: c.text(feed.publisher.name),
          url: c.url(feed.publisher.url),
        }),
    offers: Object.keys(offer).length > 1 ? offer : undefined,
    url: c.url(event.url),
  });
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for the inside of a `<script type="application/ld+json">`: `<`, `>`
 * and `&` are written as `\u003c`, `\u003e` and `\u0026` (still the same
 * JSON), so text from the feed such as `</script><script>…` cannot end the
 * script element or open a comment. Line and paragraph separators are escaped
 * too, for older JavaScript parsers.
 */
export function toJsonLdScriptText(value: JsonLd | JsonLd[]): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
