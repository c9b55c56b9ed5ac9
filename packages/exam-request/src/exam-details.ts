/**
 * The request form's values and every check made before anything is sent:
 * what is missing, and each rule of the centre the request breaks, from the
 * same `examRuleProblems` the booking service enforces. Problems carry the
 * details a message needs (`earliestDate`, `maxMinutes` …). No DOM.
 */
import type { ExamInvigilation, ExamSupport, OpeningHours } from '@learning-centre/feed/widget';
import { examRuleProblems, type ExamRuleProblem } from '@learning-centre/feed/queries';
import type { ExamFieldError, ExamRequestBody } from './exam-client.ts';

/** The university select's value for "another university" (never a feed id: ids do not start with `_`). */
export const OTHER_UNIVERSITY = '__other';

/** What the student has typed; kept in memory only. */
export interface ExamDetails {
  /** The chosen provider id, `OTHER_UNIVERSITY`, or '' (none chosen, or no list). */
  provider: string;
  /** The university's name when typed in. */
  university: string;
  courseCode: string;
  courseName: string;
  date: string;
  start: string;
  /** As typed: whole minutes. */
  minutes: string;
  support: ExamSupport[];
  supportNote: string;
  name: string;
  email: string;
  phone: string;
  municipality: string;
  consent: boolean;
}

export const EMPTY_DETAILS: ExamDetails = {
  provider: '',
  university: '',
  courseCode: '',
  courseName: '',
  date: '',
  start: '',
  minutes: '',
  support: [],
  supportNote: '',
  name: '',
  email: '',
  phone: '',
  municipality: '',
  consent: false,
};

/** The form's fields, in the order they are shown (and problems are listed). */
export const EXAM_FIELDS = [
  'provider',
  'university',
  'courseCode',
  'courseName',
  'date',
  'start',
  'minutes',
  'support',
  'supportNote',
  'name',
  'email',
  'phone',
  'municipality',
  'consent',
] as const satisfies readonly (keyof ExamDetails)[];

export type ExamField = (typeof EXAM_FIELDS)[number];

/** A problem with one field: `required`, `format`, a rule code, or a code of the service. */
export type FieldProblem = Omit<Partial<ExamRuleProblem>, 'field' | 'code'> & {
  field: ExamField;
  code: string;
};

/** What the checks need besides the values. */
export interface CheckContext {
  rules: ExamInvigilation;
  /** Today where the centre is ('YYYY-MM-DD'). */
  today: string;
  openingHours?: OpeningHours;
  /** The form has a list of universities (else the name is typed). */
  hasList: boolean;
  /** The request is sent to the service (consent needed), not written as an e-mail. */
  consent: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WHOLE = /^\d{1,4}$/;

/** Minutes as a number, or NaN when they are not a whole number. */
export function minutesOf(details: Pick<ExamDetails, 'minutes'>): number {
  const text = details.minutes.trim();
  return WHOLE.test(text) ? Number(text) : Number.NaN;
}

/** The provider id of the chosen university, when one of the list is chosen. */
export function chosenProvider(details: Pick<ExamDetails, 'provider'>): string | undefined {
  return details.provider && details.provider !== OTHER_UNIVERSITY ? details.provider : undefined;
}

/** Every problem of the form, in field order; empty when it can be sent. */
export function checkExamDetails(details: ExamDetails, context: CheckContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const blank = (field: keyof ExamDetails) => !String(details[field]).trim();
  const required = (field: ExamField) => problems.push({ field, code: 'required' });
  if (context.hasList && !details.provider) required('provider');
  if ((!context.hasList || details.provider === OTHER_UNIVERSITY) && blank('university'))
    required('university');
  if (blank('courseName')) required('courseName');
  for (const field of ['date', 'start', 'minutes', 'name', 'email', 'municipality'] as const)
    if (blank(field)) required(field);
  if (!blank('email') && !EMAIL.test(details.email.trim()))
    problems.push({ field: 'email', code: 'format' });
  if (context.consent && !details.consent)
    problems.push({ field: 'consent', code: 'must-be-true' });

  const rules = examRuleProblems(
    context.rules,
    {
      date: details.date,
      start: details.start,
      minutes: minutesOf(details),
      provider: chosenProvider(details),
      support: details.support,
    },
    { today: context.today, openingHours: context.openingHours },
  );
  // An empty field is already "required"; its format says nothing more.
  for (const { field, ...rest } of rules)
    if (!(rest.code === 'format' && blank(field))) problems.push({ ...rest, field });
  return sortProblems(problems);
}

/** Problems in the order of the form's fields. */
export function sortProblems(problems: FieldProblem[]): FieldProblem[] {
  const order = (p: FieldProblem) => EXAM_FIELDS.indexOf(p.field);
  return problems.sort((a, b) => order(a) - order(b));
}

/** The service's field errors as form problems (`centre` and unknown paths are left out). */
export function problemsOfService(errors: readonly ExamFieldError[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { path, code, ...details } of errors)
    if ((EXAM_FIELDS as readonly string[]).includes(path))
      problems.push({ ...details, field: path as ExamField, code });
  return sortProblems(problems);
}

/**
 * The request body: trimmed, empty optional fields left out.
 * @param universityName the name to send for a provider of the list
 */
export function examRequestBody(
  id: string,
  centre: string,
  details: ExamDetails,
  universityName: (provider: string) => string,
): ExamRequestBody {
  const optional = (value: string) => value.trim() || undefined;
  const provider = chosenProvider(details);
  return {
    id,
    centre,
    university: provider ? universityName(provider) : details.university.trim(),
    provider,
    courseCode: optional(details.courseCode),
    courseName: details.courseName.trim(),
    date: details.date,
    start: details.start,
    minutes: minutesOf(details),
    support: details.support,
    supportNote: optional(details.supportNote),
    name: details.name.trim(),
    email: details.email.trim(),
    phone: optional(details.phone),
    municipality: details.municipality.trim(),
    consent: true,
  };
}
