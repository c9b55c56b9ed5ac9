/**
 * The centre finder's attribute values read the way an editor types them,
 * with a console warning (naming the attribute and what it accepts) and a
 * default for anything else.
 */
import { warnInvalidAttribute } from '@learning-centre/core';
import { CENTRE_SERVICES, type CentreService, type Geo } from '@learning-centre/feed/widget';
import { parseLatLon } from '@learning-centre/feed/queries';
import { mapUrl } from './map-url.ts';

/** `service`: one of the feed's centre services, else no service filter. */
export function parseService(
  host: Element,
  value: string | null | undefined,
): CentreService | undefined {
  const service = value?.trim().toLowerCase();
  if (!service) return undefined;
  if ((CENTRE_SERVICES as readonly string[]).includes(service)) return service as CentreService;
  warnInvalidAttribute(
    host,
    'service',
    value!,
    `one of ${CENTRE_SERVICES.join(', ')}`,
    'every centre',
  );
  return undefined;
}

/** `near`: latitude and longitude (`59.33,18.07`), else no position. */
export function parseNear(host: Element, value: string | null | undefined): Geo | undefined {
  if (!value?.trim()) return undefined;
  const point = parseLatLon(value);
  if (!point) {
    warnInvalidAttribute(
      host,
      'near',
      value,
      'latitude and longitude in decimal degrees, such as "59.33,18.07"',
      'no position (sorted by name)',
    );
  }
  return point;
}

/** `limit`: a whole number from 1 up, else no limit. */
export function parseLimit(host: Element, value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const limit = Number(value);
  if (Number.isInteger(limit) && limit >= 1) return limit;
  warnInvalidAttribute(host, 'limit', String(value), 'a whole number from 1 up', 'every centre');
  return undefined;
}

/** `map-url-template`: kept when it makes an `https:`/`http:` address, else no map links. */
export function parseMapTemplate(
  host: Element,
  value: string | null | undefined,
): string | undefined {
  const template = value?.trim();
  if (!template) return undefined;
  if (mapUrl(template, { lat: 0, lon: 0 }, 'x')) return template;
  warnInvalidAttribute(
    host,
    'map-url-template',
    value!,
    'an https: address with {lat}, {lon} and {name} placeholders',
    'no map links',
  );
  return undefined;
}
