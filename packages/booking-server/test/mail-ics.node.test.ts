/**
 * What a booking turns into for the person: the calendar file (read back by
 * ical.js, an independent implementation) and the confirmation e-mail (sent
 * over real SMTP to a local sink).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { bookingIcs } from '../src/bookings/ics.ts';
import { confirmationText, createMailer, formatWhen } from '../src/mail.ts';
import { sampleBooking } from './helpers/bookings.ts';
import { testConfig } from './helpers/fixture.ts';
import { type SunkMessage, startSmtpSink } from './helpers/smtp-sink.ts';

const TZ = 'Europe/Stockholm';

describe('bookingIcs', () => {
  function read(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(zone);
    return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
  }

  test('one VEVENT at the right instants in local time, with a stable UID', () => {
    const booking = sampleBooking();
    const ics = bookingIcs(booking, TZ);
    const { calendar, event } = read(ics);
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.equal(event.uid, `${booking.id}@lc-booking`);
    assert.equal(event.startDate.toJSDate().getTime(), booking.startMs);
    assert.equal(event.endDate.toJSDate().getTime(), booking.endMs);
    assert.equal(event.component.getFirstProperty('dtstart')!.getParameter('tzid'), TZ);
    assert.equal(event.summary, 'Studievägledning');
    assert.equal(event.location, 'Kalix UniverCity, Torggatan 13, 952 31 Kalix');
    assert.match(event.description, /Välkommen till lärcentrumet\. Bokningsnummer: 2b1d6a0e/);
    assert.match(event.description, /Welcome to the learning centre\./);
    assert.equal(event.component.getFirstPropertyValue('status'), 'CONFIRMED');
    // RFC 5545: CRLF everywhere, no line longer than 75 octets.
    for (const line of ics.split('\r\n').slice(0, -1))
      assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.ok(!/[^\r]\n/.test(ics));
  });

  test('phone and video meetings name the mode, not an address; the summary follows the meeting language', () => {
    const { event } = read(bookingIcs(sampleBooking({ mode: 'phone', language: 'en' }), TZ));
    assert.equal(event.location, 'telefon / phone (Kalix UniverCity)');
    assert.equal(event.summary, 'Study guidance');
    assert.match(event.description, /will call you/);
  });

  test('a cancelled booking: STATUS:CANCELLED, SEQUENCE 1, "Avbokad" in the summary', () => {
    const ics = bookingIcs(
      sampleBooking({ status: 'cancelled', cancelledMs: Date.parse('2026-03-09T10:00:00Z') }),
      TZ,
    );
    const { event } = read(ics);
    assert.equal(event.component.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(event.sequence, 1);
    assert.equal(event.summary, 'Avbokad: Studievägledning');
    assert.ok(ics.includes('DTSTAMP:20260309T100000Z'));
  });

  test('in UTC: plain UTC times and no VTIMEZONE', () => {
    const ics = bookingIcs(sampleBooking(), 'UTC');
    assert.ok(ics.includes('DTSTART:20260310T080000Z\r\n'));
    assert.ok(!ics.includes('VTIMEZONE'));
  });
});

describe('confirmation e-mail', () => {
  const config = testConfig();

  test('the text: Swedish then English, time in the configured zone, place, reference', () => {
    const text = confirmationText(sampleBooking(), 'TOKEN', config);
    const [sv, en] = text.split('\n\n---\n\n');
    assert.match(sv, /^Hej Åsa Öberg!/);
    assert.match(sv, /När: tisdag 10 mars 2026 09:00–09:45/);
    assert.match(sv, /Var: Kalix UniverCity, Torggatan 13, 952 31 Kalix/);
    assert.match(sv, /Svara på det här mejlet/);
    assert.match(en, /When: Tuesday(,)? 10 March 2026 09:00–09:45/);
    assert.match(en, /Booking reference: 2b1d6a0e-8c4f-4a57-9d0e-5f3c2a1b0c9d/);
    assert.ok(!text.includes('TOKEN'), 'no cancel link without cancelUrl');
  });

  test('with cancelUrl: a link with the booking id and token filled in', () => {
    const withLink = testConfig((input) => {
      input.cancelUrl = 'https://kommun.example/vagledning#booking={bookingId}&token={token}';
    });
    const text = confirmationText(sampleBooking(), 'a+b/c', withLink);
    assert.ok(
      text.includes(
        'Avboka eller se din bokning: https://kommun.example/vagledning#booking=2b1d6a0e-8c4f-4a57-9d0e-5f3c2a1b0c9d&token=a%2Bb%2Fc',
      ),
    );
  });

  test('formatWhen follows the zone across the daylight-saving change', () => {
    const summer = sampleBooking({
      startMs: Date.parse('2026-03-31T07:00:00Z'),
      endMs: Date.parse('2026-03-31T07:45:00Z'),
    });
    assert.equal(formatWhen(summer, TZ, 'sv-SE'), 'tisdag 31 mars 2026 09:00–09:45');
  });

  describe('over SMTP (SMTP_URL)', () => {
    let sink: Awaited<ReturnType<typeof startSmtpSink>>;
    before(async () => {
      sink = await startSmtpSink();
    });
    after(() => sink?.close());

    test('sends one message to the booking’s address with the calendar file attached', async () => {
      const mailer = createMailer({
        transport: sink.url,
        from: 'Lärcentrum <vagledning@kommun.example>',
        config,
      });
      try {
        await mailer.sendConfirmation(sampleBooking(), 'TOKEN');
      } finally {
        mailer.close();
      }
      assert.equal(sink.messages.length, 1);
      const message: SunkMessage = sink.messages[0];
      assert.equal(message.from, 'vagledning@kommun.example');
      assert.deepEqual(message.to, ['asa@example.se']);
      const unfolded = message.data.replace(/\r\n[ \t]+/g, ' ');
      assert.match(unfolded, /^Subject: =\?UTF-8\?/m);
      assert.match(unfolded, /^To: =\?UTF-8\?Q\?=C3=85sa_=C3=96berg\?= <asa@example\.se>/m);
      assert.match(unfolded, /Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/);
      assert.match(unfolded, /Content-Disposition: attachment; filename=booking\.ics/);
      const ics = decodedParts(message.data).find((part) => part.startsWith('BEGIN:VCALENDAR'));
      assert.ok(ics?.includes('UID:2b1d6a0e-8c4f-4a57-9d0e-5f3c2a1b0c9d@lc-booking'));
    });

    test('sends nothing for a booking without an e-mail address', async () => {
      const before = sink.messages.length;
      const mailer = createMailer({ transport: sink.url, from: 'x@kommun.example', config });
      await mailer.sendConfirmation(sampleBooking({ email: undefined }), 'TOKEN');
      mailer.close();
      assert.equal(sink.messages.length, before);
    });
  });
});

/** The bodies of a MIME message's parts, base64 or quoted-printable decoded. */
function decodedParts(raw: string): string[] {
  return raw.split(/\r\n--[^\r\n]+\r\n/).map((part) => {
    const [head, ...rest] = part.split('\r\n\r\n');
    const body = rest.join('\r\n\r\n');
    if (/Content-Transfer-Encoding: base64/i.test(head))
      return Buffer.from(body, 'base64').toString('utf8');
    if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
      const bytes = body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    return body;
  });
}
