/**
 * The booking configuration as the service uses it: validated, defaults
 * applied, times read into minutes and day numbers, references resolved.
 */
import type { ExamInvigilation, GUIDANCE_MODES, LocalizedText } from '../feed.ts';

export type GuidanceMode = (typeof GUIDANCE_MODES)[number];

/** A guidance service that can be booked (same id as in the feed). */
export interface Service {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Meeting length in minutes. */
  duration: number;
  /** The only modes it is offered in; undefined: any. */
  modes?: readonly GuidanceMode[];
  /** `room`: books one of the rooms (on site, language `zxx`); undefined: a counsellor's time. */
  kind?: 'guidance' | 'room';
}

/** A centre: where on-site meetings happen (same id as in the feed). */
export interface Centre {
  id: string;
  name: LocalizedText;
  address?: string;
  /** The centre's exam rules; without them it takes no exam requests. */
  examInvigilation?: ExamInvigilation;
}

/** Days on which nobody can be booked: inclusive day numbers (days since 1970-01-01). */
export interface DayRange {
  fromDay: number;
  toDay: number;
}

/** A holiday or closure, for some centres or (without `centres`) all. */
export interface Closure extends DayRange {
  centres?: ReadonlySet<string>;
}

/** One weekly window of one counsellor, with the counsellor's defaults filled in. */
export interface Window {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: ReadonlySet<number>;
  /** Minutes after local midnight. */
  fromMinute: number;
  toMinute: number;
  /** Minutes between starts; undefined: the service's duration. */
  step?: number;
  centre: string;
  services: readonly string[];
  modes: readonly GuidanceMode[];
  languages: readonly string[];
}

/**
 * Whose time a slot takes: a counsellor, or a room (`room` set). Rooms go
 * through the same slots, holds and exclusion constraints as counsellors.
 */
export interface Counsellor {
  id: string;
  name?: string;
  windows: readonly Window[];
  away: readonly DayRange[];
  /** Set for a room: its name, shown in the booking. */
  room?: { name: LocalizedText };
}

/** The language of a room slot: ISO 639-2 `zxx`, "no linguistic content". */
export const ROOM_LANGUAGE = 'zxx';

export interface BookingConfig {
  /** IANA zone every weekly time and date is read in. */
  timeZone: string;
  holdMs: number;
  minNoticeMs: number;
  maxDaysAhead: number;
  cancelUrl?: string;
  /** Template of the status link in exam e-mails (`{requestId}`, `{token}`). */
  examStatusUrl?: string;
  services: ReadonlyMap<string, Service>;
  centres: ReadonlyMap<string, Centre>;
  closures: readonly Closure[];
  counsellors: readonly Counsellor[];
}

export const DEFAULT_HOLD_MINUTES = 5;
export const DEFAULT_MIN_NOTICE_MINUTES = 60;
export const DEFAULT_MAX_DAYS_AHEAD = 60;
