/**
 * The JSON Schema's field descriptions, by JSON Pointer into the generated
 * schema. They live here, with the schema build, and not in the definitions:
 * browsers validate with the definitions and should not download prose that
 * only the published schema shows. docs/feed.md explains every field at length;
 * test/schema.node.test.ts checks that every pointer still finds its field.
 */
export const SCHEMA_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '/$defs/Logo/properties/src': 'Image address (https:, or relative to the feed). SVG or PNG.',
  '/$defs/Logo/properties/monochrome': 'A single-colour variant of the logo.',
  '/$defs/OpeningHours/properties/exceptions/items/properties/until':
    'Last day of a multi-day exception (inclusive).',
  '/$defs/Centre/properties/examInvigilation/properties/email':
    'The address the university sends the exam to; the student gives it to the university.',
  '/$defs/Centre/properties/examInvigilation/properties/days':
    'Weekdays exams may be written on; Swedish public holidays are always excluded.',
  '/$defs/Centre/properties/examInvigilation/properties/earliestStart':
    'No exam starts before this local time.',
  '/$defs/Centre/properties/examInvigilation/properties/latestEnd':
    'Every exam has ended by this local time.',
  '/$defs/Centre/properties/examInvigilation/properties/leadTime/properties/days':
    'How far ahead a request must come.',
  '/$defs/Centre/properties/examInvigilation/properties/seats':
    'How many students can write: per day, or per sitting when `sessions` is given.',
  '/$defs/Centre/properties/examInvigilation/properties/sessions/items/properties/start':
    'When the sitting begins; an exam starts at or after it.',
  '/$defs/Centre/properties/examInvigilation/properties/sessions/items/properties/end':
    'When the sitting ends; an exam ends by it.',
  '/$defs/Centre/properties/examInvigilation/properties/sessions':
    'Fixed sittings; an exam must fit inside one of them.',
  '/$defs/Centre/properties/examInvigilation/properties/freeFor':
    'Municipalities whose residents write for free (list your own too).',
  '/$defs/Centre/properties/examInvigilation/properties/fee/properties/amount':
    'What a student from elsewhere pays per exam.',
  '/$defs/Centre/properties/examInvigilation/properties/fee/properties/payment':
    'How and when to pay, and which receipt to show.',
  '/$defs/Centre/properties/examInvigilation/properties/fee':
    'What everyone else pays; without it, exams are free for all.',
  '/$defs/Centre/properties/examInvigilation/properties/bring':
    'What to bring on the day (ID, the fee receipt).',
  '/$defs/Centre/properties/examInvigilation/properties/universities':
    'Provider ids of the only universities that have accepted the centre as a venue; without it, any university.',
  '/$defs/Centre/properties/examInvigilation/properties/support':
    'Support the centre can give students who need it.',
  '/$defs/Centre/properties/examInvigilation/properties/rulesUrl':
    "The centre's own page with its exam rules.",
  '/$defs/CourseSession/properties/centre': 'The id of a centre in this feed.',
  '/$defs/Course/properties/provider': 'The id of a provider in this feed.',
  '/$defs/Course/properties/subjects/items':
    "A subject id; its label comes from the feed's subjects list.",
  '/$defs/Course/properties/pace': 'Study pace in per cent of full time.',
  '/$defs/Course/properties/centres/items': 'The id of a centre in this feed.',
  '/$defs/Event/properties/centre': 'The id of a centre in this feed.',
  '/$defs/Event/properties/onlineUrl': 'Where to watch or join online (stream or meeting link).',
  '/$defs/Event/properties/provider': 'The id of a provider in this feed.',
  '/$defs/GuidanceService/properties/duration': 'Meeting length in minutes.',
  '/$defs/GuidanceService/properties/centres/items': 'The id of a centre in this feed.',
  '/$defs/Guidance/properties/booking/properties/api':
    'Base URL of a service that speaks the booking protocol (docs/booking-protocol.md).',
  '/$defs/Guidance/properties/booking/properties/url': 'An external booking page.',
  '/$defs/Partner/properties/centres/items': 'The id of a centre in this feed.',
};
