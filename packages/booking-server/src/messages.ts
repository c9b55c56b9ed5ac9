/**
 * What the service itself writes for people (calendar entries, e-mails), in
 * Swedish and English. Both languages are always given: a meeting may be in
 * Arabic or Somali, and a person who picked it may read either.
 */
import type { GuidanceMode } from './config/model.ts';

export interface Messages {
  mode: Record<GuidanceMode, string>;
  /** What happens at the meeting's time, per mode. */
  how: Record<GuidanceMode, string>;
  subject: string;
  greeting: (name: string) => string;
  booked: string;
  when: string;
  where: string;
  reference: string;
  cancelLink: string;
  cancelByReply: string;
  cancelled: string;
  attached: string;
}

export const MESSAGES: { sv: Messages; en: Messages } = {
  sv: {
    mode: { 'on-site': 'på plats', phone: 'telefon', video: 'video' },
    how: {
      'on-site': 'Välkommen till lärcentrumet.',
      phone: 'Vägledaren ringer dig på det nummer du angav.',
      video: 'Du får en länk till videomötet via e-post.',
    },
    subject: 'Bokningsbekräftelse',
    greeting: (name) => `Hej ${name}!`,
    booked: 'Din tid är bokad.',
    when: 'När',
    where: 'Var',
    reference: 'Bokningsnummer',
    cancelLink: 'Avboka eller se din bokning',
    cancelByReply: 'Vill du avboka? Svara på det här mejlet eller kontakta lärcentrumet.',
    cancelled: 'Avbokad',
    attached: 'Tiden finns som kalenderfil (.ics) i mejlet.',
  },
  en: {
    mode: { 'on-site': 'on site', phone: 'phone', video: 'video' },
    how: {
      'on-site': 'Welcome to the learning centre.',
      phone: 'The counsellor will call you on the number you gave.',
      video: 'You will get a link to the video meeting by e-mail.',
    },
    subject: 'Booking confirmation',
    greeting: (name) => `Hello ${name},`,
    booked: 'Your appointment is booked.',
    when: 'When',
    where: 'Where',
    reference: 'Booking reference',
    cancelLink: 'Cancel or view your booking',
    cancelByReply: 'Need to cancel? Reply to this e-mail or contact the learning centre.',
    cancelled: 'Cancelled',
    attached: 'The appointment is attached as a calendar file (.ics).',
  },
};
