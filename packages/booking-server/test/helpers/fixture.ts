/**
 * A small configuration whose slots the tests can name, and a clock they can move.
 *
 * Monday 9 March 2026, 08:00 in Stockholm (UTC+1) is "now". Anna (Kalix) works
 * weekdays 09–12; Bo and Cilla (Motala) both work Tuesday and Thursday 13–16,
 * so a Motala slot in Swedish has two counsellors. Friday 13 March is a holiday.
 */
import type { BookingConfigInput } from '../../src/config/definition.ts';
import type { BookingConfig } from '../../src/config/model.ts';
import { parseBookingConfig } from '../../src/config/parse-config.ts';

/** 2026-03-09T08:00+01:00, a Monday. */
export const NOW = Date.parse('2026-03-09T07:00:00Z');
export const MINUTE = 60_000;
export const DAY = 86_400_000;

export function configInput(): BookingConfigInput {
  return {
    timeZone: 'Europe/Stockholm',
    holdMinutes: 5,
    minNoticeMinutes: 60,
    maxDaysAhead: 30,
    services: [
      {
        id: 'studievagledning',
        name: { sv: 'Studievägledning', en: 'Study guidance' },
        duration: 45,
      },
      {
        id: 'karriarvagledning',
        name: 'Karriärvägledning',
        duration: 60,
        modes: ['on-site', 'video'],
      },
    ],
    centres: [
      { id: 'kalix', name: 'Kalix UniverCity', address: 'Torggatan 13, 952 31 Kalix' },
      { id: 'motala', name: { sv: 'Ekenäs lärcenter', en: 'Ekenäs learning centre' } },
    ],
    closed: [{ from: '2026-03-13', note: 'Holiday' }],
    counsellors: [
      {
        id: 'anna',
        name: 'Anna Vägledare',
        centre: 'kalix',
        services: ['studievagledning', 'karriarvagledning'],
        modes: ['on-site', 'phone', 'video'],
        languages: ['sv', 'en'],
        weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], from: '09:00', to: '12:00' }],
      },
      {
        id: 'bo',
        centre: 'motala',
        services: ['studievagledning'],
        modes: ['on-site', 'phone'],
        languages: ['sv', 'ar'],
        weekly: [{ days: ['tu', 'th'], from: '13:00', to: '16:00', step: 60 }],
        away: [{ from: '2026-03-19' }],
      },
      {
        id: 'cilla',
        centre: 'motala',
        services: ['studievagledning'],
        modes: ['on-site', 'phone'],
        languages: ['sv'],
        weekly: [{ days: ['tu', 'th'], from: '13:00', to: '16:00', step: 60 }],
      },
    ],
  };
}

export function testConfig(change?: (input: BookingConfigInput) => void): BookingConfig {
  const input = configInput();
  change?.(input);
  return parseBookingConfig(input, 'test config');
}

/** Tuesday 10 March 09:00 Stockholm: Anna's first slot of the day, Kalix, phone, Swedish. */
export const ANNA_SLOT = '20260310T080000Z~studievagledning~kalix~phone~sv';
/** The same time on site in English: another offer of the same counsellor time. */
export const ANNA_SLOT_ONSITE_EN = '20260310T080000Z~studievagledning~kalix~on-site~en';
/** Tuesday 10 March 13:00 Motala on site in Swedish: Bo or Cilla. */
export const MOTALA_SLOT = '20260310T120000Z~studievagledning~motala~on-site~sv';

/** A clock the tests move. */
export class Clock {
  ms: number;
  constructor(ms = NOW) {
    this.ms = ms;
  }
  readonly now = () => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}
