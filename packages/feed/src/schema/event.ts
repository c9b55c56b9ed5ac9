/** `events[]` and `calendar`: what happens at the centres. */
import { array, object, oneOf, optional, string } from './dsl.ts';
import { dateOrDateTime, dateTime, id, url } from './fields.ts';
import { RRULE_PATTERN } from './patterns.ts';
import { localizedText } from './shapes.ts';
import { ATTENDANCE_MODES, EVENT_CATEGORIES, EVENT_STATUSES } from './vocabulary.ts';

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
  centre: optional(id()),
  onlineUrl: optional(url()),
  attendanceMode: optional(oneOf(ATTENDANCE_MODES)),
  status: optional(oneOf(EVENT_STATUSES)),
  statusNote: optional(localizedText),
  provider: optional(id()),
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

export const eventsSection = optional(array(eventDef, { lenient: true }));
export const calendarSection = optional(object({ subscribeUrl: url() }));
