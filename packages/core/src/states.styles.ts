import { css } from 'lit';

/**
 * Styles of the shared states, the debug panel and the shared button and
 * visually-hidden helpers. Part of `LcElement.baseStyles`; every value comes
 * from a component variable falling back to a token.
 */
export const stateStyles = css`
  .lc-state {
    padding: var(--lc-state-padding, var(--_lc-space-4));
    border: 1px solid var(--lc-state-border-color, var(--_lc-color-border));
    border-radius: var(--lc-state-radius, var(--_lc-radius));
    background: var(--lc-state-background, var(--_lc-color-surface));
    color: var(--_lc-color-text);
  }

  .lc-state > p {
    margin-block: 0 var(--_lc-space-3);
  }

  .lc-loading {
    display: flex;
    align-items: center;
    gap: var(--_lc-space-3);
    color: var(--_lc-color-muted);
  }

  .lc-spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid var(--_lc-color-border);
    border-block-start-color: var(--_lc-color-accent);
    border-radius: 50%;
    animation: lc-spin calc(var(--_lc-motion-duration) * 6) linear infinite;
  }

  @keyframes lc-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .lc-spinner {
      animation: none;
    }
  }

  .lc-error {
    border-inline-start: 0.3em solid var(--lc-error-accent, var(--_lc-color-danger));
  }

  .lc-error-message {
    font-weight: 600;
  }

  .lc-url {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }

  .lc-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75em;
    padding-block: var(--_lc-space-2);
    padding-inline: var(--_lc-space-4);
    /* Transparent, so forced-colors mode draws it. */
    border: 1px solid transparent;
    border-radius: var(--lc-button-radius, var(--_lc-radius));
    background: var(--lc-button-background, var(--_lc-color-accent));
    color: var(--lc-button-color, var(--_lc-color-accent-contrast));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition: box-shadow var(--_lc-motion-duration);
  }

  .lc-button:hover {
    box-shadow: inset 0 0 0 100vmax rgb(0 0 0 / 0.15);
  }

  .lc-button[aria-disabled='true'] {
    cursor: progress;
  }

  .lc-debug {
    margin-block-start: var(--_lc-space-4);
    padding: var(--_lc-space-4);
    border: 2px dashed var(--_lc-color-warning);
    border-radius: var(--_lc-radius);
    background: var(--_lc-color-surface-muted);
    color: var(--_lc-color-text);
    font-size: 0.9em;
  }

  .lc-debug > p {
    margin-block: 0 var(--_lc-space-2);
  }

  .lc-debug-title {
    font-weight: 700;
  }

  .lc-debug-hint {
    color: var(--_lc-color-muted);
  }

  .lc-debug-list {
    margin: 0;
    padding-inline-start: var(--_lc-space-5);
  }

  .lc-issue + .lc-issue {
    margin-block-start: var(--_lc-space-1);
  }

  .lc-issue code {
    overflow-wrap: anywhere;
  }

  .lc-severity {
    font-weight: 700;
    color: var(--_lc-color-warning);
  }

  .lc-issue[data-severity='error'] .lc-severity {
    color: var(--_lc-color-danger);
  }

  .lc-visually-hidden:not(:focus-within, :active) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
