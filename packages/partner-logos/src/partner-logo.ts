/**
 * One partner on the wall: its logo (a link when it has a web address), or
 * its name as text when there is no usable logo or the image fails to load.
 */
import { safeUrl } from '@learning-centre/core';
import type { LocalizedText, Partner } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';

/** What every logo on the wall shares. */
export interface LogoContext {
  /** The feed's address: logo and link addresses are relative to it. */
  feedUrl: string;
  /** Show the `monochrome` variant, or the logo in grey, until hover or focus. */
  monochrome: boolean;
  /** Image addresses that failed to load: those partners show their name instead. */
  failed: ReadonlySet<string>;
  /** Listens for an image's `error`; the image's `src` attribute names it. */
  onImageError: (event: Event) => void;
  /** Feed text in the reader's language. */
  text: (value: LocalizedText | undefined) => string;
}

/** A partner's addresses, resolved against the feed. */
interface PartnerLinks {
  base: string;
  src?: string;
  mono?: string;
  href?: string;
}

/** Kept per partner: a wall re-renders (a logo failing, the marquee paused) far more often than the feed changes. */
const resolved = new WeakMap<Partner, PartnerLinks>();

function linksOf(partner: Partner, base: string): PartnerLinks {
  let links = resolved.get(partner);
  if (links?.base !== base) {
    // Only https:/http: ever reach src or href: never javascript: or data:text/html.
    links = {
      base,
      src: safeUrl(partner.logo?.src, base),
      mono: safeUrl(partner.logo?.monochrome, base),
      href: safeUrl(partner.url, base),
    };
    resolved.set(partner, links);
  }
  return links;
}

/**
 * The list item of one partner. `copy` marks the duplicate a marquee needs for
 * its seamless loop: it is hidden from assistive technology (the caller sets
 * `aria-hidden` on its list) and its link is taken out of the tab order.
 */
export function renderPartnerLogo(
  partner: Partner,
  context: LogoContext,
  copy = false,
): TemplateResult {
  const name = context.text(partner.name);
  const { logo } = partner;
  const links = linksOf(partner, context.feedUrl);
  const src = links.src;
  const mono = context.monochrome ? links.mono : undefined;
  const broken = (src && context.failed.has(src)) || (mono && context.failed.has(mono));
  const showsImage = Boolean(logo && src && !broken);
  let content: TemplateResult;
  if (!logo || !src || !showsImage) {
    content = html`<span part="name" class="name">${name}</span>`;
  } else {
    // The logo's alt names the link; else the partner's name does.
    const alt = context.text(logo.alt) || name;
    const image = (url: string, variant: string) =>
      html`<img
        part="logo"
        class="logo ${variant}"
        src=${url}
        alt=${alt}
        width=${logo.width}
        height=${logo.height}
        loading="lazy"
        decoding="async"
        @error=${context.onImageError}
      />`;
    // With a variant, only one of the two images is displayed at a time, so the
    // name is never read twice; the colour one loads when first shown.
    content = mono ? html`${image(mono, 'mono')}${image(src, 'colour')}` : image(src, 'colour');
  }
  const href = links.href;
  const variantClass = showsImage && mono ? 'has-variant' : '';
  return html`<li part="item" class="item">
    ${
      href
        ? html`<a
            part="link"
            class="frame ${variantClass}"
            href=${href}
            tabindex=${copy ? -1 : nothing}
            >${content}</a
          >`
        : html`<figure part="figure" class="frame ${variantClass}">${content}</figure>`
    }
  </li>`;
}
