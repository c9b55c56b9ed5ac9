/**
 * Field definitions used across the feed's sections. Factories, so each use
 * gets its own definition; marked free of side effects so a bundle keeps only
 * the sections it uses.
 */
import { anyOf, string } from './dsl.ts';
import {
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  ID_PATTERN,
  LANGUAGE_TAG_PATTERN,
  TIME_PATTERN,
} from './patterns.ts';

/* @__NO_SIDE_EFFECTS__ */
export function id() {
  return string({ pattern: ID_PATTERN, patternName: 'an id (letters, digits, . _ : -)' });
}

/* @__NO_SIDE_EFFECTS__ */
export function text() {
  return string({ minLength: 1 });
}

/* @__NO_SIDE_EFFECTS__ */
export function url() {
  return string({ pattern: /^\S+$/, patternName: 'a web address without spaces' });
}

/* @__NO_SIDE_EFFECTS__ */
export function email() {
  return string({ pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, patternName: 'an e-mail address' });
}

/* @__NO_SIDE_EFFECTS__ */
export function phone() {
  return string({ pattern: /^\+?[0-9][0-9 ()-]{4,}$/, patternName: 'a phone number' });
}

/* @__NO_SIDE_EFFECTS__ */
export function languageTag() {
  return string({ pattern: LANGUAGE_TAG_PATTERN, patternName: 'a language tag such as sv or en' });
}

/* @__NO_SIDE_EFFECTS__ */
export function date() {
  return string({ pattern: DATE_PATTERN, patternName: 'a date (YYYY-MM-DD)' });
}

/* @__NO_SIDE_EFFECTS__ */
export function dateTime() {
  return string({
    pattern: DATE_TIME_PATTERN,
    patternName: 'a date-time with offset (2026-03-01T18:00+01:00)',
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function dateOrDateTime() {
  return anyOf(
    [date(), dateTime()],
    'a date (YYYY-MM-DD) or a date-time with offset (2026-03-01T18:00+01:00)',
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function time() {
  return string({ pattern: TIME_PATTERN, patternName: 'a time (HH:MM)' });
}
