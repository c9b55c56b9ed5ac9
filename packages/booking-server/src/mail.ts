/**
 * The confirmation e-mail: sent through SMTP when `SMTP_URL` is set, with the
 * booking attached as a calendar file. Without it nothing is sent and the
 * confirmation lives only in the widget.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Booking } from './bookings/model.ts';
import { bookingIcs, placeText, serviceText } from './bookings/ics.ts';
import type { BookingConfig } from './config/model.ts';
import { MESSAGES } from './messages.ts';
import { examIcs } from './exams/ics.ts';
import { type ExamMailKind, examMailSubject, examMailText } from './exams/mail-text.ts';
import type { ExamRequest } from './exams/model.ts';

/** Sends what a booking needs sent. */
export interface Mailer {
  /** Sends the confirmation to the booking's e-mail address; does nothing for phone-only bookings. */
  sendConfirmation(booking: Booking, cancelToken: string): Promise<void>;
  /** Tells the student an exam request was received, confirmed or declined (the calendar file once confirmed). */
  sendExamMessage?(kind: ExamMailKind, request: ExamRequest, token: string): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; or a nodemailer transport (tests). */
  transport: string | Parameters<typeof nodemailer.createTransport>[0];
  /** The From address, e.g. `Lärcentrum <vagledning@example.se>`. */
  from: string;
  config: BookingConfig;
}

export function createMailer(options: MailerOptions): Mailer {
  const transporter: Transporter = nodemailer.createTransport(options.transport as string);
  const { config } = options;
  return {
    async sendConfirmation(booking, cancelToken) {
      if (!booking.email) return;
      const ics = bookingIcs(booking, config.timeZone);
      await transporter.sendMail({
        from: options.from,
        to: { name: booking.name ?? '', address: booking.email },
        subject: `${MESSAGES.sv.subject} / ${MESSAGES.en.subject}: ${serviceText(booking)}, ${formatWhen(booking, config.timeZone, 'sv-SE')}`,
        text: confirmationText(booking, cancelToken, config),
        icalEvent: { method: 'PUBLISH', filename: 'booking.ics', content: ics },
        attachments: [
          { filename: 'booking.ics', content: ics, contentType: 'text/calendar; charset=utf-8' },
        ],
      });
    },
    async sendExamMessage(kind, request, token) {
      if (!request.email) return;
      const ics = kind === 'confirmed' ? examIcs(request, config.timeZone) : undefined;
      await transporter.sendMail({
        from: options.from,
        to: { name: request.name ?? '', address: request.email },
        subject: examMailSubject(kind, request),
        text: examMailText(kind, request, token, config),
        ...(ics && {
          icalEvent: { method: 'PUBLISH', filename: 'exam.ics', content: ics },
          attachments: [
            { filename: 'exam.ics', content: ics, contentType: 'text/calendar; charset=utf-8' },
          ],
        }),
      });
    },
    close: () => transporter.close(),
  };
}

/** `måndag 16 mars 2026 09:00–09:45` in the configured zone, in `locale`. */
export function formatWhen(booking: Booking, timeZone: string, locale: string): string {
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(booking.startMs);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${date} ${time.format(booking.startMs)}–${time.format(booking.endMs)}`;
}

/** The message body: Swedish, then English. */
export function confirmationText(
  booking: Booking,
  cancelToken: string,
  config: BookingConfig,
): string {
  const link =
    config.cancelUrl &&
    config.cancelUrl
      .replaceAll('{bookingId}', encodeURIComponent(booking.id))
      .replaceAll('{token}', encodeURIComponent(cancelToken));
  const part = (lang: 'sv' | 'en', locale: string) => {
    const m = MESSAGES[lang];
    return [
      m.greeting(booking.name ?? ''),
      '',
      `${m.booked}`,
      '',
      `${serviceText(booking)} (${m.mode[booking.mode]})`,
      `${m.when}: ${formatWhen(booking, config.timeZone, locale)}`,
      `${m.where}: ${placeText(booking)}`,
      m.how[booking.mode],
      '',
      `${m.reference}: ${booking.id}`,
      link ? `${m.cancelLink}: ${link}` : m.cancelByReply,
      m.attached,
    ].join('\n');
  };
  return `${part('sv', 'sv-SE')}\n\n---\n\n${part('en', 'en-GB')}\n`;
}
