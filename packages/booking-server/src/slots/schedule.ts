/**
 * Which slots the configuration offers between two instants, before looking at
 * bookings: each counsellor's weekly windows on each local day, less holidays,
 * closures and days away, read in the configured time zone (so 09:00 stays
 * 09:00 across the daylight-saving change).
 */
import {
  DAY_MS,
  MINUTE_MS,
  instantMsToWallMs,
  wallMsToInstantMs,
  zonedDayNumber,
  isoWeekday,
} from '../feed.ts';
import type { BookingConfig, Counsellor, DayRange, GuidanceMode } from '../config/model.ts';
import { formatSlotId } from './slot-id.ts';

/** What the schedule offers: one slot, with every counsellor who could take it. */
export interface Slot {
  id: string;
  startMs: number;
  endMs: number;
  service: string;
  centre: string;
  mode: GuidanceMode;
  language: string;
  /** Counsellor ids, in configuration order. */
  counsellors: string[];
}

/** Filters for `scheduledSlots`; absent ones match everything. */
export interface SlotQuery {
  /** Slots starting at or after this instant … */
  fromMs: number;
  /** … and before this one. */
  toMs: number;
  service?: string;
  centre?: string;
  mode?: string;
  language?: string;
}

/**
 * Every slot the configuration offers that starts in [fromMs, toMs) and
 * matches the filters, sorted by start, then service, centre, mode, language.
 * Language tags compare case-insensitively. A configuration never changes
 * while the service runs, so each local day's slots are worked out once per
 * set of filters and remembered (a few hundred days × filters at most).
 */
export function scheduledSlots(config: BookingConfig, query: SlotQuery): Slot[] {
  if (query.toMs <= query.fromMs) return [];
  const { timeZone } = config;
  const firstDay = zonedDayNumber(query.fromMs, timeZone);
  const lastDay = zonedDayNumber(query.toMs - 1, timeZone);
  const out: Slot[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const slot of slotsOfDay(config, day, query)) {
      if (slot.startMs >= query.fromMs && slot.startMs < query.toMs) out.push(slot);
    }
  }
  return out;
}

const MAX_CACHED = 2000;
const cache = new WeakMap<BookingConfig, Map<string, readonly Slot[]>>();

/** One local day's slots for the filters, cached; callers must not change them. */
function slotsOfDay(config: BookingConfig, day: number, query: SlotQuery): readonly Slot[] {
  const language = query.language?.toLowerCase();
  const key = [day, query.service, query.centre, query.mode, language].join('|');
  let days = cache.get(config);
  if (!days) cache.set(config, (days = new Map()));
  let slots = days.get(key);
  if (!slots) {
    slots = computeDay(config, day, { ...query, language });
    if (days.size >= MAX_CACHED) days.clear();
    days.set(key, slots);
  }
  return slots;
}

function computeDay(
  config: BookingConfig,
  day: number,
  query: Omit<SlotQuery, 'fromMs' | 'toMs'>,
): Slot[] {
  const { timeZone } = config;
  const { language } = query;
  const slots = new Map<string, Slot & { candidates: Set<string> }>();
  const weekday = isoWeekday(day);
  for (const counsellor of config.counsellors) {
    if (isAway(counsellor, day)) continue;
    for (const window of counsellor.windows) {
      if (!window.weekdays.has(weekday)) continue;
      if (query.centre !== undefined && window.centre !== query.centre) continue;
      if (isClosed(config, window.centre, day)) continue;
      const modes = window.modes.filter((m) => query.mode === undefined || m === query.mode);
      const languages = window.languages.filter(
        (l) => language === undefined || l.toLowerCase() === language,
      );
      if (modes.length === 0 || languages.length === 0) continue;
      for (const serviceId of window.services) {
        if (query.service !== undefined && serviceId !== query.service) continue;
        const service = config.services.get(serviceId);
        if (!service) continue;
        const serviceModes = service.modes
          ? modes.filter((m) => service.modes!.includes(m))
          : modes;
        const step = window.step ?? service.duration;
        for (let m = window.fromMinute; m + service.duration <= window.toMinute; m += step) {
          const wall = day * DAY_MS + m * MINUTE_MS;
          const startMs = wallMsToInstantMs(wall, timeZone);
          // A time the clock skips (spring forward) is not offered.
          if (instantMsToWallMs(startMs, timeZone) !== wall) continue;
          for (const mode of serviceModes) {
            for (const lang of languages) {
              const key = {
                startMs,
                service: serviceId,
                centre: window.centre,
                mode,
                language: lang,
              };
              const id = formatSlotId(key);
              const slot = slots.get(id);
              if (slot) slot.candidates.add(counsellor.id);
              else {
                const endMs = startMs + service.duration * MINUTE_MS;
                slots.set(id, {
                  id,
                  ...key,
                  endMs,
                  counsellors: [],
                  candidates: new Set([counsellor.id]),
                });
              }
            }
          }
        }
      }
    }
  }
  return [...slots.values()]
    .map(({ candidates, ...slot }) =>
      Object.freeze({ ...slot, counsellors: Object.freeze([...candidates]) as string[] }),
    )
    .sort(compareSlots);
}

function compareSlots(a: Slot, b: Slot): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function inRange(range: DayRange, day: number): boolean {
  return day >= range.fromDay && day <= range.toDay;
}

function isAway(counsellor: Counsellor, day: number): boolean {
  return counsellor.away.some((range) => inRange(range, day));
}

function isClosed(config: BookingConfig, centre: string, day: number): boolean {
  return config.closures.some(
    (closure) => inRange(closure, day) && (!closure.centres || closure.centres.has(centre)),
  );
}
