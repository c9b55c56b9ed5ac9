/**
 * From scheduled slots to free ones: the bookable time range (minimum notice,
 * days ahead), and which counsellors are still free for each slot given the
 * bookings and holds already made.
 */
import { DAY_MS } from '../feed.ts';
import type { BookingConfig } from '../config/model.ts';
import { type Slot, scheduledSlots } from './schedule.ts';
import { parseSlotId } from './slot-id.ts';

/** A counsellor's time taken by a confirmed booking or an unexpired hold. */
export interface Busy {
  counsellor: string;
  startMs: number;
  endMs: number;
}

/** Instants between which slots may start now: [now + minimum notice, now + days ahead). */
export function bookableRange(
  config: BookingConfig,
  nowMs: number,
): { fromMs: number; toMs: number } {
  return { fromMs: nowMs + config.minNoticeMs, toMs: nowMs + config.maxDaysAhead * DAY_MS };
}

/**
 * The slots that at least one of their counsellors is free for, each with only
 * its free counsellors. Busy time that merely touches a slot (ends as it
 * starts) does not block it.
 */
export function freeSlots(slots: readonly Slot[], busy: readonly Busy[]): Slot[] {
  const byCounsellor = new Map<string, Busy[]>();
  for (const b of busy) {
    const list = byCounsellor.get(b.counsellor);
    if (list) list.push(b);
    else byCounsellor.set(b.counsellor, [b]);
  }
  const free: Slot[] = [];
  for (const slot of slots) {
    const counsellors = slot.counsellors.filter(
      (c) => !byCounsellor.get(c)?.some((b) => b.startMs < slot.endMs && b.endMs > slot.startMs),
    );
    if (counsellors.length > 0) free.push({ ...slot, counsellors });
  }
  return free;
}

/**
 * The slot an id names, if the configuration offers it and it can be held now
 * (inside the bookable range); busy counsellors are not filtered out.
 */
export function findSlot(config: BookingConfig, slotId: string, nowMs: number): Slot | undefined {
  const key = parseSlotId(slotId);
  if (!key) return undefined;
  const range = bookableRange(config, nowMs);
  if (key.startMs < range.fromMs || key.startMs >= range.toMs) return undefined;
  const [slot] = scheduledSlots(config, {
    fromMs: key.startMs,
    toMs: key.startMs + 1,
    service: key.service,
    centre: key.centre,
    mode: key.mode,
    language: key.language,
  });
  return slot?.id === slotId ? slot : undefined;
}
