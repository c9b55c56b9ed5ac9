/**
 * Bookings built in memory, for tests of what is made from them (ICS, e-mail, CSV).
 */
import type { Booking } from '../../src/bookings/model.ts';

export function sampleBooking(change: Partial<Booking> = {}): Booking {
  return {
    id: '2b1d6a0e-8c4f-4a57-9d0e-5f3c2a1b0c9d',
    status: 'confirmed',
    slotId: '20260310T080000Z~studievagledning~kalix~on-site~sv',
    counsellor: 'anna',
    service: 'studievagledning',
    centre: 'kalix',
    mode: 'on-site',
    language: 'sv',
    startMs: Date.parse('2026-03-10T08:00:00Z'),
    endMs: Date.parse('2026-03-10T08:45:00Z'),
    snapshot: {
      service: {
        id: 'studievagledning',
        name: { sv: 'Studievägledning', en: 'Study guidance' },
        duration: 45,
      },
      centre: { id: 'kalix', name: 'Kalix UniverCity', address: 'Torggatan 13, 952 31 Kalix' },
    },
    name: 'Åsa Öberg',
    email: 'asa@example.se',
    phone: '+46 70 123 45 67',
    message: 'Hej; jag undrar, om "allt".',
    createdMs: Date.parse('2026-03-09T07:00:00Z'),
    ...change,
  };
}
