import { css } from 'lit';

/** Styles of `<lc-partner-logos>`: component variables falling back to the `--lc-*` tokens. */
export const partnerLogosStyles = css`
  :host {
    --_gap: var(--lc-partner-logos-gap, var(--_lc-space-4));
    --_logo-height: var(--lc-partner-logos-logo-height, 3.5em);
  }

  .group + .group {
    margin-block-start: var(--_lc-space-5);
  }

  .heading {
    margin-block: 0 var(--_lc-space-3);
    font-size: 1.1em;
    line-height: 1.3;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    gap: var(--_gap);
  }

  .grid .list {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(var(--lc-partner-logos-min-width, 9em), 100%), 1fr)
    );
  }

  .grid .fixed {
    grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
  }

  .row .list {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
  }

  .item {
    display: flex;
    min-inline-size: 0;
  }

  .frame {
    display: flex;
    flex: 1;
    align-items: center;
    justify-content: center;
    min-inline-size: 0;
    min-block-size: calc(var(--_logo-height) + 2 * var(--_lc-space-2));
    margin: 0;
    padding: var(--_lc-space-2);
    border: 1px solid var(--lc-partner-logos-item-border-color, transparent);
    border-radius: var(--_lc-radius);
    background: var(--lc-partner-logos-item-background, var(--_lc-color-surface));
    color: inherit;
  }

  .logo {
    display: block;
    inline-size: auto;
    max-inline-size: 100%;
    block-size: var(--_logo-height);
    object-fit: contain;
  }

  .name {
    font-weight: 600;
    text-align: center;
    overflow-wrap: anywhere;
  }

  a .name {
    color: var(--_lc-color-accent);
    text-decoration: underline;
  }

  /* monochrome: grey until the reader points at or focuses the logo. */
  :host([monochrome]) .frame:not(.has-variant) .logo {
    filter: grayscale(1);
    transition: filter var(--_lc-motion-duration);
  }

  :host([monochrome]) .frame:is(:hover, :focus-visible) .logo {
    filter: none;
  }

  .has-variant .colour,
  .has-variant:is(:hover, :focus-visible) .mono {
    display: none;
  }

  .has-variant:is(:hover, :focus-visible) .colour {
    display: block;
  }

  /* marquee: two copies of the list side by side, moved by one copy's width. */
  .pause {
    margin-block-end: var(--_lc-space-3);
  }

  .pause-icon {
    flex: none;
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-end: var(--_lc-space-2);
  }

  .strip {
    overflow: hidden;
    container-type: inline-size;
  }

  .track {
    display: flex;
    inline-size: max-content;
    animation: lc-partner-marquee calc(var(--_count) * var(--lc-partner-logos-seconds-per-logo, 3s))
      linear infinite;
  }

  [dir='rtl'] .track {
    animation-name: lc-partner-marquee-rtl;
  }

  .strip .list {
    display: flex;
    justify-content: space-around;
    min-inline-size: 100cqi;
    padding-inline-end: var(--_gap);
  }

  .strip .item {
    flex: none;
  }

  .strip .frame {
    inline-size: max-content;
  }

  .paused .track,
  .strip:is(:hover, :focus-within) .track {
    animation-play-state: paused;
  }

  @keyframes lc-partner-marquee {
    to {
      transform: translateX(-50%);
    }
  }

  @keyframes lc-partner-marquee-rtl {
    to {
      transform: translateX(50%);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .track {
      animation: none;
    }
  }
`;
