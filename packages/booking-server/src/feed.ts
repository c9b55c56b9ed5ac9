/**
 * Everything this package borrows from `@learning-centre/feed`: one schema
 * language, one set of id/date/time patterns, one time-zone engine and one ICS
 * writer for the whole project.
 *
 * Imported by relative path until the workspace links the package here
 * (`"@learning-centre/feed": "workspace:*"`); then only this file changes.
 */
export {
  INVALID,
  array,
  doc,
  number,
  object,
  oneOf,
  optional,
  string,
  type CheckContext,
  type Def,
  type FeedIssue,
  type Infer,
  type JsonSchema,
} from '../../feed/src/schema/dsl.ts';
export { toJsonSchema } from '../../feed/src/schema/json-schema.ts';
export {
  DATE_PATTERN,
  GUIDANCE_MODES,
  ID_PATTERN,
  LANGUAGE_TAG_PATTERN,
  TIME_PATTERN,
  TIME_ZONE_PATTERN,
  WEEKDAYS,
  EXAM_SUPPORT,
  examInvigilationDef,
  localizedText,
} from '../../feed/src/schema/feed-definition.ts';
export type {
  ExamInvigilation,
  ExamSupport,
  LocalizedText,
  Weekday,
} from '../../feed/src/types.ts';
export {
  earliestExamDate,
  examEnd,
  examRuleProblems,
  examSeatPool,
  minuteOfDay,
  type ExamRuleCode,
  type ExamRuleProblem,
} from '../../feed/src/query/exam-rules.ts';
export { examFee, type ExamCharge } from '../../feed/src/query/exam-fee.ts';
export { pickText } from '../../feed/src/text.ts';
export { isCalendarDate } from '../../feed/src/query/calendar-dates.ts';
export {
  DAY_MS,
  MINUTE_MS,
  dayKey,
  isoWeekday,
  pad,
  parseDayKey,
} from '../../feed/src/time/civil.ts';
export {
  instantMsToWallMs,
  isKnownTimeZone,
  wallMsToInstantMs,
  zonedDayNumber,
  zonedDayStartMs,
} from '../../feed/src/time/zone.ts';
export { parseInstantMs } from '../../feed/src/time/parse.ts';
export { escapeIcsText, icsUtc, icsWall, joinIcsLines } from '../../feed/src/ics-format.ts';
export { vtimezoneLines } from '../../feed/src/ics-timezone.ts';
