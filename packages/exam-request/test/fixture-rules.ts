/**
 * For the Node tests: a valid request, and the exam rules of
 * test/fixtures/exam.json (the same rules the browser tests and their service
 * use). Kalix: weekdays 08–17, seven working days ahead, free for Kalix,
 * Haparanda and Överkalix, 500 kr for others. Söderhamn: two sittings,
 * Saturdays too, 14 calendar days ahead, Umeå and Luleå only, a computer.
 */
import { readFileSync } from 'node:fs';
import type { Feed, ExamInvigilation } from '@learning-centre/feed';
import { EMPTY_DETAILS, type ExamDetails } from '../src/exam-details.ts';

const feed = JSON.parse(
  readFileSync(new URL('./fixtures/exam.json', import.meta.url), 'utf8'),
) as Feed;

function rulesOf(id: string): ExamInvigilation {
  const rules = feed.centres.find((c) => c.id === id)?.examInvigilation;
  if (!rules) throw new Error(`no exam rules for ${id} in the fixture`);
  return rules;
}

export const KALIX = rulesOf('kalix');
export const SODERHAMN = rulesOf('soderhamn');

/** Åsa's request for Kalix on Wednesday 18 March 2026, 09:00–14:00 (valid on Monday 9 March). */
export const ASA: ExamDetails = {
  ...EMPTY_DETAILS,
  provider: 'umu',
  courseCode: 'MA1234',
  courseName: 'Linjär algebra',
  date: '2026-03-18',
  start: '09:00',
  minutes: '300',
  support: ['computer'],
  name: 'Åsa Öberg',
  email: 'asa@example.se',
  phone: '070-123 45 67',
  municipality: 'Luleå',
  consent: true,
};
