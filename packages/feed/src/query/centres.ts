/**
 * Centres by place and by name: distances, "near me", alphabetical lists in
 * the reader's language, and the centres that offer a service or a course.
 */
import { pickText } from '../text.ts';
import type { Centre, CentreService, Feed, Geo } from '../types.ts';
import { foldForSearch } from './search.ts';

/** Mean Earth radius (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance between two points in kilometres (haversine formula;
 * within 0.5 % of the true ellipsoidal distance, plenty for "nearest centre").
 */
export function distanceKm(a: Geo, b: Geo): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a point written as latitude and longitude in decimal degrees, as an
 * editor would type it or a map would copy it: `59.3,18.0`, `59.3, 18.0`,
 * `59.3 18.0`, `59.3;18.0`, or with Swedish decimal commas when the two
 * numbers are separated by a space or a semicolon (`59,3 18,0`). `undefined`
 * for anything else, including a latitude outside ±90 or a longitude outside ±180.
 */
export function parseLatLon(value: string): Geo | undefined {
  const text = value.trim();
  // Decimal points with a comma between, else decimal commas with a space between.
  const parts = [text.split(/\s*[,;]\s*/), text.split(/\s*;\s*|\s+/)].find(
    (pair) => pair.length === 2 && pair.every((part) => NUMBER.test(part)),
  );
  if (!parts) return undefined;
  const [lat, lon] = parts.map((part) => Number(part.replace(',', '.')));
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

/** A centre and how far it is from a point. */
export interface CentreDistance {
  centre: Centre;
  distanceKm: number;
}

/** The centres nearest first, each with its distance from `point` in kilometres. Ties keep their order. */
export function sortCentresByDistance(centres: readonly Centre[], point: Geo): CentreDistance[] {
  return centres
    .map((centre) => ({ centre, distanceKm: distanceKm(point, centre.geo) }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

const collators = new Map<string, Intl.Collator>();

/**
 * A collator for `language`, cached (creating one is slow). An unknown or
 * malformed tag falls back to `fallback`, then to the runtime's default.
 */
export function collatorFor(language: string, fallback?: string): Intl.Collator {
  const key = `${language}|${fallback ?? ''}`;
  let collator = collators.get(key);
  if (!collator) {
    for (const tag of [language, fallback, undefined]) {
      try {
        collator = new Intl.Collator(tag || undefined, { sensitivity: 'variant', numeric: true });
        break;
      } catch {
        // A tag Intl rejects: try the next one.
      }
    }
    collators.set(key, collator!);
  }
  return collator!;
}

/**
 * The centres in alphabetical order of the name shown in `language` (see
 * `pickText`), with that language's rules: in Swedish Å, Ä and Ö come after Z,
 * and "Lärcentrum 2" before "Lärcentrum 10".
 */
export function sortCentresByName(
  centres: readonly Centre[],
  language: string,
  fallbackLanguage: string,
): Centre[] {
  const { compare } = collatorFor(language, fallbackLanguage);
  return centres
    .map((centre) => ({ centre, name: pickText(centre.name, language, fallbackLanguage) }))
    .sort((a, b) => compare(a.name, b.name))
    .map(({ centre }) => centre);
}

/** Which centres `filterCentres` keeps; every criterion given must hold. */
export interface CentreFilter {
  /** The municipality, compared without regard to case or accents ("Söderhamn"). */
  municipality?: string;
  /** A service the centre must offer. */
  service?: CentreService;
  /** A course id: only centres where that course can be studied. */
  course?: string;
}

/**
 * The feed's centres that match `filter`, in feed order. With `course`, a
 * course that does not exist or names no centres gives none.
 */
export function filterCentres(
  feed: Pick<Feed, 'centres' | 'courses'>,
  filter: CentreFilter = {},
): Centre[] {
  const municipality =
    filter.municipality === undefined ? undefined : foldForSearch(filter.municipality);
  let ids: Set<string> | undefined;
  if (filter.course !== undefined) {
    ids = new Set(feed.courses.find((course) => course.id === filter.course)?.centres);
  }
  return feed.centres.filter(
    (centre) =>
      (municipality === undefined || foldForSearch(centre.municipality) === municipality) &&
      (filter.service === undefined || centre.services.includes(filter.service)) &&
      (ids === undefined || ids.has(centre.id)),
  );
}
