/**
 * @learning-centre/feed/queries — pure functions over a validated feed:
 * search, course and centre filters, opening hours, recurring events in the
 * feed's time zone, exam-invigilation rules and Swedish holidays, and the
 * time-zone arithmetic under them. No DOM.
 */
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
export {
  swedishHolidays,
  swedishHoliday,
  isSwedishWorkingDay,
  addSwedishWorkingDays,
  type SwedishHoliday,
} from './query/swedish-holidays.ts';
export {
  examRuleProblems,
  earliestExamDate,
  examSeatPool,
  examEnd,
  minuteOfDay,
  timeOfMinute,
  type ExamRequestTiming,
  type ExamRequestBody,
  type ExamRuleCode,
  type ExamRuleProblem,
  type ExamSeatPool,
} from './query/exam-rules.ts';
export { examFee, isFreeFor, municipalityKey, type ExamCharge } from './query/exam-fee.ts';
