import { token } from '@learning-centre/core';
import { css } from 'lit';

const gap = css`var(--lc-guidance-booking-gap, ${token('space-3')})`;

/** The booking steps' styles, adopted by the element when the steps load. */
export const bookingStepsStyles = css`
  .times {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${gap};
  }
  .step > * + *,
  .field + .field,
  .choice + .choice {
    margin-block-start: ${gap};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label {
    font-weight: 600;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${token('space-2')};
  }
  .choice p {
    grid-column: 2;
  }
  .field > :is(input:not([type='checkbox']), select, textarea) {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 2.75em;
    margin-block-start: ${token('space-1')};
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    font: inherit;
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
  .problem {
    padding: ${token('space-3')};
    border-inline-start: 0.3em solid ${token('color-danger')};
    background: ${token('color-surface-muted')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  .lc-button.secondary,
  .nav,
  .time {
    border-color: ${token('color-accent')};
    background: ${token('color-surface')};
    color: ${token('color-accent')};
  }
  .nav,
  .time {
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    border: 1px solid;
    border-radius: ${token('radius')};
    font: inherit;
    cursor: pointer;
  }
  .nav:disabled {
    opacity: 0.4;
    cursor: default;
  }
  /* Focused by the widget to announce a new step, never by Tab: no ring. */
  .step-heading:focus {
    outline: none;
  }
  .times {
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
  }
  .month {
    display: flex;
    align-items: center;
    justify-content: space-between;
    max-inline-size: 24em;
  }
  .caption {
    margin: 0;
    font-weight: 600;
  }
  .grid {
    border-collapse: collapse;
    text-align: center;
  }
  .grid td,
  .grid th {
    inline-size: var(--lc-guidance-booking-day-size, 2.75em);
    block-size: var(--lc-guidance-booking-day-size, 2.75em);
    padding: 0;
  }
  .grid td[data-date] {
    cursor: pointer;
    border-radius: ${token('radius')};
    font-weight: 600;
  }
  .grid td[aria-disabled='true'] {
    color: ${token('color-muted')};
    font-weight: 400;
    text-decoration: line-through;
    cursor: default;
  }
  .grid td[aria-selected='true'] {
    background: ${token('color-accent')};
    color: ${token('color-accent-contrast')};
  }
  .booking dt {
    font-weight: 600;
  }
  .booking dd {
    margin: 0 0 ${token('space-2')};
  }
`;
