import { css } from 'lit';

/**
 * The course finder's CSS. Every colour, space and radius is a component
 * variable falling back to a token; logical properties only, so right-to-left
 * pages need nothing extra.
 */
export const styles = css`
  :host {
    --_cf-gap: var(--lc-course-finder-gap, var(--_lc-space-4));
    --_cf-card-background: var(--lc-card-background, var(--_lc-color-surface));
    --_cf-card-border: var(--lc-card-border-color, var(--_lc-color-border));
    --_cf-card-radius: var(--lc-card-radius, var(--_lc-radius));
    --_cf-card-padding: var(--lc-card-padding, var(--_lc-space-4));
    --_cf-column: var(--lc-course-finder-column-width, 20em);
  }

  .form {
    display: grid;
    gap: var(--_lc-space-3);
    margin-block-end: var(--_cf-gap);
  }

  .search {
    display: grid;
    gap: var(--_lc-space-1);
  }

  .search-label {
    font-weight: 600;
  }

  .search-input {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding-block: var(--_lc-space-2);
    padding-inline: var(--_lc-space-3);
    border: 1px solid var(--lc-input-border-color, var(--_lc-color-border));
    border-radius: var(--lc-input-radius, var(--_lc-radius));
    background: var(--lc-input-background, var(--_lc-color-surface));
    color: inherit;
    font: inherit;
  }

  .hint {
    margin: 0;
    color: var(--_lc-color-muted);
    font-size: 0.9em;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_lc-space-2);
  }

  .facet {
    min-inline-size: 0;
    max-inline-size: 100%;
    border: 1px solid var(--lc-filter-border-color, var(--_lc-color-border));
    border-radius: var(--lc-filter-radius, var(--_lc-radius));
    background: var(--lc-filter-background, var(--_lc-color-surface));
  }

  .facet[open] {
    flex-basis: 100%;
  }

  /* Slotted into the details element's own shadow root, they would inherit content-box from its slots. */
  .facet > * {
    box-sizing: border-box;
  }

  summary {
    display: list-item;
    min-block-size: 2.75em;
    padding-block: var(--_lc-space-2);
    padding-inline: var(--_lc-space-3);
    cursor: pointer;
    font-weight: 600;
  }

  .selected {
    font-weight: 400;
    color: var(--_lc-color-muted);
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lc-space-1) var(--_lc-space-4);
    margin: 0;
    padding-block: 0 var(--_lc-space-3);
    padding-inline: var(--_lc-space-3);
    border: 0;
    min-inline-size: 0;
  }

  .option,
  .open-now {
    display: inline-flex;
    align-items: center;
    gap: var(--_lc-space-2);
    min-block-size: 2.75em;
    cursor: pointer;
  }

  .open-now {
    padding-inline: var(--_lc-space-2);
  }

  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_lc-color-accent);
  }

  .clear {
    justify-self: start;
    background: var(--lc-clear-button-background, var(--_lc-color-surface));
    color: var(--lc-clear-button-color, var(--_lc-color-accent));
    border-color: currentColor;
  }

  .count {
    margin-block: 0 var(--_lc-space-3);
    font-weight: 600;
  }

  .no-results {
    display: grid;
    justify-items: start;
    gap: var(--_lc-space-3);
    margin-block-end: var(--_cf-gap);
  }

  .results {
    display: grid;
    gap: var(--_cf-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .results[data-layout='grid'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_cf-column)), 1fr));
  }

  .results > li {
    /* Off-screen cards skip layout and paint until scrolled to (they stay in the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }

  .card {
    display: grid;
    align-content: start;
    gap: var(--_lc-space-2);
    block-size: 100%;
    padding: var(--_cf-card-padding);
    border: 1px solid var(--_cf-card-border);
    border-radius: var(--_cf-card-radius);
    background: var(--_cf-card-background);
    box-shadow: var(--lc-card-shadow, none);
    overflow-wrap: anywhere;
  }

  .card > * {
    margin: 0;
  }

  .card-title {
    font-size: var(--lc-card-title-size, 1.15em);
    line-height: 1.3;
  }

  .card-title a,
  .apply {
    color: var(--lc-link-color, var(--_lc-color-accent));
    text-underline-offset: 0.15em;
  }

  .title-text:focus-visible {
    outline: var(--_lc-focus-ring);
  }

  .card-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_lc-space-3);
    color: var(--_lc-color-muted);
  }

  .status {
    justify-self: start;
    padding-inline: var(--_lc-space-2);
    border: 1px solid currentColor;
    border-radius: var(--_lc-radius);
    color: var(--_lc-color-warning);
    font-weight: 600;
  }

  .card[data-status='cancelled'] .status {
    color: var(--_lc-color-danger);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lc-space-1) var(--_lc-space-4);
  }

  .facts dt {
    color: var(--_lc-color-muted);
    font-size: 0.85em;
  }

  .facts dd {
    margin: 0;
  }

  .application {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_lc-space-1) var(--_lc-space-3);
    font-weight: 600;
  }

  .application[data-open='true'] > span {
    color: var(--_lc-color-success);
  }

  .local {
    padding-block-start: var(--_lc-space-2);
    border-block-start: 1px solid var(--_lc-color-surface-muted);
  }

  .local-title {
    margin: 0;
    font-weight: 600;
  }

  .centres,
  .sessions {
    margin: 0;
    padding-inline-start: var(--_lc-space-5);
  }

  .sessions {
    color: var(--_lc-color-muted);
  }

  .more {
    display: grid;
    justify-items: center;
    gap: var(--_lc-space-2);
    margin-block-start: var(--_cf-gap);
  }

  .more p {
    margin: 0;
    color: var(--_lc-color-muted);
  }

  @media (forced-colors: active) {
    .facet,
    .card,
    .status {
      border-color: CanvasText;
    }
  }
`;
