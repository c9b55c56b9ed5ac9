/** The feed's closed vocabularies: each value a widget may translate. */
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
