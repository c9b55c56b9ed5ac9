/**
 * The calendar's own UI texts (event categories, statuses, "Heldag", "Online",
 * "Anmäl dig" and "Lägg till i kalendern" come from core's tables). A page
 * rewords or translates them with core's
 * `registerMessages(lang, { 'eventCalendar.…': '…' })`.
 */
import {
  defineWidgetMessages,
  eventVocabulary,
  type MessageValue,
  useVocabulary,
} from '@learning-centre/core';

/** Swedish: the reference table. */
const sv = {
  'eventCalendar.label': 'Kalender',
  'eventCalendar.empty': 'Det finns inga evenemang att visa just nu.',
  'eventCalendar.views': 'Visa som',
  'eventCalendar.view.list': 'Lista',
  'eventCalendar.view.month': 'Månad',
  'eventCalendar.view.week': 'Vecka',
  'eventCalendar.navigation': 'Välj period',
  'eventCalendar.previous.list': 'Föregående period',
  'eventCalendar.next.list': 'Nästa period',
  'eventCalendar.previous.month': 'Föregående månad',
  'eventCalendar.next.month': 'Nästa månad',
  'eventCalendar.previous.week': 'Föregående vecka',
  'eventCalendar.next.week': 'Nästa vecka',
  'eventCalendar.today': 'Idag',
  'eventCalendar.filters': 'Filtrera evenemang',
  'eventCalendar.category': 'Kategori',
  'eventCalendar.centre': 'Lärcentrum',
  'eventCalendar.allCentres': 'Alla lärcentrum',
  'eventCalendar.count': { one: '# evenemang', other: '# evenemang' },
  'eventCalendar.countOf': 'Visar {shown} av {total} evenemang',
  'eventCalendar.none': 'Inga evenemang under den här perioden.',
  'eventCalendar.noneOnDay': 'Inga evenemang',
  'eventCalendar.dayCount': { one: '# evenemang', other: '# evenemang' },
  'eventCalendar.more': { one: '+# till', other: '+# till' },
  'eventCalendar.timeZone': 'Tider visas i {zone}',
  'eventCalendar.allDayRange': 'Heldag, {range}',
  'eventCalendar.online': 'Delta online',
  'eventCalendar.stream': 'Se sändningen',
  'eventCalendar.readMore': 'Läs mer',
  'eventCalendar.registrationOpens': 'Anmälan öppnar {date}',
  'eventCalendar.subscribe': 'Prenumerera på kalendern',
  'eventCalendar.close': 'Stäng',
  'eventCalendar.gridHelp':
    'Flytta mellan dagar med piltangenterna, byt månad med Page Up och Page Down. Enter visar dagens evenemang.',
} satisfies Record<string, MessageValue>;

export type EventCalendarMessageKey = keyof typeof sv;

/** English. */
const en: Record<EventCalendarMessageKey, MessageValue> = {
  'eventCalendar.label': 'Calendar',
  'eventCalendar.empty': 'There are no events to show right now.',
  'eventCalendar.views': 'Show as',
  'eventCalendar.view.list': 'List',
  'eventCalendar.view.month': 'Month',
  'eventCalendar.view.week': 'Week',
  'eventCalendar.navigation': 'Choose period',
  'eventCalendar.previous.list': 'Previous period',
  'eventCalendar.next.list': 'Next period',
  'eventCalendar.previous.month': 'Previous month',
  'eventCalendar.next.month': 'Next month',
  'eventCalendar.previous.week': 'Previous week',
  'eventCalendar.next.week': 'Next week',
  'eventCalendar.today': 'Today',
  'eventCalendar.filters': 'Filter events',
  'eventCalendar.category': 'Category',
  'eventCalendar.centre': 'Learning centre',
  'eventCalendar.allCentres': 'All learning centres',
  'eventCalendar.count': { one: '# event', other: '# events' },
  'eventCalendar.countOf': 'Showing {shown} of {total} events',
  'eventCalendar.none': 'No events in this period.',
  'eventCalendar.noneOnDay': 'No events',
  'eventCalendar.dayCount': { one: '# event', other: '# events' },
  'eventCalendar.more': { one: '+# more', other: '+# more' },
  'eventCalendar.timeZone': 'Times shown in {zone}',
  'eventCalendar.allDayRange': 'All day, {range}',
  'eventCalendar.online': 'Join online',
  'eventCalendar.stream': 'Watch the stream',
  'eventCalendar.readMore': 'Read more',
  'eventCalendar.registrationOpens': 'Registration opens {date}',
  'eventCalendar.subscribe': 'Subscribe to the calendar',
  'eventCalendar.close': 'Close',
  'eventCalendar.gridHelp':
    'Move between days with the arrow keys and between months with Page Up and Page Down. Enter shows the day’s events.',
};

/** A calendar text in `locale`: `eventCalendarText('sv', 'eventCalendar.today')`. */
export const eventCalendarText = defineWidgetMessages<EventCalendarMessageKey>({ sv, en });

// The feed's words this widget shows (core's tables hold only what every widget says).
useVocabulary(eventVocabulary);
