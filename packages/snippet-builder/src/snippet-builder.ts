import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { DARK_TOKENS, safeUrl } from '../../core/src/index.ts';
import { FeedLoadError, loadFeed, pickText } from '../../feed/src/index.ts';
import type { WidgetInfo } from './catalogue.ts';
import { renderCodeOutput } from './code-output.ts';
import { copyText, type CopyResult } from './copy.ts';
import { cspLines, styleHash } from './csp.ts';
import { renderFeedCheck, type FeedCheck } from './feed-check.ts';
import { builderLang, msg, type BuilderLang } from './messages.ts';
import { syncPreview, type PreviewState } from './preview.ts';
import { DEFAULT_SCRIPT_URL, snippetText, tokenStyle } from './snippet.ts';
import { renderThemeFields } from './theme-fields.ts';
import { renderWidgetOptions, renderWidgetPicker, type OptionValue } from './widget-options.ts';

/** The widget chosen before the editor picks one, when the catalogue has it. */
const FIRST_WIDGET = 'lc-course-finder';
/** The widget that needs the feed's booking service (`guidance.booking.api`) in connect-src. */
const BOOKING_WIDGET = 'lc-guidance-booking';

/**
 * The snippet builder: an editor checks the feed, picks a widget, its options
 * and colours, sees a live preview and copies the code and the CSP lines.
 * Rendered into the page (no shadow root) so the page's stylesheet styles it.
 *
 * It follows the page's `lang` (Swedish for `sv`, else English) and its
 * language button changes the page's `lang`, so the preview follows too.
 *
 * ```html
 * <lc-snippet-builder sample-feed="../feed/sample-feed.json"></lc-snippet-builder>
 * ```
 * Set `catalogue` (from `widgetCatalogue(manifests)`) to say which widgets it offers.
 */
export class LcSnippetBuilder extends LitElement {
  /** The widgets on offer, with their options (see catalogue.ts). */
  @property({ attribute: false }) catalogue: readonly WidgetInfo[] = [];

  /** A sample feed's address (relative to the page); offers a "try the sample feed" button. */
  @property({ attribute: 'sample-feed' }) sampleFeed?: string;

  /** The widgets script the snippet loads, until the editor changes it. */
  @property({ attribute: 'script-url' }) scriptUrl = DEFAULT_SCRIPT_URL;

  @state() private language: BuilderLang = 'sv';
  @state() private feedInput = '';
  @state() private check: FeedCheck = { state: 'idle' };
  /** The chosen widget's tag. */
  @state() private chosen?: string;
  /** Option values per widget, so switching widgets and back keeps them. */
  @state() private values: Record<string, Record<string, OptionValue>> = {};
  /** Token values that differ from the defaults. */
  @state() private tokens: Record<string, string> = {};
  @state() private copied: { snippet?: CopyResult; csp?: CopyResult } = {};
  /** The CSP source for the current style block, once computed. */
  @state() private styleSource?: { style: string; hash: string };

  private readonly previewRef = createRef<HTMLDivElement>();
  private readonly langObserver = new MutationObserver(() => this.followPageLanguage());
  /** Counts checks, so a slow earlier one cannot overwrite a later one. */
  private checks = 0;

  override createRenderRoot(): this {
    // The page's text for browsers without scripts goes; Lit renders in its place.
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followPageLanguage();
    this.langObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalogue') && !this.widget) {
      const first = this.catalogue.find((w) => w.tagName === FIRST_WIDGET) ?? this.catalogue[0];
      this.chosen = first?.tagName;
    }
  }

  protected override updated(): void {
    document.title = msg(this.language, 'page.title');
    if (this.previewRef.value) syncPreview(this.previewRef.value, this.previewState());
    void this.updateStyleHash();
  }

  private followPageLanguage(): void {
    this.language = builderLang(document.documentElement.lang);
  }

  private get widget(): WidgetInfo | undefined {
    return this.catalogue.find((widget) => widget.tagName === this.chosen);
  }

  private get optionValues(): Record<string, OptionValue> {
    return (this.chosen && this.values[this.chosen]) || {};
  }

  /** The checked feed's address, once a check has started. */
  private get feedUrl(): string | undefined {
    return this.check.state === 'idle' || this.check.state === 'invalid'
      ? undefined
      : this.check.url;
  }

  /** Attributes in the order of the widget's options, without empty ones. */
  private get chosenAttributes(): Record<string, string | boolean> {
    const result: Record<string, string | boolean> = {};
    for (const option of this.widget?.options ?? []) {
      const value = this.optionValues[option.attribute];
      if (value === true || (typeof value === 'string' && value.trim() !== ''))
        result[option.attribute] = value;
    }
    return result;
  }

  private previewState(): PreviewState | undefined {
    const { feedUrl, chosen: tagName } = this;
    if (!feedUrl || !tagName) return undefined;
    return { tagName, feedUrl, attributes: this.chosenAttributes, tokens: this.tokens };
  }

  private snippet(): string | undefined {
    const { feedUrl, chosen: tagName } = this;
    if (!feedUrl || !tagName) return undefined;
    return snippetText({
      scriptUrl: this.scriptUrl,
      tagName,
      feedUrl,
      attributes: this.chosenAttributes,
      tokens: this.tokens,
      fallback: this.fallbackLink(),
    });
  }

  /** A link to the publisher's site inside the element, for when scripts do not run. */
  private fallbackLink(): { href: string; text: string } | undefined {
    if (this.check.state !== 'ready') return undefined;
    const { publisher, language } = this.check.loaded.feed;
    const href = safeUrl(publisher.url);
    if (!href) return undefined;
    const name = pickText(publisher.name, [this.language], language ?? '');
    return {
      href,
      text: name
        ? msg(this.language, 'snippet.fallback', { name })
        : msg(this.language, 'snippet.fallbackPlain'),
    };
  }

  /** Hashes the snippet's style block for the CSP (the digest is asynchronous). */
  private async updateStyleHash(): Promise<void> {
    const style = this.chosen ? tokenStyle(this.chosen, this.tokens) : '';
    if (style === (this.styleSource?.style ?? '')) return;
    // Always after an await: a change made during updated() would start another update.
    const hash = await styleHash(style);
    if (style === (this.chosen ? tokenStyle(this.chosen, this.tokens) : ''))
      this.styleSource = style ? { style, hash } : undefined;
  }

  private async runCheck(input: string): Promise<void> {
    const url = safeUrl(input.trim());
    if (!url) {
      this.check = { state: 'invalid' };
      return;
    }
    const run = ++this.checks;
    this.check = { state: 'checking', url };
    let next: FeedCheck;
    try {
      next = { state: 'ready', url, loaded: await loadFeed(url, { reload: true }) };
    } catch (error) {
      const failure =
        error instanceof FeedLoadError
          ? { kind: error.kind, status: error.status, issues: error.issues }
          : { kind: 'schema', issues: [] };
      next = { state: 'failed', url, error: failure };
    }
    if (run === this.checks) this.check = next;
  }

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.runCheck(this.feedInput);
  };

  private readonly handleSample = (): void => {
    if (!this.sampleFeed) return;
    this.feedInput = new URL(this.sampleFeed, document.baseURI).href;
    void this.runCheck(this.feedInput);
  };

  private readonly handleLanguage = (): void => {
    document.documentElement.lang = this.language === 'sv' ? 'en' : 'sv';
  };

  private readonly handleValue = (attribute: string, value: OptionValue): void => {
    if (!this.chosen) return;
    this.values = {
      ...this.values,
      [this.chosen]: { ...this.optionValues, [attribute]: value },
    };
    this.copied = {};
  };

  private readonly handleToken = (name: string, value: string): void => {
    const token = this.widget?.tokens.find((t) => t.name === name);
    const { [name]: _old, ...rest } = this.tokens;
    const same =
      value.trim() === '' || value.trim().toLowerCase() === token?.defaultValue?.toLowerCase();
    this.tokens = same ? rest : { ...rest, [name]: value };
    this.copied = {};
  };

  private readonly handleCopy = async (what: 'snippet' | 'csp', field: HTMLTextAreaElement) => {
    const result = await copyText(field.value, field);
    this.copied = { [what]: result };
  };

  private renderPreview() {
    const lang = this.language;
    // The preview itself is the region: it scrolls, so it takes focus for the keyboard.
    return html`<div class="lcb-step">
      <h2 id="lcb-preview-heading">${msg(lang, 'preview.heading')}</h2>
      ${this.feedUrl ? nothing : html`<p>${msg(lang, 'preview.empty')}</p>`}
      <div
        class="lcb-preview"
        role="region"
        tabindex="0"
        aria-labelledby="lcb-preview-heading"
        ${ref(this.previewRef)}
      ></div>
    </div>`;
  }

  override render() {
    const lang = this.language;
    const widget = this.widget;
    const feed = this.check.state === 'ready' ? this.check.loaded.feed : undefined;
    const hash = this.styleSource?.hash;
    const widgetsView = {
      lang,
      widgets: this.catalogue,
      widget,
      values: this.optionValues,
      feed,
      onWidget: (tagName: string) => {
        this.chosen = tagName;
        this.copied = {};
      },
      onValue: this.handleValue,
    };
    return html`<header class="lcb-header">
        <h1>${msg(lang, 'page.title')}</h1>
        <button
          class="btn btn-outline-secondary lcb-language"
          type="button"
          lang=${lang === 'sv' ? 'en' : 'sv'}
          @click=${this.handleLanguage}
        >
          ${msg(lang, 'page.switch')}
        </button>
      </header>
      <p class="lead">${msg(lang, 'page.intro')}</p>
      <div class="lcb-layout">
        <div class="lcb-settings">
          ${renderFeedCheck({
            lang,
            input: this.feedInput,
            check: this.check,
            sampleFeed: this.sampleFeed,
            onInput: (value) => (this.feedInput = value),
            onSubmit: this.handleSubmit,
            onSample: this.handleSample,
          })}
          ${renderWidgetPicker(widgetsView)} ${renderWidgetOptions(widgetsView)}
          ${renderThemeFields({
            lang,
            tokens: widget?.tokens ?? [],
            values: this.tokens,
            onValue: this.handleToken,
            onDark: () => {
              this.tokens = Object.fromEntries(
                Object.entries(DARK_TOKENS).map(([name, value]) => [`--lc-${name}`, value]),
              );
            },
            onReset: () => (this.tokens = {}),
          })}
        </div>
        <div class="lcb-results">
          ${this.renderPreview()}
          ${renderCodeOutput({
            lang,
            scriptUrl: this.scriptUrl,
            snippet: this.snippet(),
            cspLines: cspLines({
              scriptUrl: this.scriptUrl,
              feedUrl: this.feedUrl,
              // Only the booking widget talks to the booking service.
              bookingApi: this.chosen === BOOKING_WIDGET ? feed?.guidance?.booking?.api : undefined,
              styleHashes: hash ? [hash] : [],
            }),
            hasStyleHash: Boolean(hash),
            copied: this.copied,
            onScriptUrl: (value) => {
              this.scriptUrl = value;
              this.copied = {};
            },
            onCopy: this.handleCopy,
          })}
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-snippet-builder': LcSnippetBuilder;
  }
}
