import { token } from '@learning-centre/core';
import { css } from 'lit';

const gap = css`var(--lc-guidance-booking-gap, ${token('space-3')})`;

export const guidanceBookingStyles = css`
  .services,
  .ways {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${gap};
  }
  .service p,
  .choice p {
    margin: 0.25em 0 0;
  }
  .meta,
  .hint {
    color: ${token('color-muted')};
  }
  a {
    color: ${token('color-accent')};
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: 2px;
  }
`;
