import { css } from 'lit';

/** Styles of `<lc-centre-finder>`: component variables falling back to the `--lc-*` tokens. */
export const centreFinderStyles = css`
  .locate {
    margin-block-end: var(--_lc-space-4);
  }

  .locate-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: var(--_lc-space-2);
  }

  .privacy,
  .locate-status,
  .summary {
    margin-block: var(--_lc-space-2) 0;
    color: var(--_lc-color-muted);
    font-size: 0.9em;
  }

  .locate-status:empty {
    display: none;
  }

  .locate-status.denied,
  .locate-status.unavailable {
    color: var(--_lc-color-text);
  }

  .summary {
    margin-block: 0 var(--_lc-space-3);
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(18em, 100%), 1fr));
    gap: var(--lc-centre-finder-gap, var(--_lc-space-4));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .centre {
    display: flex;
    flex-direction: column;
    gap: var(--_lc-space-2);
    min-inline-size: 0;
    padding: var(--lc-centre-finder-card-padding, var(--_lc-space-4));
    border: 1px solid var(--lc-centre-finder-card-border-color, var(--_lc-color-border));
    border-radius: var(--_lc-radius);
    background: var(--lc-centre-finder-card-background, var(--_lc-color-surface));
    overflow-wrap: anywhere;
    /* A long list lays out and paints only the centres near the screen. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 24em;
  }

  .name {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }

  /* (A name without a web address is an <a> without href: plain text.) */
  a[href] {
    color: var(--_lc-color-accent);
  }

  .open-state {
    margin: 0;
  }

  .open strong {
    color: var(--lc-centre-finder-open-color, var(--_lc-color-success));
  }

  .closed strong {
    color: var(--lc-centre-finder-closed-color, var(--_lc-color-danger));
  }

  .details {
    display: grid;
    gap: var(--_lc-space-2);
    margin: 0;
  }

  /* Label beside value where there is room, above it on a narrow card. */
  .row {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_lc-space-3);
  }

  dt {
    flex: 0 0 7em;
    color: var(--_lc-color-muted);
  }

  dd {
    flex: 1 1 12em;
    min-inline-size: 0;
    margin: 0;
  }

  .note {
    display: block;
    font-style: italic;
  }

  .map-link {
    display: block;
    inline-size: fit-content;
  }

  /* Rows a centre has no data for (above .row and .map-link). */
  .centre [hidden] {
    display: none;
  }

  .contact {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .select {
    align-self: start;
    margin-block-start: auto;
  }

  .select[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
`;
