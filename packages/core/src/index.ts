/**
 * @learning-centre/core — what every learning-centre widget shares: the base
 * element and feed controller, the loading/error/empty states, events,
 * language and UI texts, `Intl` formatting, design tokens and safe URLs.
 * No custom element is defined here.
 */
export { LcElement, type StateRenderers } from './lc-element.ts';
export {
  FeedController,
  type FeedControllerOptions,
  type FeedHost,
  type FeedState,
} from './feed-controller.ts';
export { LocaleController } from './locale-controller.ts';
export {
  FeedConfigError,
  errorMessageKey,
  toWidgetError,
  type WidgetError,
  type WidgetErrorKind,
} from './widget-error.ts';
export {
  dispatchLcEvent,
  type LcErrorDetail,
  type LcErrorEvent,
  type LcEventOptions,
  type LcLoadDetail,
  type LcLoadEvent,
} from './events.ts';
export {
  DEBUG_ISSUE_LIMIT,
  renderDebugPanel,
  renderEmpty,
  renderError,
  renderLoading,
  renderRetryButton,
  type ErrorViewOptions,
  type Translate,
} from './states.ts';
export { stateStyles } from './states.styles.ts';
export {
  DARK_TOKENS,
  TOKEN_DEFAULTS,
  token,
  tokenDeclarations,
  tokens,
  type ColorTokenName,
  type TokenName,
} from './tokens.ts';
export {
  FALLBACK_LANGUAGE,
  format,
  getMessages,
  onMessagesChange,
  registerMessages,
  resolveLocale,
  translate,
  useVocabulary,
} from './i18n/i18n.ts';
export { centreVocabulary } from './i18n/vocabularies/centres.ts';
export { courseVocabulary } from './i18n/vocabularies/courses.ts';
export { eventVocabulary } from './i18n/vocabularies/events.ts';
export { guidanceVocabulary } from './i18n/vocabularies/guidance.ts';
export { partnerVocabulary } from './i18n/vocabularies/partners.ts';
export {
  DEFAULT_LANGUAGE,
  canonicalLanguage,
  isRtlLanguage,
  primaryLanguage,
  resolveDirection,
  resolveLanguage,
} from './i18n/language.ts';
export type {
  MessageKey,
  MessageParams,
  MessageValue,
  CoreMessages,
  Messages,
  PluralMessage,
  VocabularyKey,
  VocabularyPack,
} from './i18n/message-types.ts';
export { sv as messagesSv } from './i18n/messages.sv.ts';
export { en as messagesEn } from './i18n/messages.en.ts';
export {
  formatCredits,
  formatDate,
  formatDateTime,
  formatDistanceKm,
  formatList,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatRelativeDays,
  formatTime,
  formatTimeRange,
  formatWeekday,
  type DateFormatOptions,
  type DateInput,
  type DatePartsOptions,
  type TimeRangeOptions,
} from './format.ts';
export { CONTACT_SCHEMES, WEB_SCHEMES, contactHref, safeUrl } from './safe-url.ts';
export {
  defineWidgetMessages,
  type WidgetMessageTable,
  type WidgetMessageTables,
  type WidgetTranslate,
} from './widget-messages.ts';
export { formatLanguageName } from './format-language.ts';
export {
  fieldDescribedBy,
  renderConsentField,
  renderFieldError,
  type ConsentFieldOptions,
} from './form-field.ts';
export { warnInvalidAttribute } from './attribute-warning.ts';
export {
  parseHeadingLevel,
  renderHeading,
  type HeadingLevel,
  type HeadingOptions,
} from './heading.ts';
