import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ICS_PRODID, eventToIcs, toIcs, type IcsFeed } from '../src/ics.ts';
import { escapeIcsText, foldIcsLine, icsOffset, joinIcsLines } from '../src/ics-format.ts';
import { vtimezoneLines } from '../src/ics-timezone.ts';
import { expandEvents } from '../src/query/events.ts';
import { zonedDateRange } from '../src/time/zone.ts';
import type { FeedEvent } from '../src/types.ts';
import { validateFeed } from '../src/validate.ts';

const { feed } = validateFeed(
  JSON.parse(readFileSync(new URL('./fixtures/events/events-feed.json', import.meta.url), 'utf8')),
);
const byId = (id: string) => feed.events.find((e) => e.id === id)!;

/** The content lines of an ICS text, unfolded. */
const unfold = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);

/** The unfolded lines of the VEVENT whose UID starts with `id@`. */
function vevent(ics: string, id: string): string[] {
  const lines = unfold(ics);
  const uid = lines.findIndex((line) => line.startsWith(`UID:${id}@`));
  assert.ok(uid > 0, `no VEVENT for ${id}`);
  const begin = lines.lastIndexOf('BEGIN:VEVENT', uid);
  return lines.slice(begin, lines.indexOf('END:VEVENT', uid) + 1);
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    assert.equal(escapeIcsText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters TEXT may not hold but keeps tabs and Unicode', () => {
    assert.equal(escapeIcsText('x\u0000y\u0007z\u007f\tå 🎓'), 'xyz\tå 🎓');
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with CRLF + space', () => {
    const line = 'X'.repeat(75);
    assert.equal(foldIcsLine(line), line);
    const long = 'DESCRIPTION:' + 'a'.repeat(200);
    const folded = foldIcsLine(long);
    const physical = folded.split('\r\n');
    assert.deepEqual(physical.map(octets), [75, 75, 64]); // 212 = 75 + 74 + 63
    assert.ok(
      physical.slice(1).every((l) => l.startsWith(' ')),
      'continuations start with a space',
    );
    assert.equal(folded.replace(/\r\n /g, ''), long);
  });

  it('never splits å, ä, ö or an emoji, at any position', () => {
    for (const char of ['å', 'ä', 'ö', '🎓', '👩🏽‍🏫']) {
      for (let prefix = 60; prefix <= 80; prefix++) {
        const line = 'S'.repeat(prefix) + char.repeat(40);
        const folded = foldIcsLine(line);
        for (const physical of folded.split('\r\n')) {
          assert.ok(octets(physical) <= 75, `${char} at ${prefix}: ${octets(physical)} octets`);
          // A cut character would not survive an encode/decode round trip.
          assert.equal(Buffer.from(physical, 'utf8').toString('utf8'), physical);
          assert.ok(
            !/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/.test(physical),
            `${char} at ${prefix}: split surrogate pair`,
          );
        }
        assert.equal(folded.replace(/\r\n /g, ''), line);
      }
    }
  });

  it('fills lines up to 75 octets with multi-byte text', () => {
    const folded = foldIcsLine('SUMMARY:' + 'ö'.repeat(100));
    const [first, second] = folded.split('\r\n');
    assert.equal(octets(first), 74); // 8 + 33 × 2; one more ö would make 76
    assert.equal(octets(second), 75); // space + 37 × 2
  });
});

describe('joinIcsLines and icsOffset', () => {
  it('ends every line, the last included, with CRLF', () => {
    assert.equal(joinIcsLines(['A:1', 'B:2']), 'A:1\r\nB:2\r\n');
  });

  it('writes UTC offsets as ±HHMM[SS]', () => {
    assert.deepEqual([60, 120, -300, 330, 0, -570].map(icsOffset), [
      '+0100',
      '+0200',
      '-0500',
      '+0530',
      '+0000',
      '-0930',
    ]);
    assert.equal(icsOffset(53 + 28 / 60), '+005328');
  });
});

describe('toIcs', () => {
  const ics = toIcs(feed.events, feed);

  it('is a VCALENDAR with PRODID, VERSION and CALSCALE, in CRLF lines of at most 75 octets', () => {
    assert.ok(
      ics.startsWith(
        `BEGIN:VCALENDAR\r\nPRODID:${ICS_PRODID}\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n`,
      ),
      ics.slice(0, 120),
    );
    assert.equal(ICS_PRODID, '-//Learning Centre Widgets//lc-feed//EN');
    assert.ok(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n'), 'ends with the calendar');
    assert.ok(!/[^\r]\n|\r(?!\n)/.test(ics), 'only CRLF line breaks');
    for (const line of ics.split('\r\n')) assert.ok(octets(line) <= 75, line);
    assert.equal(unfold(ics).filter((l) => l === 'BEGIN:VEVENT').length, feed.events.length);
  });

  it('writes a weekly event with TZID times, its RRULE and EXDATE in the same zone', () => {
    assert.deepEqual(vevent(ics, 'dropin-tuesday'), [
      'BEGIN:VEVENT',
      'UID:dropin-tuesday@larcentrum.kalix.example.se',
      'DTSTAMP:20260220T080000Z',
      'DTSTART;TZID=Europe/Stockholm:20260317T180000',
      'DTEND;TZID=Europe/Stockholm:20260317T193000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
      'EXDATE;TZID=Europe/Stockholm:20260407T180000',
      'SUMMARY:Drop-in: studie- och yrkesvägledning',
      'DESCRIPTION:Kom förbi\\, ingen bokning behövs.',
      'LOCATION:Lärcentrum Kalix\\, Storgatan 1\\, 952 31 Kalix',
      'GEO:65.8537;23.1566',
      'STATUS:CONFIRMED',
      'CATEGORIES:guidance-drop-in',
      'LAST-MODIFIED:20260220T080000Z',
      'END:VEVENT',
    ]);
  });

  it('stamps events without `modified` with the feed`s `updated`, in UTC', () => {
    assert.ok(
      vevent(ics, 'exam-last-friday').includes('DTSTAMP:20260201T083000Z'),
      'DTSTAMP from feed.updated',
    );
  });

  it('writes RDATEs in the zone and rewrites a date UNTIL as UTC date-time, keeping a UTC one', () => {
    const workshop = vevent(ics, 'math-workshop');
    assert.ok(workshop.includes('RRULE:FREQ=WEEKLY;UNTIL=20260430T150000Z'), workshop.join('\n'));
    assert.ok(
      workshop.includes('EXDATE;TZID=Europe/Stockholm:20260402T170000'),
      workshop.join('\n'),
    );
    assert.ok(
      workshop.includes('RDATE;TZID=Europe/Stockholm:20260404T110000'),
      workshop.join('\n'),
    );
    // UNTIL=20260609 (a date) includes all of 9 June in Stockholm: up to 21:59:59 UTC.
    assert.ok(
      vevent(ics, 'employer-second-tuesday').includes(
        'RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260609T215959Z',
      ),
      'UNTIL',
    );
  });

  it('writes all-day events as DATE values with an exclusive DTEND', () => {
    const week = vevent(ics, 'exam-week');
    assert.ok(week.includes('DTSTART;VALUE=DATE:20260413'), week.join('\n'));
    assert.ok(week.includes('DTEND;VALUE=DATE:20260416'), week.join('\n'));
    assert.ok(
      vevent(ics, 'open-house').includes('DTEND;VALUE=DATE:20260419'),
      'one day by default',
    );
  });

  it('writes an event given with +09:00 as Stockholm wall time', () => {
    const tokyo = vevent(ics, 'tokyo-stream');
    assert.ok(tokyo.includes('DTSTART;TZID=Europe/Stockholm:20260409T110000'), tokyo.join('\n'));
    assert.ok(tokyo.includes('DTEND;TZID=Europe/Stockholm:20260409T123000'), tokyo.join('\n'));
    assert.ok(
      tokyo.includes('LOCATION:https://stream.example.jp/live/42'),
      'online address as location',
    );
    assert.ok(tokyo.includes('URL:https://stream.example.jp/live/42'), 'online address as URL');
  });

  it('maps status: cancelled → CANCELLED (with its note), postponed → TENTATIVE', () => {
    const cancelled = vevent(ics, 'cancelled-meeting');
    assert.ok(cancelled.includes('STATUS:CANCELLED'), cancelled.join('\n'));
    assert.ok(
      cancelled.includes('DESCRIPTION:Inställt på grund av sjukdom.'),
      cancelled.join('\n'),
    );
    assert.ok(
      cancelled.includes('DTEND;TZID=Europe/Stockholm:20260416T150000'),
      'one hour by default',
    );
    const postponed = vevent(ics, 'open-house');
    assert.ok(postponed.includes('STATUS:TENTATIVE'), postponed.join('\n'));
    assert.ok(
      postponed.includes('URL:https://larcentrum.kalix.example.se/oppet-hus'),
      postponed.join('\n'),
    );
    assert.ok(
      postponed.includes('LOCATION:Lärcentrum Varberg\\, Engelbrektsgatan 7\\, Varberg'),
      postponed.join('\n'),
    );
  });

  it('has one VTIMEZONE with yearly DAYLIGHT and STANDARD rules', () => {
    const lines = unfold(ics);
    assert.equal(lines.filter((l) => l === 'BEGIN:VTIMEZONE').length, 1);
    assert.ok(
      lines.indexOf('BEGIN:VTIMEZONE') < lines.indexOf('BEGIN:VEVENT'),
      'before the events',
    );
    assert.ok(lines.includes('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'), 'spring rule');
    assert.ok(lines.includes('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'), 'autumn rule');
  });

  it('picks the language asked for, then the feed`s', () => {
    const en = toIcs([byId('dropin-tuesday')], feed, { language: 'en-GB' });
    assert.ok(
      vevent(en, 'dropin-tuesday').includes('SUMMARY:Drop-in: study and career guidance'),
      'English',
    );
    assert.ok(
      vevent(en, 'dropin-tuesday').includes(
        'LOCATION:Kalix Learning Centre\\, Storgatan 1\\, 952 31 Kalix',
      ),
      'English',
    );
    const fi = toIcs([byId('dropin-tuesday')], feed, { language: 'fi' });
    assert.ok(
      vevent(fi, 'dropin-tuesday').includes('SUMMARY:Drop-in: studie- och yrkesvägledning'),
      'Swedish',
    );
  });

  it('writes a series once however many of its occurrences are given', () => {
    const april = zonedDateRange('2026-04-01', '2026-04-30', 'Europe/Stockholm');
    const occurrences = expandEvents(feed, april.from, april.to);
    const fromOccurrences = toIcs(occurrences, feed);
    const ids = new Set(occurrences.map((o) => o.event.id));
    assert.equal(unfold(fromOccurrences).filter((l) => l === 'BEGIN:VEVENT').length, ids.size);
    assert.ok(ids.size < occurrences.length, 'some series had several occurrences');
  });

  it('adds METHOD and the calendar name only when asked, escaped', () => {
    assert.ok(
      !unfold(ics).some((l) => l.startsWith('METHOD') || l.startsWith('NAME')),
      'none by default',
    );
    const named = unfold(
      toIcs([], feed, { method: 'publish', calendarName: 'Kalix; evenemang,\r\nvår' }),
    );
    assert.ok(named.includes('METHOD:PUBLISH'), named.join('\n'));
    assert.ok(named.includes('NAME:Kalix\\; evenemang\\, vår'), named.join('\n'));
    assert.ok(named.includes('X-WR-CALNAME:Kalix\\; evenemang\\, vår'), named.join('\n'));
    assert.ok(!named.includes('BEGIN:VTIMEZONE'), 'no zone without timed events');
  });

  it('keeps hostile text inside its property and refuses unsafe URLs', () => {
    const hostile: FeedEvent = {
      id: 'hostile',
      title: 'Hej\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
      description: 'a;b,c\\d',
      category: 'other',
      start: '2026-05-01T10:00+02:00',
      url: 'javascript:alert(1)',
      onlineUrl: 'data:text/html,<script>alert(1)</script>',
    };
    const lines = vevent(toIcs([hostile], feed), 'hostile');
    assert.equal(lines.filter((l) => l === 'END:VEVENT').length, 1);
    assert.ok(
      lines.includes('SUMMARY:Hej\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:injected'),
      lines.join('\n'),
    );
    assert.ok(lines.includes('DESCRIPTION:a\\;b\\,c\\\\d'), lines.join('\n'));
    assert.ok(
      !lines.some((l) => l.startsWith('URL') || l.startsWith('LOCATION')),
      lines.join('\n'),
    );
  });

  it('resolves relative URLs against baseUrl', () => {
    const event: FeedEvent = {
      id: 'rel',
      title: 'x',
      category: 'other',
      start: '2026-05-01',
      url: 'events/rel.html',
    };
    const lines = vevent(
      toIcs([event], feed, { baseUrl: 'https://example.se/feed/feed.json' }),
      'rel',
    );
    assert.ok(lines.includes('URL:https://example.se/feed/events/rel.html'), lines.join('\n'));
    assert.ok(
      !vevent(toIcs([event], feed), 'rel').some((l) => l.startsWith('URL')),
      'no base, no URL',
    );
  });

  it('falls back to @learning-centre UIDs and UTC times where the feed gives nothing better', () => {
    const utcFeed: IcsFeed = { ...feed, timeZone: 'UTC', publisher: { name: 'x' } };
    const out = toIcs([byId('dropin-tuesday')], utcFeed);
    const lines = vevent(out, 'dropin-tuesday');
    assert.ok(lines.includes('UID:dropin-tuesday@learning-centre'), lines.join('\n'));
    assert.ok(lines.includes('DTSTART:20260317T170000Z'), lines.join('\n'));
    assert.ok(lines.includes('EXDATE:20260407T160000Z'), lines.join('\n'));
    assert.ok(!out.includes('VTIMEZONE'), 'UTC needs no VTIMEZONE');
  });

  it('leaves out an event whose start cannot be read, and writes a broken series once', () => {
    const events = [
      { id: 'bad', title: 'x', category: 'other', start: 'soon' },
      {
        id: 'rule',
        title: 'x',
        category: 'other',
        start: '2026-05-01T10:00+02:00',
        recurrence: { rrule: 'FREQ=YEARLY' },
      },
    ] as FeedEvent[];
    const out = toIcs(events, feed);
    assert.ok(!out.includes('UID:bad@'), 'bad start left out');
    assert.ok(!vevent(out, 'rule').some((l) => l.startsWith('RRULE')), 'no RRULE');
  });
});

describe('eventToIcs', () => {
  it('is a whole calendar holding one event', () => {
    const out = eventToIcs(byId('exam-week'), feed, { language: 'en' });
    assert.ok(
      out.startsWith('BEGIN:VCALENDAR\r\n') && out.endsWith('END:VCALENDAR\r\n'),
      'a calendar',
    );
    assert.equal(unfold(out).filter((l) => l === 'BEGIN:VEVENT').length, 1);
    assert.ok(vevent(out, 'exam-week').includes('SUMMARY:Exam week'), 'English summary');
  });
});

describe('vtimezoneLines', () => {
  it('describes Stockholm with its two yearly rules', () => {
    assert.deepEqual(vtimezoneLines('Europe/Stockholm', 2026, 2026), [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Stockholm',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250330T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251026T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('describes a zone without daylight saving with one STANDARD', () => {
    assert.deepEqual(vtimezoneLines('Asia/Tokyo', 2026, 2027), [
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('ends a rule that changed with UNTIL and starts the new one (New York, 2007)', () => {
    const lines = vtimezoneLines('America/New_York', 2006, 2008);
    assert.ok(
      lines.includes('RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z'),
      lines.join('\n'),
    );
    assert.ok(lines.includes('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'), lines.join('\n'));
    assert.ok(lines.includes('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'), lines.join('\n'));
  });
});
