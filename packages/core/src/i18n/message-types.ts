import type {
  AttendanceMode,
  CentreService,
  CourseLevel,
  CourseMode,
  CourseStatus,
  CreditSystem,
  EventCategory,
  EventStatus,
  GuidanceMode,
  PartnerKind,
  ProviderKind,
  SessionKind,
} from '@learning-centre/feed/widget';
import type { sv } from './messages.sv.ts';
import type { centreVocabulary } from './vocabularies/centres.ts';
import type { courseVocabulary } from './vocabularies/courses.ts';
import type { eventVocabulary } from './vocabularies/events.ts';
import type { guidanceVocabulary } from './vocabularies/guidance.ts';
import type { partnerVocabulary } from './vocabularies/partners.ts';

/**
 * A text that depends on a count: one string per `Intl.PluralRules` category
 * of the language (`other` is required). `#` stands for the formatted count.
 *
 * @example { one: '# kurs', other: '# kurser' }
 */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** One entry of a messages table: a text with `{name}` placeholders, or a plural text. */
export type MessageValue = string | PluralMessage;

/** Values for `{name}` placeholders; numbers are formatted for the language. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A table with the same keys as `T`, its plural texts typed as such. */
type TableOf<T> = { [K in keyof T]: T[K] extends string ? string : PluralMessage };

/** Core's own texts (states, errors, debug, common words). Keys from the Swedish table, the reference. */
export type CoreMessages = TableOf<typeof sv>;

/** Every text of the feed's vocabularies, by key. */
type VocabularyTexts = typeof courseVocabulary.sv &
  typeof eventVocabulary.sv &
  typeof centreVocabulary.sv &
  typeof guidanceVocabulary.sv &
  typeof partnerVocabulary.sv;

/**
 * A full table of UI texts: core's and the vocabularies'. A vocabulary's texts
 * are there once a widget has called `useVocabulary` with it.
 */
export type Messages = TableOf<typeof sv & VocabularyTexts>;

/** A vocabulary's texts in Swedish (the reference) and English, the same keys in both. */
export interface VocabularyPack {
  sv: Readonly<Record<string, MessageValue>>;
  en: Readonly<Record<string, MessageValue>>;
}

/** The name of a UI text. */
export type MessageKey = keyof Messages;

/**
 * Labels every table must have for the feed's vocabularies, so that
 * `` t(`eventStatus.${event.status}`) `` always finds a text.
 */
export type VocabularyKey =
  | `eventStatus.${EventStatus}`
  | `courseStatus.${CourseStatus}`
  | `credits.${CreditSystem}`
  | `creditSystem.${CreditSystem}`
  | `level.${CourseLevel}`
  | `mode.${CourseMode}`
  | `service.${CentreService}`
  | `category.${EventCategory}`
  | `attendance.${AttendanceMode}`
  | `session.${SessionKind}`
  | `guidanceMode.${GuidanceMode}`
  | `providerKind.${ProviderKind}`
  | `partnerKind.${PartnerKind}`;
