import {
  createFeedValidator,
  pickText,
  type FeedValidator,
  type LoadedFeed,
  type LocalizedText,
} from '@learning-centre/feed/widget';
import {
  LitElement,
  css,
  html,
  nothing,
  type CSSResult,
  type CSSResultGroup,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedController } from './feed-controller.ts';
import type { MessageKey, MessageParams, Messages } from './i18n/message-types.ts';
import { LocaleController } from './locale-controller.ts';
import { renderDebugPanel, renderEmpty, renderError, renderLoading } from './states.ts';
import { stateStyles } from './states.styles.ts';
import { tokens } from './tokens.ts';
import type { WidgetError } from './widget-error.ts';

/** What `renderStates` shows for a loaded feed. */
export interface StateRenderers {
  /** The widget's content for a feed that has something to show. */
  ready: (loaded: LoadedFeed) => unknown;
  /** Whether this widget has nothing to show (e.g. no upcoming events). Default: never empty. */
  isEmpty?: (loaded: LoadedFeed) => boolean;
  /** The empty state's words (shown in a `role="status"` region). Default: "Det finns inget att visa just nu." */
  empty?: (loaded: LoadedFeed) => unknown;
}

/**
 * The base class of every learning-centre widget. It loads the `feed`
 * attribute's feed (shared and cached per page), follows the page's language
 * and direction, and renders the shared states with `renderStates()`:
 *
 * ```ts
 * class CentreList extends LcElement {
 *   static override styles = [LcElement.baseStyles, styles];
 *   override render() {
 *     return this.renderStates({
 *       ready: ({ feed }) => html`<ul>${feed.centres.map((c) => html`<li>${this.text(c.name)}</li>`)}</ul>`,
 *       isEmpty: ({ feed }) => feed.centres.length === 0,
 *     });
 *   }
 * }
 * ```
 *
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 *
 * @csspart base - the wrapper of everything the widget shows; carries `dir`
 * @csspart status - the loading and empty states (`role="status"`)
 * @csspart loading - the loading state
 * @csspart empty - the empty state
 * @csspart alert - the error state (`role="alert"`)
 * @csspart retry-button - "Försök igen" in the error state
 * @csspart debug - the list of feed issues shown with `debug`
 *
 * @attr lang - the widget's language (`sv`, `en` …); by default the page's
 * @attr dir - `ltr` or `rtl`; by default the page's, else from the language
 *
 * @cssprop [--lc-color-text=#1f2328] - text
 * @cssprop [--lc-color-muted=#595f66] - quieter text: dates, counts, notes
 * @cssprop [--lc-color-surface=#ffffff] - background of cards and panels
 * @cssprop [--lc-color-surface-muted=#f4f6f8] - background of quieter areas: filters, chips
 * @cssprop [--lc-color-border=#7a828b] - borders and dividers
 * @cssprop [--lc-color-accent=#0b5cad] - links, buttons and highlights
 * @cssprop [--lc-color-accent-contrast=#ffffff] - text on the accent colour
 * @cssprop [--lc-color-danger=#b42318] - errors, "closed", cancelled
 * @cssprop [--lc-color-success=#1a7f37] - "open now", confirmations
 * @cssprop [--lc-color-warning=#8a4b00] - warnings
 * @cssprop [--lc-color-focus=#0b5cad] - the focus ring
 * @cssprop --lc-font-family - the font; by default the page's
 * @cssprop [--lc-font-size=1em] - the base size; by default the surrounding text's
 * @cssprop [--lc-line-height=1.5] - line height
 * @cssprop [--lc-space-1=0.25em] - the smallest space
 * @cssprop [--lc-space-2=0.5em] - space, step 2
 * @cssprop [--lc-space-3=0.75em] - space, step 3
 * @cssprop [--lc-space-4=1em] - space, step 4
 * @cssprop [--lc-space-5=1.5em] - space, step 5
 * @cssprop [--lc-space-6=2em] - the largest space
 * @cssprop [--lc-radius=0.375em] - corner radius
 * @cssprop [--lc-shadow=0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.08)] - shadow of raised things
 * @cssprop [--lc-focus-ring-width=3px] - width of the focus ring
 * @cssprop --lc-focus-ring - the whole focus outline; by default `--lc-focus-ring-width` solid `--lc-color-focus`
 * @cssprop [--lc-motion-duration=150ms] - length of transitions; 0s when the reader asks for reduced motion
 */
export class LcElement extends LitElement {
  /** Tokens, host rules and the shared states' styles; compose them first: `[LcElement.baseStyles, styles]`. */
  static readonly baseStyles: CSSResult = css`
    ${tokens}
    ${stateStyles}
  `;

  static override styles: CSSResultGroup = LcElement.baseStyles;

  /**
   * The checks for the feed sections this widget reads, e.g.
   * `createFeedValidator({ partners: partnersSection })`: its bundle carries
   * only those definitions, and `debug` lists the issues in those sections
   * (`lc-feed validate` checks the whole feed). The default checks the header
   * only (version, publisher, language, time zone).
   */
  static feedValidator: FeedValidator = createFeedValidator({});

  /** Watch the element's own `lang` and `dir` too, wherever it is (even inside another shadow root). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /** Address of the learning centre's feed: absolute, or relative to the page. */
  @property() feed?: string;

  /** Shows the feed's issues, for editors checking their feed. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** The error a retry started from, shown (with a busy button) until the retry ends. */
  @state() private retryingFrom?: WidgetError;

  /** The feed: `state`, `value`, `error`, `retry()`. */
  protected readonly feedController = new FeedController(this, {
    validate: (this.constructor as typeof LcElement).feedValidator,
  });
  /** Language, direction and UI texts, following the page. */
  protected readonly localeController = new LocaleController(this);

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.localeController.refresh();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.retryingFrom && (changed.has('feed') || this.feedController.state !== 'loading')) {
      this.retryingFrom = undefined;
    }
  }

  /** The locale of texts and formatting: the page language when we have texts for it, else `en`. */
  protected get locale(): string {
    return this.localeController.locale;
  }

  /** Writing direction, from the page's `dir` or an RTL language. */
  protected get direction(): 'ltr' | 'rtl' {
    return this.localeController.dir;
  }

  /** All UI texts in `locale`. */
  protected get messages(): Messages {
    return this.localeController.messages;
  }

  /** One UI text in `locale`, placeholders filled: `this.t('common.courses', { count: 3 })`. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return this.localeController.t(key, params);
  }

  /**
   * Feed text in the best language: the page's, then the UI locale's, then
   * the feed's default, then any. Render it as text (`${this.text(x)}`), never as HTML.
   */
  protected text(value: LocalizedText | undefined): string {
    // One picker for the whole project: the feed package's (ICS output uses it too).
    return pickText(
      value,
      [this.localeController.language, this.locale],
      this.feedController.value?.feed.language ?? '',
    );
  }

  private readonly handleRetry = (): void => {
    this.retryingFrom = this.feedController.error;
    void this.feedController.retry();
  };

  /**
   * The widget's frame: loading, error, empty or `ready(loaded)`, plus the
   * debug panel when `debug` is set. The wrapper (`part="base"`) carries the
   * resolved `dir`, so `:dir(rtl)` and logical properties work inside.
   */
  protected renderStates(renderers: StateRenderers): TemplateResult {
    const t = this.t.bind(this);
    const controller = this.feedController;
    let body: unknown;
    let issues: LoadedFeed['issues'] | undefined;
    switch (controller.state) {
      case 'ready': {
        const loaded = controller.value!;
        issues = loaded.issues;
        body = renderers.isEmpty?.(loaded)
          ? renderEmpty(renderers.empty?.(loaded) ?? t('state.empty'))
          : renderers.ready(loaded);
        break;
      }
      case 'error': {
        const error = controller.error!;
        issues = error.issues.length ? error.issues : undefined;
        body = renderError(error, t, { retrying: false, onRetry: this.handleRetry });
        break;
      }
      default:
        body = this.retryingFrom
          ? renderError(this.retryingFrom, t, { retrying: true, onRetry: this.handleRetry })
          : renderLoading(t);
    }
    const busy = controller.state === 'loading' || controller.state === 'idle';
    return html`<div part="base" class="lc-base" dir=${this.direction} aria-busy=${busy}>
      ${body}${this.debug && issues ? renderDebugPanel(issues, t) : nothing}
    </div>`;
  }
}
