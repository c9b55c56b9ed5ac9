/**
 * A minimal widget for the stories (core itself defines no tag): the feed's
 * centres as a list, through `LcElement.renderStates`.
 */
import { css, html } from 'lit';
import { LcElement, formatList, token } from '../src/index.ts';

export class LcStateDemo extends LcElement {
  static override styles = [
    LcElement.baseStyles,
    css`
      .centres {
        display: grid;
        gap: ${token('space-2')};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .centre {
        padding: ${token('space-3')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius')};
        background: ${token('color-surface')};
      }
      .services {
        color: ${token('color-muted')};
      }
    `,
  ];

  override render() {
    return this.renderStates({
      ready: ({ feed }) =>
        html`<ul class="centres">
          ${feed.centres.map(
            (centre) =>
              html`<li class="centre">
                <strong>${this.text(centre.name)}</strong>
                <div class="services">
                  ${formatList(
                    centre.services.map((service) => this.t(`service.${service}`)),
                    this.locale,
                  )}
                </div>
              </li>`,
          )}
        </ul>`,
      isEmpty: ({ feed }) => feed.centres.length === 0,
    });
  }
}

/**
 * Registers `<lc-state-demo>`. A function, not an import side effect: the
 * package is `sideEffects: false`, so a bundler drops bare imports of it.
 */
export function defineStateDemo(): void {
  if (!customElements.get('lc-state-demo')) customElements.define('lc-state-demo', LcStateDemo);
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-state-demo': LcStateDemo;
  }
}
