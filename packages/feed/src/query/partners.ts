/**
 * Partners by kind, tier and centre: which logos a partner wall shows, and
 * under which headings.
 */
import type { Partner, PartnerKind } from '../types.ts';
import { foldForSearch } from './search.ts';

/** Which partners `filterPartners` keeps; every criterion given must hold. */
export interface PartnerFilter {
  /** Only these kinds; empty or absent means every kind. */
  kinds?: readonly PartnerKind[];
  /** The tier ("Huvudman"), compared without regard to case or accents. */
  tier?: string;
  /**
   * A centre id: the partners of that centre. A partner that lists no
   * `centres` stands behind the whole feed, so it is a partner of every centre.
   */
  centre?: string;
}

/** The partners that match `filter`, in feed order. */
export function filterPartners(
  partners: readonly Partner[],
  filter: PartnerFilter = {},
): Partner[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const tier = filter.tier === undefined ? undefined : foldForSearch(filter.tier);
  const { centre } = filter;
  return partners.filter(
    (partner) =>
      (kinds === undefined || kinds.has(partner.kind)) &&
      (tier === undefined ||
        (partner.tier !== undefined && foldForSearch(partner.tier) === tier)) &&
      (centre === undefined || partner.centres === undefined || partner.centres.includes(centre)),
  );
}

/** The partners of one kind, for one heading. */
export interface PartnerGroup {
  kind: PartnerKind;
  partners: Partner[];
}

/**
 * The partners grouped by kind, each group in feed order. Groups come in
 * `kindOrder` (the order a page listed them in) and then, for kinds it does
 * not name, in the order the feed first mentions them: the editor's order.
 */
export function groupPartnersByKind(
  partners: readonly Partner[],
  kindOrder: readonly PartnerKind[] = [],
): PartnerGroup[] {
  const groups = new Map<PartnerKind, Partner[]>();
  for (const kind of kindOrder) groups.set(kind, []);
  for (const partner of partners) {
    const group = groups.get(partner.kind);
    if (group) group.push(partner);
    else groups.set(partner.kind, [partner]);
  }
  return [...groups]
    .filter(([, members]) => members.length > 0)
    .map(([kind, members]) => ({ kind, partners: members }));
}
