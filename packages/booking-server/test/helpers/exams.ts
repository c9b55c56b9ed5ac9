/**
 * Exam rules for the test configuration, and request bodies.
 *
 * "Now" is Monday 9 March 2026 08:00 (fixture.ts). Kalix takes exams on
 * weekdays 08–17, seven working days ahead (so from Wednesday 18 March), two
 * seats a day, free for Kalix residents and 500 kr for others. Motala takes
 * exams in two sittings (08–12, 13–17), one seat each, Saturdays too, fourteen
 * calendar days ahead, free for all.
 */
import { randomUUID } from 'node:crypto';
import type { BookingConfigInput } from '../../src/config/definition.ts';
import type { BookingConfig } from '../../src/config/model.ts';
import { testConfig } from './fixture.ts';

export function withExamRules(input: BookingConfigInput): void {
  input.examStatusUrl = 'https://kommun.example/tentamen#request={requestId}&token={token}';
  input.centres[0].examInvigilation = {
    email: 'tentamen@kalix.example',
    days: ['mo', 'tu', 'we', 'th', 'fr'],
    earliestStart: '08:00',
    latestEnd: '17:00',
    leadTime: { days: 7, unit: 'working-days' },
    seats: 2,
    freeFor: ['Kalix', 'Haparanda'],
    fee: { amount: 500, currency: 'SEK', payment: 'Swish 123 456' },
    support: ['computer', 'extended-time'],
  };
  input.centres[1].examInvigilation = {
    email: 'tenta@motala.example',
    days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'],
    earliestStart: '08:00',
    latestEnd: '17:00',
    leadTime: { days: 14, unit: 'calendar-days' },
    seats: 1,
    sessions: [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ],
    universities: ['umu', 'ltu'],
  };
  input.closed = [
    ...(input.closed ?? []),
    { from: '2026-04-20', centres: ['kalix'], note: 'Stängt' },
  ];
}

/** The test configuration with exam rules. */
export function examConfig(): BookingConfig {
  return testConfig(withExamRules);
}

/** A valid request for Kalix on Wednesday 18 March 09:00–14:00 under a new id. */
export function examBody(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    centre: 'kalix',
    university: 'Umeå universitet',
    provider: 'umu',
    courseCode: 'MA1234',
    courseName: 'Linjär algebra',
    date: '2026-03-18',
    start: '09:00',
    minutes: 300,
    support: ['computer'],
    supportNote: 'Behöver sitta nära dörren.',
    name: 'Åsa Öberg',
    email: 'asa@example.se',
    phone: '070-123 45 67',
    municipality: 'Luleå',
    consent: true,
    ...change,
  };
}
