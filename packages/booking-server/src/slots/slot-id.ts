/**
 * Slot ids. A slot is "this service, at this centre, in this mode and
 * language, starting at this instant"; which counsellor takes it is decided
 * when it is held. The id spells those five things out, so it needs no table
 * and stays valid while the configuration still offers the slot:
 * `20260316T080000Z~studievagledning~kalix~on-site~sv`.
 *
 * Clients treat slot ids as opaque strings (docs/booking-protocol.md).
 */
import { icsUtc } from '../feed.ts';
import type { GuidanceMode } from '../config/model.ts';

export interface SlotKey {
  startMs: number;
  service: string;
  centre: string;
  mode: GuidanceMode;
  language: string;
}

const SEPARATOR = '~';
const START = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const MODES: readonly string[] = ['on-site', 'phone', 'video'];
/** The feed's id pattern and language tags never contain `~`, so splitting is unambiguous. */
const PART = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const starts = new Map<number, string>();

/** The id of a slot. */
export function formatSlotId(key: SlotKey): string {
  let start = starts.get(key.startMs);
  if (start === undefined) {
    start = icsUtc(key.startMs);
    if (starts.size >= 10_000) starts.clear();
    starts.set(key.startMs, start);
  }
  return `${start}${SEPARATOR}${key.service}${SEPARATOR}${key.centre}${SEPARATOR}${key.mode}${SEPARATOR}${key.language}`;
}

/** The parts of a slot id, or undefined when it is not one (any length, any text). */
export function parseSlotId(id: string): SlotKey | undefined {
  if (id.length > 300) return undefined;
  const parts = id.split(SEPARATOR);
  if (parts.length !== 5) return undefined;
  const [start, service, centre, mode, language] = parts;
  const m = START.exec(start);
  if (!m || !PART.test(service) || !PART.test(centre) || !PART.test(language)) return undefined;
  if (!MODES.includes(mode)) return undefined;
  const startMs = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  // Date.UTC rolls 2026-02-30 over into March: a round trip catches it.
  if (icsUtc(startMs) !== start) return undefined;
  return { startMs, service, centre, mode: mode as GuidanceMode, language };
}
