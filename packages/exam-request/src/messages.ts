/**
 * The exam widget's own UI texts for what every page shows first: the heading
 * and the centre's rules in plain language. The form's, the receipt's and the
 * status page's texts load with them (steps-messages.ts). A page rewords or
 * translates any of them with core's `registerMessages(lang, { 'examRequest.…': '…' })`.
 */
import { defineWidgetMessages, type MessageValue } from '@learning-centre/core';

/** Swedish: the reference table. */
export const examRequestSv = {
  'examRequest.heading': 'Skriv tentamen hos oss',
  'examRequest.empty': 'Det går inte att skriva tentamen här just nu.',
  'examRequest.centre': 'Lärcentrum',
  'examRequest.rules': 'Så går det till',
  'examRequest.cost': 'Kostnad',
  'examRequest.free': 'Det kostar ingenting att skriva tentamen här.',
  'examRequest.freeFor': 'Gratis för dig som bor i {places}.',
  'examRequest.feeOthers': 'Andra betalar {amount} per tentamen.',
  'examRequest.feeAll': 'Det kostar {amount} per tentamen.',
  'examRequest.ahead': 'Hur långt i förväg',
  'examRequest.lead.working-days': {
    one: 'Skicka din förfrågan minst # arbetsdag före tentan. Helger och helgdagar räknas inte.',
    other:
      'Skicka din förfrågan minst # arbetsdagar före tentan. Helger och helgdagar räknas inte.',
  },
  'examRequest.lead.calendar-days': {
    one: 'Skicka din förfrågan minst # dag före tentan.',
    other: 'Skicka din förfrågan minst # dagar före tentan.',
  },
  'examRequest.earliest': 'Frågar du i dag kan du tidigast skriva {date}.',
  'examRequest.bring': 'Ta med',
  'examRequest.when': 'När',
  'examRequest.hours': 'Tentor skrivs {days} mellan {from} och {to}, inte på helgdagar.',
  'examRequest.dayRange': '{from}–{to}',
  'examRequest.sessions': 'Varje tentamen ska rymmas i ett av passen {sessions}.',
  'examRequest.seats': { one: 'Vi har # plats per dag.', other: 'Vi har # platser per dag.' },
  'examRequest.seatsSession': {
    one: 'Vi har # plats per pass.',
    other: 'Vi har # platser per pass.',
  },
  'examRequest.support': 'Stöd',
  'examRequest.supportOffered': 'Behöver du det kan vi ordna {support}.',
  'examRequest.supportName.computer': 'dator',
  'examRequest.supportName.extended-time': 'förlängd skrivtid',
  'examRequest.supportName.separate-room': 'eget rum',
  'examRequest.universities': 'Lärosäten',
  'examRequest.universitiesOnly': 'Vi tar emot tentor från {names}.',
  'examRequest.examAddress': 'Tentamensadress',
  'examRequest.examAddressText':
    'När du anmäler dig till tentan hos lärosätet ber du att den skickas till den här adressen:',
  'examRequest.note': 'Bra att veta',
  'examRequest.rulesLink': 'Alla regler för tentamen hos {centre}',
  'examRequest.writeTo': 'Mejla {email}',
} as const;

export type ExamRequestMessageKey = keyof typeof examRequestSv;

/** English. */
export const examRequestEn: Record<ExamRequestMessageKey, MessageValue> = {
  'examRequest.heading': 'Write your exam here',
  'examRequest.empty': 'Exams cannot be written here right now.',
  'examRequest.centre': 'Learning centre',
  'examRequest.rules': 'How it works',
  'examRequest.cost': 'Cost',
  'examRequest.free': 'Writing an exam here is free of charge.',
  'examRequest.freeFor': 'Free if you live in {places}.',
  'examRequest.feeOthers': 'Everyone else pays {amount} per exam.',
  'examRequest.feeAll': 'It costs {amount} per exam.',
  'examRequest.ahead': 'How far ahead',
  'examRequest.lead.working-days': {
    one: 'Send your request at least # working day before the exam. Weekends and public holidays do not count.',
    other:
      'Send your request at least # working days before the exam. Weekends and public holidays do not count.',
  },
  'examRequest.lead.calendar-days': {
    one: 'Send your request at least # day before the exam.',
    other: 'Send your request at least # days before the exam.',
  },
  'examRequest.earliest': 'If you ask today, the earliest date is {date}.',
  'examRequest.bring': 'What to bring',
  'examRequest.when': 'When',
  'examRequest.hours': 'Exams are written {days} between {from} and {to}, not on public holidays.',
  'examRequest.dayRange': '{from} to {to}',
  'examRequest.sessions': 'Each exam must fit within one sitting: {sessions}.',
  'examRequest.seats': { one: 'We have # seat a day.', other: 'We have # seats a day.' },
  'examRequest.seatsSession': {
    one: 'We have # seat per sitting.',
    other: 'We have # seats per sitting.',
  },
  'examRequest.support': 'Support',
  'examRequest.supportOffered': 'If you need it, we can arrange {support}.',
  'examRequest.supportName.computer': 'a computer',
  'examRequest.supportName.extended-time': 'extended time',
  'examRequest.supportName.separate-room': 'a separate room',
  'examRequest.universities': 'Universities',
  'examRequest.universitiesOnly': 'We invigilate exams from {names}.',
  'examRequest.examAddress': 'Exam address',
  'examRequest.examAddressText':
    'When you register for the exam with your university, ask for it to be sent to this address:',
  'examRequest.note': 'Good to know',
  'examRequest.rulesLink': 'All exam rules at {centre}',
  'examRequest.writeTo': 'E-mail {email}',
};

/** An exam-request text in `locale`: `examRequestText('sv', 'examRequest.heading')`. */
export const examRequestText = defineWidgetMessages<ExamRequestMessageKey>({
  sv: examRequestSv,
  en: examRequestEn,
});
