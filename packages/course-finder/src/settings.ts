/**
 * What a course finder's attributes ask for, read once per change: the page's
 * scope, the resident's starting filter, the page size, layout and the
 * reader's place. A value that cannot be used is reported through `warn` and
 * replaced by a default, so a typo never breaks the widget.
 */
import { type Geo } from '@learning-centre/feed/widget';
import {
  type CourseFilter,
  type CourseFilterParam,
  parseLatLon,
  readCourseFilter,
} from '@learning-centre/feed/queries';

/** The attributes the settings come from (the element's properties). */
export interface CourseFinderAttributes {
  centre?: string | null;
  provider?: string | null;
  subject?: string | null;
  level?: string | null;
  mode?: string | null;
  q?: string | null;
  openOnly?: boolean;
  pageSize?: number | null;
  layout?: string | null;
  near?: string | null;
}

/** Reports an attribute value that cannot be used (see core's `warnInvalidAttribute`). */
export type WarnAttribute = (
  attribute: string,
  value: string,
  allowed: string,
  fallback?: string,
) => void;

export type CourseFinderLayout = 'list' | 'grid';

/** The settings the element works with. */
export interface CourseFinderSettings {
  /** The page's choice (`centre`, `provider`): always applied, not shown as filters the resident clears. */
  scope: CourseFilter;
  /** The resident's filter before they touch anything (`subject`, `level`, `mode`, `q`, `open-only`). */
  start: CourseFilter;
  pageSize: number;
  layout: CourseFinderLayout;
  near?: Geo;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const LAYOUTS: readonly CourseFinderLayout[] = ['list', 'grid'];

/** The attribute each filter parameter comes from. */
const ATTRIBUTES: Partial<Record<CourseFilterParam, keyof CourseFinderAttributes>> = {
  q: 'q',
  subject: 'subject',
  level: 'level',
  mode: 'mode',
  centre: 'centre',
  provider: 'provider',
};

/**
 * Reads the attributes. `pageSizeText` is the `page-size` attribute as
 * written, so a warning can quote it (the property holds a number).
 */
export function readSettings(
  attributes: CourseFinderAttributes,
  pageSizeText: string | null,
  warn: WarnAttribute,
): CourseFinderSettings {
  const { filter, rejected } = readCourseFilter((param) => {
    const attribute = ATTRIBUTES[param];
    return attribute ? (attributes[attribute] as string | null | undefined) : undefined;
  });
  for (const { param, value, allowed } of rejected) warn(param, value, allowed);
  const { centres, providers, ...start } = filter;
  if (attributes.openOnly) start.openNow = true;
  const scope: CourseFilter = {};
  if (centres) scope.centres = centres;
  if (providers) scope.providers = providers;

  let pageSize = attributes.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    warn(
      'page-size',
      pageSizeText ?? String(pageSize),
      `a whole number from 1 to ${MAX_PAGE_SIZE}`,
      String(DEFAULT_PAGE_SIZE),
    );
    pageSize = DEFAULT_PAGE_SIZE;
  }

  let layout: CourseFinderLayout = 'list';
  if (attributes.layout != null) {
    const wanted = attributes.layout.trim().toLowerCase();
    if ((LAYOUTS as readonly string[]).includes(wanted)) layout = wanted as CourseFinderLayout;
    else warn('layout', attributes.layout, '"list" or "grid"', 'list');
  }

  let near: Geo | undefined;
  if (attributes.near != null && attributes.near.trim()) {
    near = parseLatLon(attributes.near);
    if (!near) {
      warn(
        'near',
        attributes.near,
        'a latitude and longitude in decimal degrees, such as "57.78,14.16"',
        'the order of the feed',
      );
    }
  }
  return { scope, start, pageSize, layout, ...(near ? { near } : {}) };
}
