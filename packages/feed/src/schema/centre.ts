/** `centres[]`: where the learning centres are, when they are open, and their exam rules. */
import {
  INVALID,
  array,
  boolean,
  number,
  object,
  oneOf,
  optional,
  string,
  type Def,
} from './dsl.ts';
import { date, dateTime, email, id, text, time, url } from './fields.ts';
import { addressDef, contactDef, geoDef, localizedText, logoDef } from './shapes.ts';
import { CENTRE_SERVICES, WEEKDAYS } from './vocabulary.ts';

export const openingHoursDef = object({
  weekly: array(
    object({
      days: array(oneOf(WEEKDAYS), { minItems: 1 }),
      opens: time(),
      closes: time(),
    }),
  ),
  exceptions: optional(
    array(
      object({
        date: date(),
        until: optional(date()),
        closed: optional(boolean()),
        opens: optional(time()),
        closes: optional(time()),
        note: optional(localizedText),
      }),
    ),
  ),
  note: optional(localizedText),
});

export const EXAM_SUPPORT = ['computer', 'extended-time', 'separate-room'] as const;
export const LEAD_TIME_UNITS = ['calendar-days', 'working-days'] as const;

export const examSessionDef = object({
  start: time(),
  end: time(),
});

export const examFeeDef = object({
  amount: number({ minimum: 0 }),
  currency: string({ pattern: /^[A-Z]{3}$/, patternName: 'a currency code such as SEK' }),
  payment: optional(localizedText),
});

/**
 * A centre's rules for writing university exams there (_tentamensservice_).
 * A broken section is reported and left out; the centre stays.
 */
export const examInvigilationDef = object({
  email: email(),
  days: array(oneOf(WEEKDAYS), { minItems: 1 }),
  earliestStart: time(),
  latestEnd: time(),
  leadTime: object({
    days: number({ minimum: 0, maximum: 365, integer: true }),
    unit: oneOf(LEAD_TIME_UNITS),
  }),
  seats: number({ minimum: 1, maximum: 1000, integer: true }),
  sessions: optional(array(examSessionDef, { minItems: 1 })),
  freeFor: optional(array(text())),
  fee: optional(examFeeDef),
  bring: optional(localizedText),
  universities: optional(array(id())),
  support: optional(array(oneOf(EXAM_SUPPORT))),
  rulesUrl: optional(url()),
  note: optional(localizedText),
});

/**
 * `def`, except that a value it refuses is reported (its issues stay errors)
 * and then left out, so one broken optional section does not take its parent
 * object with it.
 */
function droppedWhenInvalid<T>(d: Def<T>): Def<T | undefined> & { optional: true } {
  return {
    ...optional(d),
    check: (value, path, ctx, key) => {
      const checked = d.check(value, path, ctx, key);
      return checked === INVALID ? undefined : checked;
    },
  };
}

export const centreDef = object({
  id: id(),
  name: localizedText,
  municipality: text(),
  description: optional(localizedText),
  address: addressDef,
  geo: geoDef,
  openingHours: optional(openingHoursDef),
  services: array(oneOf(CENTRE_SERVICES), { lenient: true }),
  contact: optional(contactDef),
  url: optional(url()),
  image: optional(logoDef),
  examInvigilation: droppedWhenInvalid(examInvigilationDef),
  modified: optional(dateTime()),
});

export const centresSection = optional(array(centreDef, { lenient: true }));
