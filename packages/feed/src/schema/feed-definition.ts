/**
 * The learning-centre feed, version 1.x: the single source of truth.
 * `validate.ts` checks feeds with these definitions, `scripts/build-schema.ts`
 * writes them out as `schema/feed.schema.json`, and `types.ts` infers the
 * TypeScript types from them. Field meanings are documented in docs/feed.md.
 */
import {
  anyOf,
  array,
  boolean,
  doc,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
} from './dsl.ts';

// ---- vocabularies -------------------------------------------------------

export const CENTRE_SERVICES = [
  'exam-invigilation',
  'study-guidance',
  'career-guidance',
  'group-rooms',
  'study-places',
  'video-conference',
  'it-support',
  'library',
  'validation',
  'language-support',
  'printing',
  'wifi',
] as const;
export const PROVIDER_KINDS = [
  'university',
  'vocational',
  'adult-education',
  'folk-high-school',
  'employer',
  'other',
] as const;
export const COURSE_LEVELS = [
  'preparatory',
  'upper-secondary',
  'vocational',
  'bachelor',
  'master',
  'continuing-education',
  'contract-education',
  'other',
] as const;
export const CREDIT_SYSTEMS = ['hp', 'yh', 'gy', 'ects'] as const;
export const COURSE_MODES = ['distance', 'hybrid', 'on-site'] as const;
export const COURSE_STATUSES = ['open', 'full', 'waitlist', 'closed', 'cancelled'] as const;
export const SESSION_KINDS = [
  'lab',
  'campus-visit',
  'exam',
  'seminar',
  'meeting',
  'other',
] as const;
export const EVENT_CATEGORIES = [
  'lecture',
  'streamed-lecture',
  'employer-meeting',
  'open-house',
  'guidance-drop-in',
  'exam',
  'workshop',
  'other',
] as const;
export const EVENT_STATUSES = [
  'scheduled',
  'cancelled',
  'postponed',
  'rescheduled',
  'moved-online',
  'full',
] as const;
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export const GUIDANCE_MODES = ['on-site', 'phone', 'video'] as const;
export const PARTNER_KINDS = [
  'university',
  'employer',
  'municipality',
  'library',
  'union',
  'region',
  'learning-centre',
  'other',
] as const;
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

// ---- shared shapes -------------------------------------------------------

/** Supported major version: a feed whose `version` is not `1.x` is refused. */
export const VERSION_PATTERN = /^1\.\d+$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DATE_TIME_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
export const TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const TIME_ZONE_PATTERN = /^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/;
const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const MONTHDAY = '-?([1-9]|[12]\\d|3[01])';
const PART = '(FREQ|INTERVAL|COUNT|UNTIL|BYDAY|BYMONTHDAY|WKST)';
/**
 * The RRULE subset we expand: FREQ, INTERVAL, COUNT, UNTIL, BYDAY (with
 * ordinals), BYMONTHDAY, WKST. The lookaheads carry RFC 5545's rules that
 * shape alone does not (each part once, not both COUNT and UNTIL, numbered
 * weekdays only with FREQ=MONTHLY), so any JSON Schema validator enforces them too.
 */
export const RRULE_PATTERN = new RegExp(
  `^(?=(.*;)?FREQ=)(?!(.*;)?${PART}=.*;\\3=)(?!(?=(.*;)?COUNT=)(.*;)?UNTIL=)(?!(?=(.*;)?BYDAY=[^;]*\\d)(?!(.*;)?FREQ=MONTHLY))` +
    `((FREQ=(DAILY|WEEKLY|MONTHLY)|INTERVAL=[1-9]\\d*|COUNT=[1-9]\\d*|UNTIL=\\d{8}(T\\d{6}Z?)?` +
    `|BYDAY=[+-]?[1-5]?${WEEKDAY}(,[+-]?[1-5]?${WEEKDAY})*|BYMONTHDAY=${MONTHDAY}(,${MONTHDAY})*|WKST=${WEEKDAY})(;(?!$)|$))+$`,
);

const id = () => string({ pattern: ID_PATTERN, patternName: 'an id (letters, digits, . _ : -)' });
const idRef = (what: string) => doc(id(), `The id of a ${what} in this feed.`);
const text = () => string({ minLength: 1 });
const url = () => string({ pattern: /^\S+$/, patternName: 'a web address without spaces' });
const email = () =>
  string({ pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, patternName: 'an e-mail address' });
const phone = () => string({ pattern: /^\+?[0-9][0-9 ()-]{4,}$/, patternName: 'a phone number' });
const languageTag = () =>
  string({ pattern: LANGUAGE_TAG_PATTERN, patternName: 'a language tag such as sv or en' });
const date = () => string({ pattern: DATE_PATTERN, patternName: 'a date (YYYY-MM-DD)' });
const dateTime = () =>
  string({
    pattern: DATE_TIME_PATTERN,
    patternName: 'a date-time with offset (2026-03-01T18:00+01:00)',
  });
const dateOrDateTime = () =>
  anyOf(
    [date(), dateTime()],
    'a date (YYYY-MM-DD) or a date-time with offset (2026-03-01T18:00+01:00)',
  );
const time = () => string({ pattern: TIME_PATTERN, patternName: 'a time (HH:MM)' });

/** Human text: a string, or one string per language tag (`{"sv": "…", "en": "…"}`). */
export const localizedText = anyOf(
  [text(), record(LANGUAGE_TAG_PATTERN, 'a language tag such as sv or en', text())],
  'text, or an object of texts by language ({"sv": "…", "en": "…"})',
);

export const contactDef = object({
  name: optional(localizedText),
  email: optional(email()),
  phone: optional(phone()),
  url: optional(url()),
});

export const logoDef = object({
  src: doc(url(), 'Image address (https:, or relative to the feed). SVG or PNG.'),
  width: number({ exclusiveMinimum: 0 }),
  height: number({ exclusiveMinimum: 0 }),
  alt: optional(localizedText),
  monochrome: optional(doc(url(), 'A single-colour variant of the logo.')),
});

export const geoDef = object({
  lat: number({ minimum: -90, maximum: 90 }),
  lon: number({ minimum: -180, maximum: 180 }),
});

export const addressDef = object({
  street: text(),
  postalCode: optional(string({ pattern: /^[0-9A-Za-z -]{3,10}$/, patternName: 'a postal code' })),
  city: text(),
  country: optional(
    string({ pattern: /^[A-Z]{2}$/, patternName: 'a two-letter country code such as SE' }),
  ),
});

export const openingHoursDef = object({
  weekly: array(
    object({
      days: array(oneOf(WEEKDAYS), { minItems: 1 }),
      opens: time(),
      closes: time(),
    }),
  ),
  exceptions: optional(
    array(
      object({
        date: date(),
        until: optional(doc(date(), 'Last day of a multi-day exception (inclusive).')),
        closed: optional(boolean()),
        opens: optional(time()),
        closes: optional(time()),
        note: optional(localizedText),
      }),
    ),
  ),
  note: optional(localizedText),
});

// ---- collections --------------------------------------------------------

export const centreDef = object({
  id: id(),
  name: localizedText,
  municipality: text(),
  description: optional(localizedText),
  address: addressDef,
  geo: geoDef,
  openingHours: optional(openingHoursDef),
  services: array(oneOf(CENTRE_SERVICES), { lenient: true }),
  contact: optional(contactDef),
  url: optional(url()),
  image: optional(logoDef),
  modified: optional(dateTime()),
});

export const providerDef = object({
  id: id(),
  name: localizedText,
  kind: oneOf(PROVIDER_KINDS),
  url: optional(url()),
  logo: optional(logoDef),
});

export const subjectDef = object({
  id: id(),
  name: localizedText,
});

export const courseSessionDef = object({
  title: localizedText,
  kind: optional(oneOf(SESSION_KINDS)),
  start: dateOrDateTime(),
  end: optional(dateOrDateTime()),
  centre: optional(idRef('centre')),
});

export const courseDef = object({
  id: id(),
  code: optional(text()),
  title: localizedText,
  description: optional(localizedText),
  provider: idRef('provider'),
  level: oneOf(COURSE_LEVELS),
  subjects: optional(
    array(doc(id(), "A subject id; its label comes from the feed's subjects list.")),
  ),
  credits: optional(
    object({
      value: number({ minimum: 0 }),
      system: oneOf(CREDIT_SYSTEMS),
    }),
  ),
  pace: optional(
    doc(number({ exclusiveMinimum: 0, maximum: 100 }), 'Study pace in per cent of full time.'),
  ),
  mode: oneOf(COURSE_MODES),
  languages: optional(array(languageTag())),
  start: optional(date()),
  end: optional(date()),
  applicationPeriod: optional(
    object({
      opens: optional(date()),
      closes: optional(date()),
    }),
  ),
  url: optional(url()),
  applyUrl: optional(url()),
  centres: optional(array(idRef('centre'))),
  sessions: optional(array(courseSessionDef)),
  status: optional(oneOf(COURSE_STATUSES)),
  modified: optional(dateTime()),
});

export const recurrenceDef = object({
  rrule: string({
    pattern: RRULE_PATTERN,
    patternName:
      'an RRULE such as FREQ=WEEKLY;BYDAY=TU (FREQ DAILY, WEEKLY or MONTHLY; each part once; not both COUNT and UNTIL; numbered weekdays such as 2TU only with FREQ=MONTHLY)',
  }),
  exdates: optional(array(dateTime())),
  rdates: optional(array(dateTime())),
});

export const eventDef = object({
  id: id(),
  title: localizedText,
  description: optional(localizedText),
  category: oneOf(EVENT_CATEGORIES),
  start: dateOrDateTime(),
  end: optional(dateOrDateTime()),
  centre: optional(idRef('centre')),
  onlineUrl: optional(doc(url(), 'Where to watch or join online (stream or meeting link).')),
  attendanceMode: optional(oneOf(ATTENDANCE_MODES)),
  status: optional(oneOf(EVENT_STATUSES)),
  statusNote: optional(localizedText),
  provider: optional(idRef('provider')),
  registration: optional(
    object({
      url: optional(url()),
      opens: optional(dateOrDateTime()),
      closes: optional(dateOrDateTime()),
    }),
  ),
  recurrence: optional(recurrenceDef),
  url: optional(url()),
  modified: optional(dateTime()),
});

export const guidanceServiceDef = object({
  id: id(),
  name: localizedText,
  description: optional(localizedText),
  duration: doc(number({ minimum: 5, maximum: 480, integer: true }), 'Meeting length in minutes.'),
  modes: array(oneOf(GUIDANCE_MODES), { minItems: 1 }),
  centres: optional(array(idRef('centre'))),
  languages: optional(array(languageTag())),
});

export const guidanceDef = object(
  {
    services: array(guidanceServiceDef, { lenient: true }),
    booking: optional(
      object(
        {
          api: optional(
            doc(
              url(),
              'Base URL of a service that speaks the booking protocol (docs/booking-protocol.md).',
            ),
          ),
          email: optional(email()),
          phone: optional(phone()),
          url: optional(doc(url(), 'An external booking page.')),
        },
        // Each way to book stands on its own: a bad phone number keeps the API.
        { dropInvalidOptional: true },
      ),
    ),
    privacyNotice: optional(url()),
  },
  // A mistyped booking e-mail must not hide the guidance services.
  { dropInvalidOptional: true },
);

export const partnerDef = object({
  id: id(),
  name: localizedText,
  kind: oneOf(PARTNER_KINDS),
  url: optional(url()),
  logo: optional(logoDef),
  tier: optional(text()),
  centres: optional(array(idRef('centre'))),
});

/** The whole feed. The loader checks the top level one property at a time, so one broken part never hides the rest. */
export const feedDef = object({
  version: string({ pattern: VERSION_PATTERN, patternName: 'a supported version such as "1.0"' }),
  publisher: object({
    id: optional(id()),
    name: localizedText,
    url: optional(url()),
    contact: optional(contactDef),
  }),
  language: languageTag(),
  timeZone: string({
    pattern: TIME_ZONE_PATTERN,
    patternName: 'an IANA time zone such as Europe/Stockholm',
  }),
  updated: dateTime(),
  calendar: optional(object({ subscribeUrl: url() })),
  centres: optional(array(centreDef, { lenient: true })),
  providers: optional(array(providerDef, { lenient: true })),
  subjects: optional(array(subjectDef, { lenient: true })),
  courses: optional(array(courseDef, { lenient: true })),
  events: optional(array(eventDef, { lenient: true })),
  guidance: optional(guidanceDef),
  partners: optional(array(partnerDef, { lenient: true })),
});
