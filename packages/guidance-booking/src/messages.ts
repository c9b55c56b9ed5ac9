/**
 * The booking widget's own UI texts for what every page shows: the heading,
 * the services and the ways to book. The steps' texts load with the steps
 * (step-messages.ts). A page rewords or translates any of them with core's
 * `registerMessages(lang, { 'guidanceBooking.…': '…' })`.
 */
import {
  centreVocabulary,
  defineWidgetMessages,
  guidanceVocabulary,
  type MessageValue,
  useVocabulary,
} from '@learning-centre/core';

/** Swedish: the reference table. */
export const guidanceBookingSv = {
  'guidanceBooking.heading': 'Boka vägledning',
  'guidanceBooking.empty': 'Det går inte att boka vägledning här just nu.',
  'guidanceBooking.services': 'Det här kan du boka',
  'guidanceBooking.duration': '{minutes} minuter',
  'guidanceBooking.mode.on-site': 'På plats',
  'guidanceBooking.mode.phone': 'Telefon',
  'guidanceBooking.mode.video': 'Video',
  'guidanceBooking.ways': 'Så bokar du',
  'guidanceBooking.call': 'Ring {phone}',
  'guidanceBooking.email': 'Mejla {email}',
  'guidanceBooking.bookOnline': 'Boka på webben',
  'guidanceBooking.subject': 'Bokning av vägledning',
  'guidanceBooking.subjectFor': 'Bokning: {service}',
  'guidanceBooking.privacy': 'Så behandlar vi dina personuppgifter',
} as const;

export type GuidanceBookingMessageKey = keyof typeof guidanceBookingSv;

/** English. */
export const guidanceBookingEn: Record<GuidanceBookingMessageKey, MessageValue> = {
  'guidanceBooking.heading': 'Book guidance',
  'guidanceBooking.empty': 'Guidance cannot be booked here right now.',
  'guidanceBooking.services': 'What you can book',
  'guidanceBooking.duration': '{minutes} minutes',
  'guidanceBooking.mode.on-site': 'On site',
  'guidanceBooking.mode.phone': 'Phone',
  'guidanceBooking.mode.video': 'Video',
  'guidanceBooking.ways': 'How to book',
  'guidanceBooking.call': 'Call {phone}',
  'guidanceBooking.email': 'E-mail {email}',
  'guidanceBooking.bookOnline': 'Book online',
  'guidanceBooking.subject': 'Booking guidance',
  'guidanceBooking.subjectFor': 'Booking: {service}',
  'guidanceBooking.privacy': 'How we handle your personal data',
};

/** A booking text in `locale`: `guidanceBookingText('sv', 'guidanceBooking.heading')`. */
export const guidanceBookingText = defineWidgetMessages<GuidanceBookingMessageKey>({
  sv: guidanceBookingSv,
  en: guidanceBookingEn,
});

// The feed's words this widget shows (core's tables hold only what every widget says).
useVocabulary(guidanceVocabulary);
useVocabulary(centreVocabulary);
