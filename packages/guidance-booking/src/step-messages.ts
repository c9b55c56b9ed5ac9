/**
 * The booking steps' texts, loaded with the steps; the widget's other texts
 * (messages.ts) are included. A page rewords or translates them with core's
 * `registerMessages(lang, { 'guidanceBooking.…': '…' })`.
 */
import { defineWidgetMessages, type MessageValue } from '@learning-centre/core';
import { guidanceBookingEn, guidanceBookingSv } from './messages.ts';

/** Swedish: the reference table. */
const sv = {
  ...guidanceBookingSv,
  'guidanceBooking.step.service': 'Vad vill du prata om?',
  'guidanceBooking.step.options': 'Hur vill du träffas?',
  'guidanceBooking.step.time': 'Välj dag och tid',
  'guidanceBooking.step.details': 'Dina uppgifter',
  'guidanceBooking.step.done': 'Du är bokad',
  'guidanceBooking.next': 'Fortsätt',
  'guidanceBooking.back': 'Tillbaka',
  'guidanceBooking.modes': 'Sätt att träffas',
  'guidanceBooking.centre': 'Lärcentrum',
  'guidanceBooking.language': 'Språk',

  'guidanceBooking.prevMonth': 'Föregående månad',
  'guidanceBooking.nextMonth': 'Nästa månad',
  'guidanceBooking.gridHelp':
    'Piltangenterna byter dag, Page Up och Page Down byter månad, Enter väljer dagen.',
  'guidanceBooking.freeTimes': { one: '# ledig tid', other: '# lediga tider' },
  'guidanceBooking.noTimes': 'inga lediga tider',
  'guidanceBooking.loadingTimes': 'Hämtar lediga tider…',
  'guidanceBooking.monthEmpty': 'Inga lediga tider den här månaden. Prova nästa månad.',
  'guidanceBooking.pickDay': 'Välj en dag med lediga tider i kalendern.',
  'guidanceBooking.timesOn': 'Lediga tider {day}',

  'guidanceBooking.name': 'Namn',
  'guidanceBooking.emailField': 'E-post',
  'guidanceBooking.phoneField': 'Telefon',
  'guidanceBooking.message': 'Meddelande (frivilligt)',
  'guidanceBooking.contactHint': 'Ange e-post, telefon eller båda.',
  'guidanceBooking.contactHint.phone': 'Vi ringer dig på telefonnumret.',
  'guidanceBooking.contactHint.video': 'Vi mejlar länken till videomötet.',
  'guidanceBooking.consent': 'Jag godkänner att mina uppgifter används för bokningen.',
  'guidanceBooking.consentShort': 'godkännande',
  'guidanceBooking.newTab': '(öppnas i en ny flik)',
  'guidanceBooking.book': 'Boka',

  'guidanceBooking.error.required': 'Fyll i det här fältet.',
  'guidanceBooking.error.contact-required': 'Ange e-post eller telefon.',
  'guidanceBooking.error.format': 'Kontrollera att det är rätt skrivet.',
  'guidanceBooking.error.too-long': 'Texten är för lång.',
  'guidanceBooking.error.must-be-true': 'Du behöver godkänna det för att kunna boka.',
  'guidanceBooking.problem.validation': 'Kontrollera: {fields}.',
  'guidanceBooking.problem.taken':
    'Tiden hann bokas av någon annan. Välj en ny tid – det du har fyllt i finns kvar.',
  'guidanceBooking.problem.network':
    'Vi fick ingen kontakt med bokningen. Kontrollera anslutningen och försök igen – inget du har fyllt i är borta.',
  'guidanceBooking.problem.unavailable':
    'Bokningen fungerar inte just nu. Försök igen om en stund eller boka på något annat sätt.',

  'guidanceBooking.when': 'När',
  'guidanceBooking.where': 'Var',
  'guidanceBooking.callYou': 'Vi ringer dig på {phone}.',
  'guidanceBooking.videoLink': 'Vi mejlar en länk till videomötet till {email}.',
  'guidanceBooking.reference': 'Bokningsnummer',
  'guidanceBooking.cancel': 'Vill du avboka eller byta tid? Hör av dig och ange bokningsnumret.',
  'guidanceBooking.cancelSubject': 'Avbokning {reference}',
} as const;

export type StepMessageKey = keyof typeof sv;

/** English. */
const en: Record<StepMessageKey, MessageValue> = {
  ...guidanceBookingEn,
  'guidanceBooking.step.service': 'What would you like to talk about?',
  'guidanceBooking.step.options': 'How would you like to meet?',
  'guidanceBooking.step.time': 'Choose a day and time',
  'guidanceBooking.step.details': 'Your details',
  'guidanceBooking.step.done': 'You are booked',
  'guidanceBooking.next': 'Continue',
  'guidanceBooking.back': 'Back',
  'guidanceBooking.modes': 'Way to meet',
  'guidanceBooking.centre': 'Learning centre',
  'guidanceBooking.language': 'Language',

  'guidanceBooking.prevMonth': 'Previous month',
  'guidanceBooking.nextMonth': 'Next month',
  'guidanceBooking.gridHelp':
    'Arrow keys change the day, Page Up and Page Down the month; Enter chooses the day.',
  'guidanceBooking.freeTimes': { one: '# free time', other: '# free times' },
  'guidanceBooking.noTimes': 'no free times',
  'guidanceBooking.loadingTimes': 'Getting free times…',
  'guidanceBooking.monthEmpty': 'No free times this month. Try the next month.',
  'guidanceBooking.pickDay': 'Choose a day with free times in the calendar.',
  'guidanceBooking.timesOn': 'Free times {day}',

  'guidanceBooking.name': 'Name',
  'guidanceBooking.emailField': 'E-mail',
  'guidanceBooking.phoneField': 'Phone',
  'guidanceBooking.message': 'Message (optional)',
  'guidanceBooking.contactHint': 'Give an e-mail address, a phone number or both.',
  'guidanceBooking.contactHint.phone': 'We will call you on this number.',
  'guidanceBooking.contactHint.video': 'We will e-mail you the link to the video meeting.',
  'guidanceBooking.consent': 'I agree that my details are used for this booking.',
  'guidanceBooking.consentShort': 'consent',
  'guidanceBooking.newTab': '(opens in a new tab)',
  'guidanceBooking.book': 'Book',

  'guidanceBooking.error.required': 'Fill in this field.',
  'guidanceBooking.error.contact-required': 'Give an e-mail address or a phone number.',
  'guidanceBooking.error.format': 'Check that this is written correctly.',
  'guidanceBooking.error.too-long': 'This text is too long.',
  'guidanceBooking.error.must-be-true': 'You need to agree to this to book.',
  'guidanceBooking.problem.validation': 'Please check: {fields}.',
  'guidanceBooking.problem.taken':
    'Someone else booked that time just now. Choose a new time – what you filled in is kept.',
  'guidanceBooking.problem.network':
    'We could not reach the booking service. Check your connection and try again – nothing you filled in is lost.',
  'guidanceBooking.problem.unavailable':
    'Booking is not working right now. Try again in a while or book another way.',

  'guidanceBooking.when': 'When',
  'guidanceBooking.where': 'Where',
  'guidanceBooking.callYou': 'We will call you on {phone}.',
  'guidanceBooking.videoLink': 'We will e-mail a link to the video meeting to {email}.',
  'guidanceBooking.reference': 'Booking number',
  'guidanceBooking.cancel':
    'Want to cancel or change the time? Contact us and give your booking number.',
  'guidanceBooking.cancelSubject': 'Cancellation {reference}',
};

/** A text of the booking steps in `locale`. */
export const stepText = defineWidgetMessages<StepMessageKey>({ sv, en });
