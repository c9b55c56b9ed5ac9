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
} from '@learning-centre/feed';
import type { sv } from './messages.sv.ts';

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

/** A full table of UI texts. Its keys come from the Swedish table, the reference. */
export type Messages = {
  [K in keyof typeof sv]: (typeof sv)[K] extends string ? string : PluralMessage;
};

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
