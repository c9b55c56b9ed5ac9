/**
 * `@learning-centre/feed/tools` — the building blocks under the feed package,
 * for tools that work with the same data the same way (the reference booking
 * service uses them): the schema language that validates and describes a JSON
 * format, the time-zone engine, and the pieces of the ICS writer. Node or
 * browser; not needed by widgets.
 */
export {
  INVALID,
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
  type CheckContext,
  type Def,
  type FeedIssue,
  type Infer,
  type JsonSchema,
} from './schema/dsl.ts';
export { toJsonSchema } from './schema/json-schema.ts';
export { isCalendarDate } from './query/calendar-dates.ts';
export { DAY_MS, MINUTE_MS, dayKey, isoWeekday, pad, parseDayKey } from './time/civil.ts';
export {
  instantMsToWallMs,
  isKnownTimeZone,
  wallMsToInstantMs,
  zonedDayNumber,
  zonedDayStartMs,
} from './time/zone.ts';
export { parseInstantMs } from './time/parse.ts';
export { escapeIcsText, icsUtc, icsWall, joinIcsLines } from './ics-format.ts';
export { vtimezoneLines } from './ics-timezone.ts';
