/**
 * A centre's hours for today and whether it is open now, in words: computed
 * by `openingState` on the feed's clock, exceptions (holidays) included.
 */
import { formatDateTime, formatList, formatTime } from '@learning-centre/core';
import { type LocalizedText, type OpeningHours } from '@learning-centre/feed/widget';
import { openingState, type OpeningState, type TimeRange } from '@learning-centre/feed/queries';
import type { CardContext } from './card-context.ts';

/** What a card shows about opening hours, as text. */
export interface OpeningView {
  /** False when the feed gives no hours for today: say nothing about open or closed. */
  known: boolean;
  open: boolean;
  /** After "Öppet nu" / "Stängt nu": " · stänger 20:00", " · öppnar tis 3 mars 08:00", or ''. */
  next: string;
  /** Today's hours: "08:00–12:00, 13:00–17:00", "Stängt", "Öppet dygnet runt"; '' when unknown. */
  today: string;
  /** Today's exception note ("Julstängt") and the hours' general note, joined; '' when none. */
  notes: string;
}

/** Formatted times by language and value: a list of 300 centres repeats a handful of them. */
const times = new Map<string, string>();
const MAX_CACHED_TIMES = 1000;

function cached(key: string, make: () => string): string {
  let value = times.get(key);
  if (value === undefined) {
    if (times.size >= MAX_CACHED_TIMES) times.clear();
    value = make();
    times.set(key, value);
  }
  return value;
}

/** 'HH:MM' of the feed as the reader's language writes times ("08:00", "8:00 AM"). */
function clock(time: string, lang: string): string {
  return cached(`${lang}|${time}`, () => {
    const [hours, minutes] = time.split(':').map(Number);
    return formatTime(Date.UTC(2000, 0, 1, hours, minutes), { lang, timeZone: 'UTC' });
  });
}

function range({ opens, closes }: TimeRange, context: CardContext): string {
  if (opens === '00:00' && closes === '24:00') return context.labels.openAllDay;
  return `${clock(opens, context.lang)}–${clock(closes, context.lang)}`;
}

/** A moment later today as a time; another day with its weekday and date. */
function when(at: Date, date: string, today: string, context: CardContext): string {
  const options = { lang: context.lang, timeZone: context.timeZone };
  const sameDay = date === today;
  return cached(`${options.lang}|${options.timeZone}|${at.getTime()}|${sameDay}`, () =>
    sameDay ? formatTime(at, options) : formatDateTime(at, options),
  );
}

/** The last state computed for some hours, reused while the minute and zone stay the same (re-renders, re-sorting). */
const states = new WeakMap<
  OpeningHours,
  { timeZone: string; minute: number; state: OpeningState }
>();

function stateAt(hours: OpeningHours | undefined, now: Date, timeZone: string): OpeningState {
  if (!hours) return openingState(hours, now, timeZone);
  const minute = Math.floor(now.getTime() / 60_000);
  const known = states.get(hours);
  if (known?.minute === minute && known.timeZone === timeZone) return known.state;
  const state = openingState(hours, now, timeZone);
  states.set(hours, { timeZone, minute, state });
  return state;
}

/** The notes to show today, as one text. */
function notesOf(
  today: LocalizedText | undefined,
  general: LocalizedText | undefined,
  context: CardContext,
): string {
  if (today === undefined) return general === undefined ? '' : context.text(general);
  return general === undefined
    ? context.text(today)
    : `${context.text(today)} ${context.text(general)}`;
}

/** How a card describes `hours` at `context.now`. */
export function describeOpening(
  hours: OpeningHours | undefined,
  context: CardContext,
): OpeningView {
  const state = stateAt(hours, context.now, context.timeZone);
  const notes = notesOf(state.today.note, hours?.note, context);
  if (!state.known) return { known: false, open: false, next: '', today: '', notes };
  const { today } = state;
  let next = '';
  if (state.open && state.closesAt) {
    const time = when(state.closesAt.at, state.closesAt.date, today.date, context);
    next = ` · ${context.labels.closesAt(time)}`;
  } else if (!state.open && state.opensNext) {
    const time = when(state.opensNext.at, state.opensNext.date, today.date, context);
    next = ` · ${context.labels.opensAt(time)}`;
  }
  const hoursToday = today.closed
    ? context.labels.closed
    : formatList(
        today.ranges.map((r) => range(r, context)),
        context.lang,
        { type: 'unit', style: 'short' },
      );
  return { known: true, open: state.open, next, today: hoursToday, notes };
}
