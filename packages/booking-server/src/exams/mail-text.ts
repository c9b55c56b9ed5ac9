/**
 * The e-mails a student gets about an exam request: received, confirmed
 * (with the calendar file) and declined (with the reason). Swedish, then
 * English, like the booking confirmation.
 */
import type { BookingConfig } from '../config/model.ts';
import { examPlace, examTitle } from './ics.ts';
import type { ExamRequest } from './model.ts';

export type ExamMailKind = 'received' | 'confirmed' | 'declined';

const TEXT = {
  sv: {
    subject: {
      received: 'Begäran mottagen',
      confirmed: 'Tentamen bekräftad',
      declined: 'Begäran avböjd',
    },
    greeting: (name: string) => `Hej ${name}!`,
    body: {
      received:
        'Vi har tagit emot din begäran om att skriva tentamen hos oss. Den är inte bekräftad än: du får ett nytt mejl när personalen har gått igenom den.',
      confirmed: 'Din tentamen är bekräftad. Välkommen! Ta med giltig legitimation.',
      declined: 'Tyvärr kan vi inte ta emot din tentamen.',
    },
    reason: 'Anledning',
    when: 'När',
    where: 'Var',
    university: 'Lärosäte',
    examEmail: 'Ge lärosätet den här adressen för tentamen',
    fee: 'Avgift',
    free: 'Ingen avgift',
    status: 'Se eller avboka din begäran',
    reference: 'Referens',
    attached: 'Tiden finns som kalenderfil (.ics) i mejlet.',
  },
  en: {
    subject: {
      received: 'Request received',
      confirmed: 'Exam confirmed',
      declined: 'Request declined',
    },
    greeting: (name: string) => `Hello ${name},`,
    body: {
      received:
        'We have received your request to write an exam with us. It is not confirmed yet: you will get another e-mail once staff have looked at it.',
      confirmed: 'Your exam is confirmed. Welcome! Bring valid ID.',
      declined: 'Unfortunately we cannot take your exam.',
    },
    reason: 'Reason',
    when: 'When',
    where: 'Where',
    university: 'University',
    examEmail: 'Give the university this address for the exam',
    fee: 'Fee',
    free: 'No fee',
    status: 'View or cancel your request',
    reference: 'Reference',
    attached: 'The exam is attached as a calendar file (.ics).',
  },
};

/** The status link with id and token filled in, when the configuration has a template. */
export function examStatusLink(
  config: BookingConfig,
  id: string,
  token: string,
): string | undefined {
  return config.examStatusUrl
    ?.replaceAll('{requestId}', encodeURIComponent(id))
    .replaceAll('{token}', encodeURIComponent(token));
}

export function examMailSubject(kind: ExamMailKind, request: ExamRequest): string {
  return `${TEXT.sv.subject[kind]} / ${TEXT.en.subject[kind]}: ${examTitle(request)}, ${request.date}`;
}

/** The message body: Swedish, then English. */
export function examMailText(
  kind: ExamMailKind,
  request: ExamRequest,
  token: string,
  config: BookingConfig,
): string {
  const link = examStatusLink(config, request.id, token);
  const part = (lang: 'sv' | 'en', locale: string) => {
    const t = TEXT[lang];
    const clock = new Intl.DateTimeFormat(locale, {
      timeZone: config.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const day = new Intl.DateTimeFormat(locale, {
      timeZone: config.timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const fee = request.fee
      ? `${new Intl.NumberFormat(locale, { style: 'currency', currency: request.fee.currency }).format(request.fee.amount)}`
      : t.free;
    return [
      t.greeting(request.name ?? ''),
      '',
      t.body[kind],
      ...(kind === 'declined' && request.declineReason
        ? [`${t.reason}: ${request.declineReason}`]
        : []),
      '',
      examTitle(request),
      `${t.university}: ${request.university}`,
      `${t.when}: ${day.format(request.startMs)} ${clock.format(request.startMs)}–${clock.format(request.endMs)}`,
      `${t.where}: ${examPlace(request)}`,
      ...(kind === 'declined' ? [] : [`${t.examEmail}: ${request.examEmail}`, `${t.fee}: ${fee}`]),
      '',
      `${t.reference}: ${request.id}`,
      ...(link ? [`${t.status}: ${link}`] : []),
      ...(kind === 'confirmed' ? [t.attached] : []),
    ].join('\n');
  };
  return `${part('sv', 'sv-SE')}\n\n---\n\n${part('en', 'en-GB')}\n`;
}
