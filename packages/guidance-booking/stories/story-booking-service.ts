/**
 * A booking service for the stories, answered in the page: Storybook has no
 * server, and each story needs the same answers every time. It speaks enough
 * of the protocol (docs/booking-protocol.md) for every step and error state;
 * the real service is what the tests book against.
 *
 *   https://booking.story.invalid/<scenario>/v1/…
 *
 * Scenarios: `ok`; `taken` (every hold is 409: someone was quicker);
 * `unavailable` (503 on everything); `offline` (no answer at all);
 * `invalid` (the service refuses the e-mail address: 422).
 */
import { addDays, weekdayOf } from '@learning-centre/feed/queries';

const ORIGIN = 'https://booking.story.invalid';

export type Scenario = 'ok' | 'taken' | 'unavailable' | 'offline' | 'invalid';

/** The base URL of the story service in `scenario`. */
export function storyBookingApi(scenario: Scenario): string {
  return `${ORIGIN}/${scenario}/`;
}

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Content-Type': 'application/json' } });

const problem = (type: string, status: number) =>
  json({ type: `/problems/${type}`, status }, status);

/** 45-minute times on weekdays at 09:00, 10:00, 13:00 and 14:30 (+01:00: winter time, for simplicity). */
function availability(url: URL): Response {
  const p = url.searchParams;
  const from = (p.get('from') ?? new Date().toISOString()).slice(0, 10);
  const to = (p.get('to') ?? addDays(from, 7)).slice(0, 10);
  const slots = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (weekdayOf(day) > 5) continue;
    for (const time of ['09:00', '10:00', '13:00', '14:30']) {
      const [h, m] = time.split(':').map(Number) as [number, number];
      const ends = h * 60 + m + 45;
      const pad = (n: number) => String(n).padStart(2, '0');
      slots.push({
        id: `${day}T${time}~${p.get('service')}`,
        start: `${day}T${time}:00+01:00`,
        end: `${day}T${pad(Math.floor(ends / 60))}:${pad(ends % 60)}:00+01:00`,
        service: p.get('service') ?? 'studievagledning',
        centre: p.get('centre') ?? 'kalix',
        mode: p.get('mode') ?? 'on-site',
        language: p.get('language') ?? 'sv',
      });
    }
  }
  return json({ timeZone: 'Europe/Stockholm', from, to, slots });
}

async function answer(url: URL, init: RequestInit = {}): Promise<Response> {
  const [, scenario, ...rest] = url.pathname.split('/');
  const path = `/${rest.join('/')}`;
  const method = init.method ?? 'GET';
  if (scenario === 'offline') throw new TypeError('Failed to fetch');
  if (scenario === 'unavailable') return problem('service-unavailable', 503);
  if (path === '/v1/availability') return availability(url);
  if (path === '/v1/holds' && method === 'POST') {
    if (scenario === 'taken') return problem('slot-unavailable', 409);
    const { slotId } = JSON.parse(String(init.body));
    const expiresAt = new Date(Date.now() + 5 * 60_000).toISOString();
    return json({ holdId: crypto.randomUUID(), slotId, expiresAt }, 201);
  }
  if (path.startsWith('/v1/holds/')) return new Response(null, { status: 204 });
  const id = /^\/v1\/bookings\/([^/]+)/.exec(path)?.[1];
  if (id && path.endsWith('/ics'))
    return new Response(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n`, {
      headers: { 'Content-Type': 'text/calendar' },
    });
  if (id && method === 'PUT') {
    const body = JSON.parse(String(init.body));
    if (scenario === 'invalid') {
      return json(
        {
          type: '/problems/validation-failed',
          status: 422,
          errors: [{ path: 'email', code: 'format' }],
        },
        422,
      );
    }
    const start = `${addDays(new Date().toISOString().slice(0, 10), 1)}T09:00:00+01:00`;
    const booking = {
      id,
      status: 'confirmed',
      start,
      end: start.replace('09:00', '09:45'),
      ...body,
    };
    return json({ booking, cancelToken: 'story-token' }, 201);
  }
  return problem('not-found', 404);
}

let installed = false;

/** Wraps `fetch` once so the story service answers; any other address goes to the network. */
export function installStoryBookingService(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.origin === ORIGIN ? answer(url, init) : realFetch(input, init);
  };
}
