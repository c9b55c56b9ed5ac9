/** `providers[]`, `subjects[]` and `courses[]`: what can be studied near home. */
import { array, number, object, oneOf, optional } from './dsl.ts';
import { date, dateOrDateTime, dateTime, id, languageTag, text, url } from './fields.ts';
import { localizedText, logoDef } from './shapes.ts';
import {
  COURSE_LEVELS,
  COURSE_MODES,
  COURSE_STATUSES,
  CREDIT_SYSTEMS,
  PROVIDER_KINDS,
  SESSION_KINDS,
} from './vocabulary.ts';

export const providerDef = object({
  id: id(),
  name: localizedText,
  kind: oneOf(PROVIDER_KINDS),
  url: optional(url()),
  logo: optional(logoDef),
});

export const subjectDef = object({
  id: id(),
  name: localizedText,
});

export const courseSessionDef = object({
  title: localizedText,
  kind: optional(oneOf(SESSION_KINDS)),
  start: dateOrDateTime(),
  end: optional(dateOrDateTime()),
  centre: optional(id()),
});

export const courseDef = object({
  id: id(),
  code: optional(text()),
  title: localizedText,
  description: optional(localizedText),
  provider: id(),
  level: oneOf(COURSE_LEVELS),
  subjects: optional(array(id())),
  credits: optional(
    object({
      value: number({ minimum: 0 }),
      system: oneOf(CREDIT_SYSTEMS),
    }),
  ),
  pace: optional(number({ exclusiveMinimum: 0, maximum: 100 })),
  mode: oneOf(COURSE_MODES),
  languages: optional(array(languageTag())),
  start: optional(date()),
  end: optional(date()),
  applicationPeriod: optional(
    object({
      opens: optional(date()),
      closes: optional(date()),
    }),
  ),
  url: optional(url()),
  applyUrl: optional(url()),
  centres: optional(array(id())),
  sessions: optional(array(courseSessionDef)),
  status: optional(oneOf(COURSE_STATUSES)),
  modified: optional(dateTime()),
});

export const providersSection = optional(array(providerDef, { lenient: true }));
export const subjectsSection = optional(array(subjectDef, { lenient: true }));
export const coursesSection = optional(array(courseDef, { lenient: true }));
