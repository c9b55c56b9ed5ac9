import { css } from 'lit';

export const guidanceBookingStyles = css`
  .services,
  .ways {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--lc-guidance-booking-gap, var(--lc-space-3, 0.75rem));
  }
  .service p {
    margin: 0.25em 0 0;
  }
  .meta {
    color: var(--lc-color-muted, #595959);
  }
  a {
    color: var(--lc-color-accent, #0b5cad);
    overflow-wrap: anywhere;
  }
  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
`;
