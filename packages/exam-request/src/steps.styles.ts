import { token } from '@learning-centre/core';
import { css } from 'lit';

const gap = css`var(--lc-exam-request-gap, ${token('space-3')})`;

/** The form's, receipt's and e-mail's styles, adopted by the element when they load. */
export const stepsStyles = css`
  .step > * + *,
  .field + .field,
  .group > * + *,
  .group + .group,
  form > * + * {
    margin-block-start: ${gap};
  }
  .group {
    margin-inline: 0;
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  legend {
    padding-inline: ${token('space-1')};
  }
  .field > input[type='number'],
  .field > input[type='time'] {
    max-inline-size: 10em;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-2')};
    flex-wrap: wrap;
  }
  .check > input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.15em;
  }
  .check > label {
    flex: 1;
    font-weight: 400;
  }
  .check > p {
    flex-basis: 100%;
    margin: 0;
  }
  .hint,
  .busy {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-muted')};
  }
  .busy:empty {
    display: none;
  }
  .hint strong {
    color: ${token('color-text')};
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
    outline-color: ${token('color-danger')};
  }
  .field-error,
  .problem > p {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .summary,
  .problem {
    padding: ${token('space-3')};
    border-inline-start: 0.3em solid ${token('color-danger')};
    background: ${token('color-surface-muted')};
  }
  .summary-heading {
    margin: 0;
    font-weight: 700;
  }
  .summary ul {
    margin: ${token('space-2')} 0 0;
    padding-inline-start: ${token('space-5')};
  }
  .summary a {
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .fee {
    display: block;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  .lc-button.secondary {
    border-color: ${token('color-accent')};
    background: ${token('color-surface')};
    color: ${token('color-accent')};
    text-decoration: none;
  }
  .lc-button.danger {
    background: ${token('color-danger')};
    color: ${token('color-surface')};
  }
  a.lc-button {
    text-decoration: none;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-accent')};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .state {
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 0.3em solid ${token('color-warning')};
    background: ${token('color-surface-muted')};
  }
  .state-confirmed {
    border-color: ${token('color-success')};
  }
  .state-declined,
  .state-cancelled {
    border-color: ${token('color-danger')};
  }
  .request {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-1')} ${token('space-3')};
  }
  .request dt {
    font-weight: 600;
  }
  .request dd {
    margin: 0;
  }
  .view-heading:focus,
  .cancel-question:focus,
  .summary:focus {
    outline: var(--_lc-focus-ring);
    outline-offset: 2px;
  }
`;
