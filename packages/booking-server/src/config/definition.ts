/**
 * The shape of `booking.config.json`, written in the feed's schema language so
 * one definition both validates the file (with path-precise messages) and
 * describes it as JSON Schema (`booking.config.schema.json`).
 */
import {
  DATE_PATTERN,
  GUIDANCE_MODES,
  ID_PATTERN,
  LANGUAGE_TAG_PATTERN,
  TIME_PATTERN,
  TIME_ZONE_PATTERN,
  WEEKDAYS,
  array,
  examInvigilationDef,
  doc,
  localizedText,
  number,
  object,
  oneOf,
  optional,
  string,
  type Infer,
} from '../feed.ts';

const id = () => string({ pattern: ID_PATTERN, patternName: 'an id (letters, digits, . _ : -)' });
const date = () => string({ pattern: DATE_PATTERN, patternName: 'a date (YYYY-MM-DD)' });
const time = () => string({ pattern: TIME_PATTERN, patternName: 'a time (HH:MM)' });
const whole = (minimum: number, maximum: number) => number({ minimum, maximum, integer: true });
const languages = () =>
  array(string({ pattern: LANGUAGE_TAG_PATTERN, patternName: 'a language tag such as sv or en' }), {
    minItems: 1,
  });
const modes = () => array(oneOf(GUIDANCE_MODES), { minItems: 1 });
const ids = (what: string) => doc(array(id(), { minItems: 1 }), `Ids of ${what} in this file.`);

/** What a service books: a counsellor's time (default), or a room. */
export const SERVICE_KINDS = ['guidance', 'room'] as const;

export const serviceDef = object({
  id: doc(id(), 'The id of the guidance service in the feed (`guidance.services[].id`).'),
  kind: optional(
    doc(
      oneOf(SERVICE_KINDS),
      '`room`: the service books one of the `rooms` (a group room), not a counsellor. Default `guidance`.',
    ),
  ),
  name: localizedText,
  description: optional(localizedText),
  duration: doc(whole(5, 480), 'Meeting length in minutes.'),
  modes: optional(doc(modes(), 'The only modes this service is offered in (default: any).')),
});

export const centreDef = object({
  id: doc(id(), 'The id of the centre in the feed (`centres[].id`).'),
  name: localizedText,
  address: optional(doc(string({ minLength: 1 }), 'One line, for calendar entries and e-mails.')),
  examInvigilation: optional(
    doc(
      examInvigilationDef,
      "The centre's exam rules, as in the feed's `centres[].examInvigilation`: exam requests are checked against these.",
    ),
  ),
});

export const weeklyDef = object({
  days: array(oneOf(WEEKDAYS), { minItems: 1 }),
  from: doc(time(), 'Local time the first meeting may start.'),
  to: doc(time(), 'Local time the last meeting must have ended.'),
  step: optional(
    doc(whole(5, 480), 'Minutes between possible starts; default: the service’s duration.'),
  ),
  centre: optional(doc(id(), 'Overrides the counsellor’s centre for this window.')),
  services: optional(ids('services offered in this window (default: the counsellor’s)')),
  modes: optional(modes()),
  languages: optional(languages()),
});

export const dateRangeDef = object({
  from: date(),
  to: optional(doc(date(), 'Last day, inclusive; default: the same day as `from`.')),
  note: optional(string({ minLength: 1 })),
});

export const closedDef = object({
  ...dateRangeDef.shape,
  centres: optional(ids('centres that are closed (default: all)')),
});

export const counsellorDef = object({
  id: doc(id(), 'Staff-facing id; never shown to the public.'),
  name: optional(doc(string({ minLength: 1 }), 'Shown only by the `lc-booking` staff CLI.')),
  centre: doc(
    id(),
    'Where on-site meetings take place and which centre phone/video meetings belong to.',
  ),
  services: ids('services this counsellor offers'),
  modes: modes(),
  languages: languages(),
  weekly: array(weeklyDef, { minItems: 1 }),
  away: optional(array(dateRangeDef)),
});

export const roomDef = object({
  id: doc(id(), 'Staff-facing id, unique among counsellors and rooms.'),
  name: doc(localizedText, 'Shown in the booking and its e-mail, so the person finds the room.'),
  centre: doc(id(), 'Where the room is.'),
  services: ids('room services (`kind: "room"`) this room can be booked for'),
  weekly: doc(
    array(
      object({
        days: array(oneOf(WEEKDAYS), { minItems: 1 }),
        from: doc(time(), 'Local time the first booking may start.'),
        to: doc(time(), 'Local time the last booking must have ended.'),
        step: optional(
          doc(whole(5, 480), 'Minutes between possible starts; default: the service’s duration.'),
        ),
      }),
      { minItems: 1 },
    ),
    'Opening hours in which the room can be booked.',
  ),
  away: optional(doc(array(dateRangeDef), 'Days the room cannot be booked.')),
});

export const bookingConfigDef = object({
  $schema: optional(string()),
  timeZone: doc(
    string({
      pattern: TIME_ZONE_PATTERN,
      patternName: 'an IANA time zone such as Europe/Stockholm',
    }),
    'The zone every weekly time and date in this file is read in.',
  ),
  holdMinutes: optional(doc(whole(1, 60), 'How long a hold (lease) lasts; default 5.')),
  minNoticeMinutes: optional(
    doc(whole(0, 60 * 24 * 14), 'How soon before its start a slot can still be held; default 60.'),
  ),
  maxDaysAhead: optional(doc(whole(1, 366), 'How many days ahead slots are offered; default 60.')),
  cancelUrl: optional(
    doc(
      string({ pattern: /^https?:\/\/\S+$/, patternName: 'an http(s) address' }),
      'Link in the confirmation e-mail; `{bookingId}` and `{token}` are replaced. Put them after `#` so they never reach a server log.',
    ),
  ),
  examStatusUrl: optional(
    doc(
      string({ pattern: /^https?:\/\/\S+$/, patternName: 'an http(s) address' }),
      'Link to an exam request’s status in e-mails; `{requestId}` and `{token}` are replaced. Put them after `#`.',
    ),
  ),
  services: array(serviceDef, { minItems: 1 }),
  centres: array(centreDef, { minItems: 1 }),
  closed: optional(array(closedDef)),
  counsellors: array(counsellorDef, { minItems: 1 }),
  rooms: optional(
    doc(
      array(roomDef),
      'Rooms booked through the same slots as counsellors (service `kind: "room"`): one booking at a time per room.',
    ),
  ),
});

/** `booking.config.json` as written (before defaults and cross-checks). */
export type BookingConfigInput = Infer<typeof bookingConfigDef>;
export type ServiceInput = Infer<typeof serviceDef>;
export type CentreInput = Infer<typeof centreDef>;
export type WeeklyInput = Infer<typeof weeklyDef>;
export type CounsellorInput = Infer<typeof counsellorDef>;
export type RoomInput = Infer<typeof roomDef>;
