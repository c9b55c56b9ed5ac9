/**
 * `<lc-partner-logos>` in the browser: from the element's creation until the
 * frame with every logo is painted (the feed fetched and validated
 * beforehand, as the cache has it on a page with several widgets).
 */
import { PARTNER_KINDS, type Partner } from '../../../packages/feed/src/index.ts';
import type { LcPartnerLogos } from '../../../packages/partner-logos/src/partner-logos.ts';
import '../../../packages/partner-logos/src/define.ts';
import { widgetBenchmark } from '../widget-stage.ts';

const PARTNERS = 200;

/** `count` partners of every kind, each with a logo (alt text in two languages) and a site. */
function partners(count: number): Partner[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `partner-${i}`,
    name: `Partner ${i} AB`,
    kind: PARTNER_KINDS[i % PARTNER_KINDS.length],
    url: `https://partner-${i}.example/`,
    // Absolute and on this server (where it is not found: the image's error
    // comes after the timed frame). Relative addresses cannot follow a blob: feed.
    logo: {
      src: `${location.origin}/bench-logos/partner-${i}.svg`,
      width: 200,
      height: 80,
      alt: { sv: `Partner ${i} AB, logotyp`, en: `Partner ${i} Ltd, logo` },
    },
    tier: i % 3 === 0 ? 'Huvudpartner' : 'Partner',
  }));
}

function expectLogos(el: LcPartnerLogos, count: number): void {
  const found = el.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
  if (found !== count) throw new Error(`expected ${count} logos, found ${found}`);
}

function benchmark(name: string, layout: string, budgetMs: number | null, logos: number) {
  return widgetBenchmark<LcPartnerLogos>({
    name,
    budgetMs,
    tag: 'lc-partner-logos',
    collections: { partners: partners(PARTNERS) },
    configure: (el) => {
      el.layout = layout;
      el.monochrome = true;
    },
    verify: (el) => expectLogos(el, logos),
  });
}

/** Issue #6: 200 logos in 8 groups under headings, monochrome, ≤ 50 ms. */
export const partnerLogosRender = benchmark(
  'lc-partner-logos, render, 200 logos (grid)',
  'grid',
  50,
  PARTNERS,
);

/** The marquee draws every logo twice (the seamless loop): for comparison. */
export const partnerLogosMarqueeRender = benchmark(
  'lc-partner-logos, render, 200 logos (marquee)',
  'marquee',
  null,
  PARTNERS * 2,
);
