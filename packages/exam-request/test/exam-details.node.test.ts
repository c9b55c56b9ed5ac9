/**
 * The form's checks and the request body, without a service: what is
 * missing, rules from the feed's `examRuleProblems`, sittings, universities,
 * and the service's field errors placed on the form's fields.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EMPTY_DETAILS,
  OTHER_UNIVERSITY,
  checkExamDetails,
  examRequestBody,
  problemsOfService,
  type CheckContext,
  type ExamDetails,
} from '../src/exam-details.ts';
import { SODERHAMN } from './fixture-rules.ts';

const SITTINGS = SODERHAMN;

const CONTEXT: CheckContext = {
  rules: SITTINGS,
  today: '2026-03-09',
  hasList: true,
  consent: true,
};

const FILLED: ExamDetails = {
  ...EMPTY_DETAILS,
  provider: 'umu',
  courseName: 'Statistik',
  date: '2026-03-28',
  start: '08:00',
  minutes: '240',
  name: 'Bo',
  email: 'bo@example.se',
  municipality: 'Söderhamn',
  consent: true,
};

const codes = (details: Partial<ExamDetails>, context: Partial<CheckContext> = {}) =>
  checkExamDetails({ ...FILLED, ...details }, { ...CONTEXT, ...context }).map(
    (p) => `${p.field} ${p.code}`,
  );

describe('checkExamDetails', () => {
  test('a complete request that keeps the rules has no problems (a Saturday sitting)', () => {
    assert.deepEqual(codes({}), []);
  });

  test('an exam must fit inside one sitting, and the longest sitting bounds its length', () => {
    assert.deepEqual(codes({ start: '11:00', minutes: '120' }), ['start no-session']);
    assert.deepEqual(codes({ minutes: '300' }), ['minutes too-long']);
  });

  test('only the listed universities are accepted; typing another is for centres without a list', () => {
    assert.deepEqual(codes({ provider: 'kth' }), ['provider university']);
    assert.deepEqual(codes({ provider: '' }), ['provider required']);
    assert.deepEqual(codes({ provider: OTHER_UNIVERSITY, university: '' }), [
      'university required',
    ]);
    assert.deepEqual(codes({ provider: '', university: 'KTH' }, { hasList: false }), []);
  });

  test('calendar days: 14 days ahead is the 23rd; the 22nd is a Sunday and too early', () => {
    assert.deepEqual(codes({ date: '2026-03-23' }), []);
    assert.deepEqual(codes({ date: '2026-03-22' }), ['date too-late', 'date weekday']);
  });

  test('support the centre does not give is refused', () => {
    assert.deepEqual(codes({ support: ['separate-room'] }), ['support support']);
  });

  test('an empty field is "required", never also "format"; consent only when the service is asked', () => {
    assert.deepEqual(codes({ start: '  ', minutes: '' }), ['start required', 'minutes required']);
    assert.deepEqual(codes({ consent: false }), ['consent must-be-true']);
    assert.deepEqual(codes({ consent: false }, { consent: false }), []);
  });
});

describe('examRequestBody', () => {
  test('is trimmed, names the chosen university, and leaves out empty optional fields', () => {
    const body = examRequestBody(
      'f6c1f3a0-0000-4000-8000-000000000000',
      'soderhamn',
      { ...FILLED, name: '  Bo  ', courseCode: ' ', phone: '' },
      (id) => (id === 'umu' ? 'Umeå universitet' : id),
    );
    assert.deepEqual(body, {
      id: 'f6c1f3a0-0000-4000-8000-000000000000',
      centre: 'soderhamn',
      university: 'Umeå universitet',
      provider: 'umu',
      courseCode: undefined,
      courseName: 'Statistik',
      date: '2026-03-28',
      start: '08:00',
      minutes: 240,
      support: [],
      supportNote: undefined,
      name: 'Bo',
      email: 'bo@example.se',
      phone: undefined,
      municipality: 'Söderhamn',
      consent: true,
    });
  });

  test('a typed university goes without a provider id', () => {
    const body = examRequestBody(
      'x',
      'c',
      { ...FILLED, provider: OTHER_UNIVERSITY, university: ' KTH ' },
      () => 'no',
    );
    assert.equal(body.university, 'KTH');
    assert.equal(body.provider, undefined);
  });
});

describe('problemsOfService', () => {
  test('places the service’s errors on the form’s fields, in form order, with their details', () => {
    const problems = problemsOfService([
      { path: 'email', code: 'format' },
      { path: 'date', code: 'too-late', earliestDate: '2026-03-18' },
      { path: 'centre', code: 'not-offered' },
      { path: '', code: 'type' },
    ]);
    assert.deepEqual(problems, [
      { field: 'date', code: 'too-late', earliestDate: '2026-03-18' },
      { field: 'email', code: 'format' },
    ]);
  });
});
