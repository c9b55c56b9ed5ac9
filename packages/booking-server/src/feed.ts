/**
 * Everything this package borrows from `@learning-centre/feed`: one schema
 * language, one set of id/date/time patterns, one time-zone engine and one ICS
 * writer for the whole project.
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
} from '@learning-centre/feed/tools';
export { toJsonSchema } from '@learning-centre/feed/tools';
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
} from '@learning-centre/feed';
export type { ExamInvigilation, ExamSupport, LocalizedText, Weekday } from '@learning-centre/feed';
export {
  earliestExamDate,
  examEnd,
  examRuleProblems,
  examSeatPool,
  minuteOfDay,
  type ExamRequestBody,
  type ExamRuleCode,
  type ExamRuleProblem,
} from '@learning-centre/feed/queries';
export { examFee, type ExamCharge } from '@learning-centre/feed/queries';
export { pickText } from '@learning-centre/feed';
export { isCalendarDate } from '@learning-centre/feed/tools';
export {
  DAY_MS,
  MINUTE_MS,
  dayKey,
  isoWeekday,
  pad,
  parseDayKey,
} from '@learning-centre/feed/tools';
export {
  instantMsToWallMs,
  isKnownTimeZone,
  wallMsToInstantMs,
  zonedDayNumber,
  zonedDayStartMs,
} from '@learning-centre/feed/tools';
export { parseInstantMs } from '@learning-centre/feed/tools';
export { escapeIcsText, icsUtc, icsWall, joinIcsLines } from '@learning-centre/feed/tools';
export { vtimezoneLines } from '@learning-centre/feed/tools';
