/** Made-up events between November 2026 and June 2027, some recurring, some with changed plans. */
import {
  civilDate,
  dayKey,
  dayNumber,
  daysInMonth,
  isoWeekday,
  pad,
} from '../../src/time/civil.ts';
import type { Centre, FeedEvent, Provider } from '../../src/types.ts';
import type { Dice } from './dice.ts';
import { SITE, at, split, text } from './format.ts';
import { EVENT_TITLES, STATUS_NOTES } from './words.ts';

const FIRST_DAY = dayNumber(2026, 11, 1);
const SPAN_DAYS = 242; // to the end of June 2027
/** Weekly series skip these days (inclusive): centres close over Christmas and New Year. */
const CHRISTMAS = [dayNumber(2026, 12, 21), dayNumber(2027, 1, 6)] as const;
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
// prettier-ignore
const CATEGORY_WEIGHTS = {
  lecture: 15, 'streamed-lecture': 12, 'employer-meeting': 10, 'open-house': 8,
  'guidance-drop-in': 15, exam: 10, workshop: 20, other: 10,
};
const STATUS_WEIGHTS = {
  scheduled: 85,
  cancelled: 4,
  postponed: 2,
  rescheduled: 2,
  'moved-online': 3,
  full: 4,
};

/** What events are made from: centres, providers and title topics ('Swedish|English'). */
export interface EventBlocks {
  centres: Centre[];
  providers: Provider[];
  topics: string[];
}

/** The `i`th made-up event (its id ends in i + 1). */
export function makeEvent(
  i: number,
  dice: Dice,
  { centres, providers, topics }: EventBlocks,
): FeedEvent {
  const id = `event-${pad(i + 1, 5)}`;
  const category = dice.weighted(CATEGORY_WEIGHTS);
  const topic = dice.pick(topics);
  let day = FIRST_DAY + dice.int(0, SPAN_DAYS - 1);
  // Weekdays only, except exams (Saturday exam days are common).
  if (isoWeekday(day) >= 6 && category !== 'exam') day += 8 - isoWeekday(day);
  const allDay = dice.chance(0.07);
  const minutes = dice.int(32, 76) * 15; // 08:00–19:00
  const event: FeedEvent = {
    id,
    title: text(dice.pick(EVENT_TITLES[category]), topic),
    category,
    // All-day events last one to five days.
    start: allDay ? dayKey(day) : at(day, minutes),
    end: allDay
      ? dayKey(day + dice.int(0, 4))
      : at(day, minutes + dice.pick([45, 60, 90, 120, 180])),
  };
  if (dice.chance(0.5)) {
    const [sv, en] = split(topic);
    event.description = { sv: `Välkommen! ${sv}.`, en: `Welcome! ${en}.` };
  }
  const online = category === 'streamed-lecture' || dice.chance(0.1);
  if (category === 'streamed-lecture' || !online) event.centre = dice.pick(centres).id;
  if (online) event.onlineUrl = `https://play.larcentrumisamverkan.se/${id}`;
  event.attendanceMode = online ? (event.centre ? 'mixed' : 'online') : 'offline';
  if (dice.chance(0.25)) event.provider = dice.pick(providers).id;
  event.status = dice.weighted(STATUS_WEIGHTS);
  const note = STATUS_NOTES[event.status];
  if (note) event.statusNote = text(note);
  if (event.status === 'moved-online') {
    event.onlineUrl ??= `https://meet.larcentrumisamverkan.se/${id}`;
    event.attendanceMode = 'online';
  }
  if (dice.chance(0.3)) {
    const opens = dayKey(day - dice.int(20, 60));
    event.registration = {
      url: `${SITE}/anmalan/${id}`,
      opens,
      closes: dayKey(day - dice.int(1, 5)),
    };
  }
  if (!allDay && dice.chance(0.15)) event.recurrence = recurrence(day, minutes, dice);
  event.url = `${SITE}/kalender/${id}`;
  return event;
}

/** A weekly rule (skipping Christmas) or a monthly one ('2TU', '-1FR') whose first occurrence is `day`. */
function recurrence(day: number, minutes: number, dice: Dice): FeedEvent['recurrence'] {
  const weekday = WEEKDAY_CODES[isoWeekday(day) - 1];
  if (dice.chance(0.7)) {
    const interval = dice.chance(0.8) ? 1 : 2;
    const count = dice.int(4, 20);
    const exdates: string[] = [];
    for (let k = 0, d = day; k < count; k++, d += 7 * interval)
      if (d >= CHRISTMAS[0] && d <= CHRISTMAS[1]) exdates.push(at(d, minutes));
    return {
      rrule: `FREQ=WEEKLY;${interval > 1 ? `INTERVAL=${interval};` : ''}BYDAY=${weekday};COUNT=${count}`,
      ...(exdates.length && { exdates }),
    };
  }
  const { year, month, day: dom } = civilDate(day);
  const ordinal = dom + 7 > daysInMonth(year, month) ? -1 : Math.ceil(dom / 7);
  return { rrule: `FREQ=MONTHLY;BYDAY=${ordinal}${weekday};UNTIL=20270630` };
}
