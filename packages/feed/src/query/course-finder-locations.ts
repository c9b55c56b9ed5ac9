/**
 * Where a course can be studied locally, as a course card lists it: the
 * learning centres (nearest first when the reader's place is known), each with
 * the sessions held there (labs, campus visits, exams).
 */
import type { Centre, Course, CourseSession, Geo } from '../types.ts';
import { distanceKm } from './centres.ts';

/** A centre where the course can be studied, with the course's sessions there. */
export interface CourseLocation {
  centre: Centre;
  /** From the reader's place, when one was given. */
  distanceKm?: number;
  /** Sessions at this centre, earliest first. */
  sessions: CourseSession[];
}

/** A session held somewhere other than the course's centres. */
export interface OtherSession {
  session: CourseSession;
  /** The feed's centre the session names, when it is one the course does not list. */
  centre?: Centre;
}

/** The local side of a course (see `courseLocations`). */
export interface CourseLocations {
  centres: CourseLocation[];
  /** Sessions with no centre (at the provider's campus, say) or at a centre the course does not list; earliest first. */
  otherSessions: OtherSession[];
}

/**
 * The centres where `course` can be studied and its sessions, grouped by
 * place. Centres keep the course's order, or go nearest first (ties in that
 * order) when `near` is given; ids the feed does not know are skipped.
 * Sessions are sorted by start; a session whose start cannot be read keeps
 * its place at the end.
 */
export function courseLocations(
  course: Course,
  centres: readonly Centre[],
  near?: Geo,
): CourseLocations {
  const byId = new Map(centres.map((centre) => [centre.id, centre]));
  const locations: CourseLocation[] = [];
  const seen = new Set<string>();
  for (const id of course.centres ?? []) {
    const centre = byId.get(id);
    if (!centre || seen.has(id)) continue;
    seen.add(id);
    locations.push(
      near
        ? { centre, distanceKm: distanceKm(near, centre.geo), sessions: [] }
        : { centre, sessions: [] },
    );
  }
  if (near) locations.sort((a, b) => a.distanceKm! - b.distanceKm!);

  const otherSessions: OtherSession[] = [];
  for (const session of sortSessions(course.sessions ?? [])) {
    const here = session.centre === undefined ? undefined : seen.has(session.centre);
    if (here) locations.find((l) => l.centre.id === session.centre)!.sessions.push(session);
    else {
      const centre = session.centre === undefined ? undefined : byId.get(session.centre);
      otherSessions.push(centre ? { session, centre } : { session });
    }
  }
  return { centres: locations, otherSessions };
}

/** Earliest first; a date without a time counts from that day's start (UTC, close enough to order). */
function sortSessions(sessions: readonly CourseSession[]): CourseSession[] {
  const time = (s: CourseSession) => {
    const ms = Date.parse(s.start);
    return Number.isNaN(ms) ? Infinity : ms;
  };
  return sessions
    .map((session, i) => ({ session, i, t: time(session) }))
    .sort((a, b) => (a.t === b.t ? a.i - b.i : a.t < b.t ? -1 : 1))
    .map(({ session }) => session);
}
