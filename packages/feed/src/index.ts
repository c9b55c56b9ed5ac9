/**
 * @learning-centre/feed — the feed format, loading, validation, queries and
 * output formats. No DOM: runs in browsers and in Node.
 */
export type * from './types.ts';
export type { FeedIssue, JsonSchema } from './schema/dsl.ts';
export * from './schema/feed-definition.ts';
export { validateFeed, formatIssue, FeedSchemaError, type FeedValidation } from './validate.ts';
export { safeUrl, WEB_SCHEMES, CONTACT_SCHEMES } from './safe-url.ts';
export { isKnownTimeZone } from './time/zone.ts';
export {
  loadFeed,
  clearFeedCache,
  FeedLoadError,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type FeedErrorKind,
  type LoadedFeed,
  type LoadFeedOptions,
} from './load.ts';
/** The text of a LocalizedText in the first preferred language that has one (widgets use it too). */
export { pickText, pickLanguage, allTexts, type PreferredLanguages } from './text.ts';
export {
  foldForSearch,
  parseQuery,
  matchesQuery,
  createCourseSearchIndex,
  type CourseSearchIndex,
  type CourseSearchIndexOptions,
} from './query/search.ts';
export {
  filterCourses,
  describeFilter,
  nearestCentres,
  sortCoursesByNearestCentre,
  type CourseFilter,
  type FilterCoursesOptions,
  type CourseFeed,
  type ActiveCourseFilter,
  type CourseDistance,
} from './query/courses.ts';
export { courseFacets, type CourseFacets, type FacetValue } from './query/course-facets.ts';
export {
  applicationState,
  isOpenForApplication,
  startTerm,
  compareStartTerms,
  START_TERMS,
  type ApplicationState,
  type StartTerm,
  type StartTermName,
} from './query/course-dates.ts';
export {
  distanceKm,
  parseLatLon,
  sortCentresByDistance,
  sortCentresByName,
  filterCentres,
  type CentreDistance,
  type CentreFilter,
} from './query/centres.ts';
export {
  openingState,
  openingDay,
  type OpeningState,
  type OpeningDay,
  type TimeRange,
  type LocalMoment,
} from './query/opening-hours.ts';
export {
  courseJsonLd,
  eventJsonLd,
  toJsonLdScriptText,
  type JsonLd,
  type JsonLdOptions,
} from './jsonld.ts';
export {
  filterPartners,
  groupPartnersByKind,
  type PartnerFilter,
  type PartnerGroup,
} from './query/partners.ts';
export {
  COURSE_FILTER_PARAMS,
  COURSE_FILTER_PARAM_PREFIX,
  courseFilterFromParams,
  courseFilterToParams,
  hasCourseFilterParams,
  readCourseFilter,
  type CourseFilterParam,
  type ReadCourseFilter,
  type RejectedFilterValue,
} from './query/course-finder-params.ts';
export {
  courseLocations,
  type CourseLocation,
  type CourseLocations,
  type OtherSession,
} from './query/course-finder-locations.ts';
export {
  zonedWallTimeToInstant,
  instantToZonedParts,
  offsetMinutes,
  startOfZonedDay,
  addZonedDays,
  zonedDateKey,
  zonedDateRange,
  type ZonedParts,
} from './time/zone.ts';
export type { WallTime } from './time/civil.ts';
export { parseFeedDateTime, type FeedDateTime } from './time/parse.ts';
export { zoneTransitions, type ZoneTransition } from './time/transitions.ts';
export {
  expandRecurrence,
  parseRecurrenceRule,
  MAX_OCCURRENCES,
  MAX_RECURRENCE_PERIODS,
  type RecurrenceInput,
  type RecurrenceRule,
  type ByDay,
  type RuleUntil,
  type Frequency,
} from './query/recurrence.ts';
export {
  expandEvents,
  occurrencesByDay,
  DEFAULT_EVENT_DURATION_MS,
  DEFAULT_EVENT_DURATION_DAYS,
  type Occurrence,
  type ExpandEventsOptions,
} from './query/events.ts';
export { toIcs, eventToIcs, ICS_PRODID, type IcsOptions, type IcsFeed } from './ics.ts';
export {
  addDays,
  addMonths,
  endOfMonth,
  isCalendarDate,
  isSameMonth,
  monthGrid,
  startOfMonth,
  startOfWeek,
  weekDates,
  weekdayOf,
  type CalendarDay,
  type IsoWeekday,
  type MonthGrid,
} from './query/calendar-dates.ts';
export {
  calendarOccurrences,
  type CalendarOccurrences,
  type CalendarRange,
} from './query/calendar-occurrences.ts';
export { eventFacets, type EventFacets } from './query/calendar-facets.ts';
export {
  registrationState,
  type RegistrationPhase,
  type RegistrationState,
} from './query/calendar-registration.ts';
