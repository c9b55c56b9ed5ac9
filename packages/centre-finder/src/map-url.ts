/**
 * Links to a map service the page chose (`map-url-template`): the widget
 * itself never asks a third party for anything.
 */
import { safeUrl } from '@learning-centre/core';
import type { Geo } from '@learning-centre/feed/widget';

/**
 * The template with `{lat}`, `{lon}` and `{name}` filled in, each
 * URL-encoded, or `undefined` when the result is not an `https:`/`http:`
 * address (so `javascript:{name}` never becomes a link). Other `{…}` are left
 * as they are.
 *
 * @example mapUrl('https://www.openstreetmap.org/?mlat={lat}&mlon={lon}', { lat: 65.85, lon: 23.16 }, 'Kalix')
 * // 'https://www.openstreetmap.org/?mlat=65.85&mlon=23.16'
 */
export function mapUrl(template: string, geo: Geo, name: string): string | undefined {
  const values: Record<string, string> = {
    lat: String(geo.lat),
    lon: String(geo.lon),
    name,
  };
  const filled = template.replace(/\{(lat|lon|name)\}/g, (_, key: string) =>
    encodeURIComponent(values[key]),
  );
  return safeUrl(filled);
}
