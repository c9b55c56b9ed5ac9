import { token } from '@learning-centre/core';
import { css } from 'lit';

const gap = css`var(--lc-exam-request-gap, ${token('space-3')})`;

/** Styles of `<lc-exam-request>` for what every page shows: the heading, the centre choice, the rules, and the look of every control. */
export const examRequestStyles = css`
  .rules {
    margin-block-end: var(--lc-exam-request-section-gap, ${token('space-5')});
  }
  .rule-list {
    display: grid;
    gap: ${gap};
    margin: 0;
  }
  .rule {
    padding-inline-start: ${token('space-3')};
    border-inline-start: 0.25em solid var(--lc-exam-request-rule-accent, ${token('color-accent')});
  }
  .rule dt {
    font-weight: 600;
  }
  .rule dd {
    margin: 0;
  }
  .rule p {
    margin: ${token('space-1')} 0 0;
  }
  .address {
    overflow-wrap: anywhere;
  }
  /* Every control: the centre choice here, the form's fields once they load. */
  :is(.field, .choice) > :is(input:not([type='checkbox']), select, textarea) {
    display: block;
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 2.75em;
    margin-block-start: ${token('space-1')};
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    color: inherit;
    font: inherit;
  }
  .choice {
    margin-block-end: ${token('space-4')};
  }
  label,
  legend {
    font-weight: 600;
  }
  a {
    color: ${token('color-accent')};
    overflow-wrap: anywhere;
  }
`;
