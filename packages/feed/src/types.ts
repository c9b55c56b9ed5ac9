/**
 * TypeScript types of the feed, inferred from the definitions in
 * `schema/feed-definition.ts` so that types, validator and JSON Schema are one.
 */
import type { Infer } from './schema/dsl.ts';
import type * as d from './schema/feed-definition.ts';

export type LocalizedText = Infer<typeof d.localizedText>;
export type Contact = Infer<typeof d.contactDef>;
export type Logo = Infer<typeof d.logoDef>;
export type Geo = Infer<typeof d.geoDef>;
export type Address = Infer<typeof d.addressDef>;
export type OpeningHours = Infer<typeof d.openingHoursDef>;
export type Centre = Infer<typeof d.centreDef>;
export type ExamInvigilation = Infer<typeof d.examInvigilationDef>;
export type ExamSession = Infer<typeof d.examSessionDef>;
export type ExamFee = Infer<typeof d.examFeeDef>;
export type Provider = Infer<typeof d.providerDef>;
export type Subject = Infer<typeof d.subjectDef>;
export type CourseSession = Infer<typeof d.courseSessionDef>;
export type Course = Infer<typeof d.courseDef>;
export type Recurrence = Infer<typeof d.recurrenceDef>;
export type FeedEvent = Infer<typeof d.eventDef>;
export type GuidanceService = Infer<typeof d.guidanceServiceDef>;
export type Guidance = Infer<typeof d.guidanceDef>;
export type Partner = Infer<typeof d.partnerDef>;

/** A feed after validation: every collection present (maybe empty), broken items left out. */
export type Feed = Omit<
  Infer<typeof d.feedDef>,
  'centres' | 'providers' | 'subjects' | 'courses' | 'events' | 'partners'
> & {
  centres: Centre[];
  providers: Provider[];
  subjects: Subject[];
  courses: Course[];
  events: FeedEvent[];
  partners: Partner[];
};

export type CentreService = (typeof d.CENTRE_SERVICES)[number];
export type ProviderKind = (typeof d.PROVIDER_KINDS)[number];
export type CourseLevel = (typeof d.COURSE_LEVELS)[number];
export type CreditSystem = (typeof d.CREDIT_SYSTEMS)[number];
export type CourseMode = (typeof d.COURSE_MODES)[number];
export type CourseStatus = (typeof d.COURSE_STATUSES)[number];
export type SessionKind = (typeof d.SESSION_KINDS)[number];
export type EventCategory = (typeof d.EVENT_CATEGORIES)[number];
export type EventStatus = (typeof d.EVENT_STATUSES)[number];
export type AttendanceMode = (typeof d.ATTENDANCE_MODES)[number];
export type GuidanceMode = (typeof d.GUIDANCE_MODES)[number];
export type PartnerKind = (typeof d.PARTNER_KINDS)[number];
export type Weekday = (typeof d.WEEKDAYS)[number];
export type ExamSupport = (typeof d.EXAM_SUPPORT)[number];
export type LeadTimeUnit = (typeof d.LEAD_TIME_UNITS)[number];
