/**
 * What can be booked: `GET /v1/services` and `GET /v1/availability`.
 */
import type { Hono } from 'hono';
import { DAY_MS, GUIDANCE_MODES, ID_PATTERN, LANGUAGE_TAG_PATTERN } from '../../feed.ts';
import type { FieldError } from '../../bookings/request.ts';
import { busyBetween } from '../../bookings/queries.ts';
import type { BookingConfig } from '../../config/model.ts';
import { bookableRange, freeSlots } from '../../slots/availability.ts';
import { type SlotQuery, scheduledSlots } from '../../slots/schedule.ts';
import { isoInZone, parseBound } from '../../time.ts';
import type { RouteDeps } from '../deps.ts';
import { ProblemError } from '../problem.ts';
import { slotJson } from '../representation.ts';

/** Longest span one availability request may ask about. */
export const MAX_RANGE_DAYS = 62;
const DEFAULT_RANGE_DAYS = 7;

export function catalogueRoutes(app: Hono, deps: RouteDeps): void {
  app.get('/v1/services', (c) => {
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ timeZone: deps.config.timeZone, services: servicesJson(deps.config) });
  });

  app.get('/v1/availability', async (c) => {
    const { config } = deps;
    const nowMs = deps.now();
    const query = readQuery(new URL(c.req.url).searchParams, config, nowMs);
    const bookable = bookableRange(config, nowMs);
    const fromMs = Math.max(query.fromMs, bookable.fromMs);
    const toMs = Math.min(query.toMs, bookable.toMs);
    const scheduled = scheduledSlots(config, { ...query, fromMs, toMs });
    const longest = Math.max(0, ...scheduled.map((s) => s.endMs - s.startMs));
    const busy = scheduled.length ? await busyBetween(deps.db, fromMs, toMs + longest, nowMs) : [];
    c.header('Cache-Control', 'no-store');
    return c.json({
      timeZone: config.timeZone,
      from: isoInZone(query.fromMs, config.timeZone),
      to: isoInZone(query.toMs, config.timeZone),
      slots: freeSlots(scheduled, busy).map((slot) => slotJson(slot, config.timeZone)),
    });
  });
}

/** Each service with the modes, centres and languages some counsellor offers it in. */
export function servicesJson(config: BookingConfig) {
  return [...config.services.values()].map((service) => {
    const modes = new Set<string>();
    const centres = new Set<string>();
    const languages = new Set<string>();
    for (const counsellor of config.counsellors) {
      for (const window of counsellor.windows) {
        const windowModes = window.modes.filter((m) => !service.modes || service.modes.includes(m));
        if (!window.services.includes(service.id) || windowModes.length === 0) continue;
        windowModes.forEach((m) => modes.add(m));
        centres.add(window.centre);
        window.languages.forEach((l) => languages.add(l));
      }
    }
    return {
      id: service.id,
      ...(service.kind === 'room' && { kind: 'room' as const }),
      name: service.name,
      ...(service.description && { description: service.description }),
      duration: service.duration,
      modes: GUIDANCE_MODES.filter((m) => modes.has(m)),
      centres: [...centres],
      languages: [...languages],
    };
  });
}

/** Reads and checks the query string; every problem at once, as a 422. */
function readQuery(params: URLSearchParams, config: BookingConfig, nowMs: number): SlotQuery {
  const errors: FieldError[] = [];
  const { timeZone } = config;
  const bound = (key: 'from' | 'to', endOfDay: boolean) => {
    const value = params.get(key);
    if (value === null || value === '') return undefined;
    const ms = parseBound(value, timeZone, endOfDay);
    if (ms === undefined)
      errors.push({
        path: key,
        code: 'format',
        message: 'expected a date (YYYY-MM-DD) or a date-time with offset',
      });
    return ms;
  };
  const fromMs = bound('from', false) ?? nowMs;
  const toMs = bound('to', true) ?? fromMs + DEFAULT_RANGE_DAYS * DAY_MS;
  if (toMs <= fromMs) errors.push({ path: 'to', code: 'format', message: 'must be after from' });
  else if (toMs - fromMs > MAX_RANGE_DAYS * DAY_MS)
    errors.push({
      path: 'to',
      code: 'format',
      message: `at most ${MAX_RANGE_DAYS} days after from`,
    });
  const filter = (key: string, ok: (value: string) => boolean, expected: string) => {
    const value = params.get(key) || undefined;
    if (value !== undefined && !ok(value))
      errors.push({ path: key, code: 'format', message: `expected ${expected}` });
    return value;
  };
  const id = (value: string) => ID_PATTERN.test(value);
  const query: SlotQuery = {
    fromMs,
    toMs,
    service: filter('service', id, 'a service id'),
    centre: filter('centre', id, 'a centre id'),
    mode: filter(
      'mode',
      (v) => (GUIDANCE_MODES as readonly string[]).includes(v),
      GUIDANCE_MODES.join(', '),
    ),
    language: filter('language', (v) => LANGUAGE_TAG_PATTERN.test(v), 'a language tag such as sv'),
  };
  if (errors.length > 0)
    throw new ProblemError('validation-failed', 'Check the query parameters.', { errors });
  return query;
}
