import { createFeedValidator, partnersSection } from '@learning-centre/feed/widget';
import {
  LcElement,
  parseHeadingLevel,
  renderHeading,
  type HeadingLevel,
} from '@learning-centre/core';
import {
  type Feed,
  type LoadedFeed,
  type Partner,
  type PartnerKind,
} from '@learning-centre/feed/widget';
import { filterPartners, groupPartnersByKind } from '@learning-centre/feed/queries';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customProperties } from './custom-properties.ts';
import { partnerLogosText, type PartnerLogosMessageKey } from './messages.ts';
import { parseColumns, parseKinds, parseLayout, type PartnerLogosLayout } from './options.ts';
import { renderPartnerLogo, type LogoContext } from './partner-logo.ts';
import { partnerLogosStyles } from './partner-logos.styles.ts';

export type { PartnerLogosLayout } from './options.ts';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * The logos of the partners behind a learning centre — universities,
 * employers, unions, libraries, the region — from the feed's `partners`.
 * Each logo links to the partner's site; its alt text (else the partner's
 * name) names the link. Several kinds are grouped under headings.
 *
 * ```html
 * <lc-partner-logos feed="https://larcentrum.example/feed.json" kind="university,employer" monochrome></lc-partner-logos>
 * ```
 *
 * `layout="marquee"` moves the logos sideways, with a visible pause button;
 * it pauses on hover and keyboard focus and never moves when the reader asks
 * for reduced motion (then it is a grid).
 *
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 *
 * @csspart base - the wrapper of everything the widget shows
 * @csspart wall - the logos, grouped or not
 * @csspart group - the logos of one kind, with their heading
 * @csspart heading - a group's heading ("Universitet eller högskola")
 * @csspart list - a list of logos
 * @csspart item - one partner
 * @csspart link - a partner's link (when it has a web address)
 * @csspart figure - a partner without a web address
 * @csspart logo - a logo image
 * @csspart name - a partner's name, shown when there is no logo or it fails to load
 * @csspart marquee - the moving strip of a marquee
 * @csspart pause-button - "Pausa logotyperna" / "Spela upp logotyperna"
 * @csspart status - the loading and empty states
 * @csspart alert - the error state
 * @csspart debug - the feed's issues, with `debug`
 *
 * @cssprop --lc-partner-logos-logo-height - height of a logo (default 3.5em)
 * @cssprop --lc-partner-logos-min-width - narrowest grid cell when `columns` is not set (default 9em)
 * @cssprop --lc-partner-logos-gap - space between logos (default the `--lc-space-4` token)
 * @cssprop --lc-partner-logos-item-background - background behind each logo (default the surface token)
 * @cssprop --lc-partner-logos-item-border-color - border around each logo (default transparent)
 * @cssprop --lc-partner-logos-seconds-per-logo - marquee speed: seconds each logo takes to pass (default 3s)
 */
export class LcPartnerLogos extends LcElement {
  static override styles = [LcElement.baseStyles, partnerLogosStyles];
  /** Checks only what this widget reads: the partners. */
  static override feedValidator = createFeedValidator({ partners: partnersSection });

  /** Only these partner kinds, comma-separated: `university, employer` (any of the feed's partner kinds). */
  @property() kind?: string;

  /** Only partners of this tier (`Huvudman`), compared without regard to case. */
  @property() tier?: string;

  /** Only the partners of this centre (its id); partners that list no centres stand behind every centre. */
  @property() centre?: string;

  /** `grid` (default), `row` or `marquee`. */
  @property() layout: PartnerLogosLayout | string = 'grid';

  /** Logos in grey (or the feed's `monochrome` variant) until hovered or focused. */
  @property({ type: Boolean, reflect: true }) monochrome = false;

  /** A fixed number of grid columns, 1–12; by default as many as fit. */
  @property() columns?: number | string;

  /** The level of the group headings, 2–6 (default 3: under the page's h2). */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevel | string;

  /** The reader paused the marquee. */
  @state() private paused = false;
  /** The reader's system asks for reduced motion: a marquee is shown as a grid. */
  @state() private reducedMotion = false;
  /** Image addresses that failed to load. */
  @state() private failed: ReadonlySet<string> = new Set();

  private kinds: PartnerKind[] = [];
  private resolvedLayout: PartnerLogosLayout = 'grid';
  private resolvedColumns?: number;
  private resolvedHeadingLevel: HeadingLevel = 3;
  private motionQuery?: MediaQueryList;
  private shown?: { feed: Feed; key: string; partners: Partner[] };
  /** Logos that failed since the last frame: a wall of broken addresses re-renders once, not per image. */
  private readonly failing = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery = globalThis.matchMedia?.(REDUCED_MOTION);
    this.reducedMotion = this.motionQuery?.matches ?? false;
    this.motionQuery?.addEventListener('change', this.handleMotionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.handleMotionChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('kind')) this.kinds = parseKinds(this, this.kind);
    if (first || changed.has('layout')) this.resolvedLayout = parseLayout(this, this.layout);
    if (first || changed.has('columns')) this.resolvedColumns = parseColumns(this, this.columns);
    if (first || changed.has('headingLevel')) {
      this.resolvedHeadingLevel = parseHeadingLevel(this, this.headingLevel, 3);
    }
  }

  private readonly handleMotionChange = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
  };

  private readonly handleImageError = (event: Event): void => {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (!src || this.failed.has(src)) return;
    if (this.failing.size === 0) {
      requestAnimationFrame(() => {
        this.failed = new Set([...this.failed, ...this.failing]);
        this.failing.clear();
      });
    }
    this.failing.add(src);
  };

  private readonly handlePauseClick = (): void => {
    this.paused = !this.paused;
  };

  /** Focus scrolled a link of the strip into view; start the loop from the beginning again when it leaves. */
  private readonly handleStripFocusOut = (event: FocusEvent): void => {
    const strip = event.currentTarget as HTMLElement;
    if (!strip.contains(event.relatedTarget as Node | null)) strip.scrollLeft = 0;
  };

  private msg(key: PartnerLogosMessageKey): string {
    return partnerLogosText(this.locale, key);
  }

  /** The partners to show, kept while the feed and the filter stay the same. */
  private partnersOf({ feed }: LoadedFeed): Partner[] {
    const key = [this.kinds.join(','), this.tier ?? '', this.centre ?? ''].join('\u0000');
    if (this.shown?.feed !== feed || this.shown.key !== key) {
      const partners = filterPartners(feed.partners, {
        kinds: this.kinds,
        tier: this.tier?.trim() || undefined,
        centre: this.centre?.trim() || undefined,
      });
      this.shown = { feed, key, partners };
    }
    return this.shown.partners;
  }

  private renderList(partners: Partner[], layout: PartnerLogosLayout, context: LogoContext) {
    if (layout !== 'marquee') {
      const columns = this.resolvedColumns;
      return html`<ul
        part="list"
        class="list ${columns ? 'fixed' : ''}"
        role="list"
        ${customProperties(columns ? { '--_columns': String(columns) } : {})}
      >
        ${partners.map((partner) => renderPartnerLogo(partner, context))}
      </ul>`;
    }
    // Two copies side by side, moved by half their width: the loop has no seam.
    return html`<div
      part="marquee"
      class="strip"
      ${customProperties({ '--_count': String(partners.length) })}
      @focusout=${this.handleStripFocusOut}
    >
      <div class="track">
        <ul part="list" class="list" role="list">
          ${partners.map((partner) => renderPartnerLogo(partner, context))}
        </ul>
        <ul part="list" class="list" role="list" aria-hidden="true">
          ${partners.map((partner) => renderPartnerLogo(partner, context, true))}
        </ul>
      </div>
    </div>`;
  }

  private renderPauseButton(): TemplateResult {
    return html`<button
      type="button"
      part="pause-button"
      class="lc-button pause"
      @click=${this.handlePauseClick}
    >
      <svg class="pause-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        ${
          this.paused
            ? svg`<path d="M4 2l10 6-10 6z" fill="currentColor" />`
            : svg`<path d="M3 2h4v12H3zM9 2h4v12H9z" fill="currentColor" />`
        }
      </svg>
      ${this.msg(this.paused ? 'partnerLogos.play' : 'partnerLogos.pause')}
    </button>`;
  }

  private renderWall(loaded: LoadedFeed): TemplateResult {
    const partners = this.partnersOf(loaded);
    const groups = groupPartnersByKind(partners, this.kinds);
    const layout =
      this.resolvedLayout === 'marquee' && this.reducedMotion ? 'grid' : this.resolvedLayout;
    const context: LogoContext = {
      feedUrl: loaded.url,
      monochrome: this.monochrome,
      failed: this.failed,
      onImageError: this.handleImageError,
      text: (value) => this.text(value),
    };
    return html`${layout === 'marquee' ? this.renderPauseButton() : nothing}
      <div part="wall" class="wall ${layout} ${this.paused ? 'paused' : ''}">
        ${
          groups.length > 1
            ? groups.map(
                ({ kind, partners: members }) =>
                  html`<div part="group" class="group">
                    ${renderHeading(this.resolvedHeadingLevel, this.t(`partnerKind.${kind}`), {
                      part: 'heading',
                      className: 'heading',
                    })}
                    ${this.renderList(members, layout, context)}
                  </div>`,
              )
            : this.renderList(partners, layout, context)
        }
      </div>`;
  }

  override render() {
    return this.renderStates({
      ready: (loaded) => this.renderWall(loaded),
      isEmpty: (loaded) => this.partnersOf(loaded).length === 0,
      empty: () => this.msg('partnerLogos.empty'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-partner-logos': LcPartnerLogos;
  }
}
