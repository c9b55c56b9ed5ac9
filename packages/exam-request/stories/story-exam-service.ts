/**
 * An exam-request service for the stories, answered in the page: Storybook
 * has no server, and each story needs the same answers every time. It speaks
 * enough of the protocol (docs/booking-protocol.md) for every view; the real
 * service is what the tests send requests to.
 *
 *   https://exam.story.invalid/<scenario>/v1/exam-requests…
 *
 * Scenarios: the status a request read back has — `pending`, `confirmed`,
 * `declined`, `cancelled` — and `offline` (no answer at all).
 */
import { addDays } from '@learning-centre/feed/queries';

const ORIGIN = 'https://exam.story.invalid';

export type Scenario = 'pending' | 'confirmed' | 'declined' | 'cancelled' | 'offline';

/** A request id and token that make a status link for the stories. */
export const STORY_REQUEST = {
  id: '5b2c7e0a-9d1f-4c3e-8a6b-2f4d1e0c9b7a',
  token: 'Zr0StoryTokenStoryTokenStoryTokenStoryTok_n',
};

/** The base URL of the story service in `scenario`. */
export function storyExamApi(scenario: Scenario): string {
  return `${ORIGIN}/${scenario}/`;
}

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Content-Type': 'application/json' } });

/** The request as the service shows it, in a fortnight at 09:00 unless the body says otherwise. */
function record(status: string, body: Record<string, unknown> = {}) {
  const date = String(body.date ?? addDays(new Date().toISOString().slice(0, 10), 14));
  const start = String(body.start ?? '09:00');
  const minutes = Number(body.minutes ?? 300);
  // Winter time and the same day, for simplicity.
  const [hours, mins] = start.split(':').map(Number) as [number, number];
  const ends = hours * 60 + mins + minutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    id: body.id ?? STORY_REQUEST.id,
    status,
    centre: body.centre ?? 'kalix',
    centreName: { sv: 'Lärcentrum Kalix', en: 'Kalix Learning Centre' },
    address: 'Torggatan 13, 952 31 Kalix',
    date,
    start: `${date}T${start}:00+01:00`,
    end: `${date}T${pad(Math.floor(ends / 60))}:${pad(ends % 60)}:00+01:00`,
    minutes,
    university: body.university ?? 'Umeå universitet',
    courseCode: body.courseCode ?? 'MA1234',
    courseName: body.courseName ?? 'Linjär algebra',
    support: body.support ?? ['computer'],
    ...(status !== 'cancelled' && { name: body.name ?? 'Åsa Öberg', email: 'asa@example.se' }),
    fee: { amount: 500, currency: 'SEK' },
    examEmail: 'tentamen@kalix.example',
    ...(status === 'declined' && {
      declineReason: 'Alla datorer är upptagna den dagen. Välj gärna en annan dag.',
    }),
    createdAt: new Date().toISOString(),
  };
}

async function answer(url: URL, init: RequestInit = {}): Promise<Response> {
  const [, scenario, ...rest] = url.pathname.split('/');
  const path = `/${rest.join('/')}`;
  const method = init.method ?? 'GET';
  if (scenario === 'offline') throw new TypeError('Failed to fetch');
  if (path === '/v1/exam-requests' && method === 'POST') {
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    return json({ examRequest: record('pending', body), token: STORY_REQUEST.token }, 201);
  }
  if (path.endsWith('/ics'))
    return new Response('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', {
      headers: { 'Content-Type': 'text/calendar' },
    });
  if (path.startsWith('/v1/exam-requests/') && method === 'DELETE')
    return new Response(null, { status: 204 });
  if (path.startsWith('/v1/exam-requests/')) return json({ examRequest: record(scenario!) });
  return json({ type: '/problems/not-found', status: 404 }, 404);
}

let installed = false;

/** Wraps `fetch` once so the story service answers; any other address goes to the network. */
export function installStoryExamService(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.origin === ORIGIN ? answer(url, init) : realFetch(input, init);
  };
}
