/**
 * The partner wall's attribute values read the way an editor types them, with
 * a console warning (naming the attribute and what it accepts) and a default
 * for anything else.
 */
import { warnInvalidAttribute } from '@learning-centre/core';
import { PARTNER_KINDS, type PartnerKind } from '@learning-centre/feed/widget';

/** How the logos are laid out. */
export const LAYOUTS = ['grid', 'row', 'marquee'] as const;
export type PartnerLogosLayout = (typeof LAYOUTS)[number];

/** Most columns a `columns` value may ask for. */
export const MAX_COLUMNS = 12;

/** `layout`: `grid` (default), `row` or `marquee`, in any case. */
export function parseLayout(host: Element, value: string | null | undefined): PartnerLogosLayout {
  const layout = value?.trim().toLowerCase();
  if (!layout) return 'grid';
  if ((LAYOUTS as readonly string[]).includes(layout)) return layout as PartnerLogosLayout;
  warnInvalidAttribute(host, 'layout', value!, '"grid", "row" or "marquee"', '"grid"');
  return 'grid';
}

/**
 * `kind`: a comma-separated list of partner kinds (`university, employer`).
 * Unknown kinds are left out with a warning; none left means every kind.
 */
export function parseKinds(host: Element, value: string | null | undefined): PartnerKind[] {
  const kinds: PartnerKind[] = [];
  const unknown: string[] = [];
  for (const part of value?.split(',') ?? []) {
    const kind = part.trim().toLowerCase();
    if (!kind) continue;
    if (!(PARTNER_KINDS as readonly string[]).includes(kind)) unknown.push(part.trim());
    else if (!kinds.includes(kind as PartnerKind)) kinds.push(kind as PartnerKind);
  }
  for (const kind of unknown) {
    const allowed = `a comma-separated list of ${PARTNER_KINDS.join(', ')}`;
    warnInvalidAttribute(host, 'kind', kind, allowed, kinds.length ? 'the others' : 'every kind');
  }
  return kinds;
}

/** `columns`: a whole number from 1 to 12, else `undefined` (as many as fit). */
export function parseColumns(host: Element, value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const columns = Number(value);
  if (Number.isInteger(columns) && columns >= 1 && columns <= MAX_COLUMNS) return columns;
  warnInvalidAttribute(
    host,
    'columns',
    String(value),
    `a whole number from 1 to ${MAX_COLUMNS}`,
    'as many columns as fit',
  );
  return undefined;
}
