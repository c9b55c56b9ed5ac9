import { css } from 'lit';

/** Styles of `<lc-event-calendar>`: component variables falling back to the `--lc-*` tokens. */
export const eventCalendarStyles = css`
  :host {
    --_gap: var(--lc-event-calendar-gap, var(--_lc-space-4));
    --_chip-background: var(--lc-event-calendar-chip-background, var(--_lc-color-surface-muted));
    --_today: var(
      --lc-event-calendar-today-background,
      color-mix(in srgb, var(--_lc-color-accent) 12%, var(--_lc-color-surface))
    );
    --_cancelled: var(--lc-event-calendar-cancelled-color, var(--_lc-color-muted));
    --_border: 1px solid var(--_lc-color-border);
  }

  .calendar {
    position: relative;
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  button,
  select {
    font: inherit;
    color: inherit;
  }

  /* ---- toolbar -------------------------------------------------------- */

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lc-space-3);
  }

  .views,
  .navigation {
    display: inline-flex;
  }

  .toolbar button {
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: var(--_lc-space-1);
    padding-inline: var(--_lc-space-3);
    border: var(--_border);
    background: var(--_lc-color-surface);
    cursor: pointer;
  }

  .toolbar button + button {
    margin-inline-start: -1px;
  }

  .toolbar button:first-child {
    border-start-start-radius: var(--_lc-radius);
    border-end-start-radius: var(--_lc-radius);
  }

  .toolbar button:last-child {
    border-start-end-radius: var(--_lc-radius);
    border-end-end-radius: var(--_lc-radius);
  }

  .toolbar button:hover {
    background: var(--_lc-color-surface-muted);
  }

  .toolbar button[aria-pressed='true'] {
    background: var(--_lc-color-accent);
    color: var(--_lc-color-accent-contrast);
    border-color: var(--_lc-color-accent);
    font-weight: 600;
  }

  .arrow {
    display: inline-block;
    font-size: 1.4em;
    line-height: 1;
  }

  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }

  .caption {
    flex: 1 1 auto;
    font-size: 1.2em;
    font-weight: 700;
  }

  /* ---- filters and summary ------------------------------------------------ */

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_lc-space-4);
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lc-space-1) var(--_lc-space-4);
    margin: 0;
    padding: var(--_lc-space-2) var(--_lc-space-3);
    border: var(--_border);
    border-radius: var(--_lc-radius);
  }

  legend {
    padding-inline: var(--_lc-space-1);
    font-weight: 600;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_lc-space-2);
    min-block-size: 2em;
  }

  .centre {
    display: grid;
    gap: var(--_lc-space-1);
  }

  .centre .label {
    font-weight: 600;
  }

  select {
    min-block-size: 2.75em;
    padding-inline: var(--_lc-space-2);
    border: var(--_border);
    border-radius: var(--_lc-radius);
    background: var(--_lc-color-surface);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_lc-space-2) var(--_lc-space-4);
    color: var(--_lc-color-muted);
  }

  /* ---- agenda and event -------------------------------------------------- */

  .agenda {
    display: grid;
    gap: var(--_lc-space-5);
  }

  .day-heading,
  .panel-heading {
    margin: 0 0 var(--_lc-space-2);
    padding-block-end: var(--_lc-space-1);
    border-block-end: var(--_border);
    font-size: 1.1em;
    line-height: 1.3;
  }

  .day-heading.today {
    background: var(--_today);
  }

  .events,
  .chips,
  .week {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .events {
    display: grid;
    gap: var(--_lc-space-4);
  }

  .event {
    display: grid;
    gap: var(--_lc-space-1);
    padding-inline-start: var(--_lc-space-3);
    border-inline-start: 0.25em solid var(--_lc-color-accent);
  }

  .event.cancelled {
    border-inline-start-color: var(--_cancelled);
  }

  .title {
    margin: 0;
    font-size: 1em;
    line-height: 1.35;
  }

  .cancelled .title,
  .chip.cancelled .chip-title {
    color: var(--_cancelled);
    text-decoration: line-through;
  }

  .title-link {
    color: var(--_lc-color-accent);
  }

  .when {
    font-weight: 600;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_lc-space-3);
    color: var(--_lc-color-muted);
  }

  .status strong,
  .chip-status {
    font-weight: 700;
    color: var(--_lc-color-warning);
  }

  .cancelled .status strong,
  .chip.cancelled .chip-status {
    color: var(--_lc-color-danger);
  }

  .description {
    white-space: pre-line;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_lc-space-2) var(--_lc-space-4);
  }

  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    color: var(--_lc-color-accent);
  }

  button.action {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_lc-color-accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .no-events {
    color: var(--_lc-color-muted);
  }

  /* ---- month grid ------------------------------------------------------------ */

  .grid {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }

  th {
    padding: var(--_lc-space-1);
    font-size: 0.9em;
    font-weight: 600;
    text-align: center;
    color: var(--_lc-color-muted);
  }

  .cell {
    block-size: var(--lc-event-calendar-cell-height, 6.5em);
    padding: var(--_lc-space-1);
    border: var(--_border);
    vertical-align: top;
    overflow: hidden;
  }

  td.cell:not(.outside) {
    cursor: pointer;
  }

  .cell.outside {
    background: var(--_lc-color-surface-muted);
  }

  .cell.today {
    background: var(--_today);
  }

  .cell.opened {
    box-shadow: inset 0 0 0 2px var(--_lc-color-accent);
  }

  .cell:focus-visible {
    outline-offset: -3px;
  }

  .number {
    display: block;
    font-weight: 600;
  }

  .today .number {
    color: var(--_lc-color-accent);
  }

  .cell-body > * + * {
    margin-block-start: 2px;
  }

  .chip,
  .more {
    display: block;
    padding: 0 var(--_lc-space-1);
    border: 0;
    border-radius: calc(var(--_lc-radius) / 2);
    background: var(--_chip-background);
    font-size: 0.85em;
    text-align: start;
  }

  .chips {
    display: grid;
    gap: var(--_lc-space-1);
  }

  /*
   * Feed text may run either way, whatever the page's direction: each piece
   * takes its direction from its own first strong letter, so "18:00" and an
   * English title in an Arabic page stay whole and in order.
   */
  .chip-time,
  .chip-status,
  .chip-title,
  .title,
  .description,
  .note,
  .place,
  .summary p {
    unicode-bidi: plaintext;
  }

  /* On an inner block in a button: a button's own box does not clip with an ellipsis. */
  .cell .chip,
  .chip-text {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .chip-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .chip-time:empty,
  .chip-status:empty {
    display: none;
  }

  .more {
    background: none;
    color: var(--_lc-color-accent);
    font-weight: 600;
    text-decoration: underline;
  }

  .cell .chip:hover .chip-title {
    text-decoration: underline;
  }

  /* ---- week -------------------------------------------------------------------- */

  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: var(--_lc-space-2);
  }

  .narrow .week {
    grid-template-columns: minmax(0, 1fr);
  }

  .week .chip {
    inline-size: 100%;
    padding: var(--_lc-space-1);
    min-block-size: 2.75em;
    cursor: pointer;
  }

  .week .chip-text {
    white-space: normal;
  }

  /* ---- a day's list -------------------------------------------------------------- */

  .day-panel {
    padding: var(--_lc-space-4);
    border: var(--_border);
    border-radius: var(--_lc-radius);
    background: var(--_lc-color-surface);
  }

  .day-panel:focus-visible {
    outline-offset: 2px;
  }

  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_lc-space-3);
  }

  .panel-head .panel-heading {
    flex: 1;
  }

  .close {
    min-block-size: 2.75em;
    padding-inline: var(--_lc-space-3);
    border: var(--_border);
    border-radius: var(--_lc-radius);
    background: var(--_lc-color-surface);
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .toolbar button[aria-pressed='true'] {
      border-width: 3px;
    }

    .cell.today {
      outline: 2px solid CanvasText;
      outline-offset: -4px;
    }
  }
`;
