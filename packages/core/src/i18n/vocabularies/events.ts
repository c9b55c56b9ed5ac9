import type { VocabularyPack } from '../message-types.ts';

/**
 * Events: statuses, categories and how to attend.
 * Widgets that show them call `useVocabulary(eventVocabulary)` (core's tables hold
 * only what every widget says), so a bundle carries the words it shows.
 */
export const eventVocabulary = {
  sv: {
    'eventStatus.scheduled': 'Planerat',
    'eventStatus.cancelled': 'Inställt',
    'eventStatus.postponed': 'Uppskjutet',
    'eventStatus.rescheduled': 'Nytt datum',
    'eventStatus.moved-online': 'Flyttat till online',
    'eventStatus.full': 'Fullbokat',
    'category.lecture': 'Föreläsning',
    'category.streamed-lecture': 'Streamad föreläsning',
    'category.employer-meeting': 'Arbetsgivarträff',
    'category.open-house': 'Öppet hus',
    'category.guidance-drop-in': 'Drop-in för vägledning',
    'category.exam': 'Tentamen',
    'category.workshop': 'Workshop',
    'category.other': 'Övrigt',
    'attendance.offline': 'På plats',
    'attendance.online': 'Online',
    'attendance.mixed': 'På plats och online',
  },
  en: {
    'eventStatus.scheduled': 'Scheduled',
    'eventStatus.cancelled': 'Cancelled',
    'eventStatus.postponed': 'Postponed',
    'eventStatus.rescheduled': 'Rescheduled',
    'eventStatus.moved-online': 'Moved online',
    'eventStatus.full': 'Fully booked',
    'category.lecture': 'Lecture',
    'category.streamed-lecture': 'Streamed lecture',
    'category.employer-meeting': 'Employer meeting',
    'category.open-house': 'Open house',
    'category.guidance-drop-in': 'Drop-in guidance',
    'category.exam': 'Exam',
    'category.workshop': 'Workshop',
    'category.other': 'Other',
    'attendance.offline': 'In person',
    'attendance.online': 'Online',
    'attendance.mixed': 'In person and online',
  },
} satisfies VocabularyPack;
