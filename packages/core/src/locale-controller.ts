import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getMessages, onMessagesChange, resolveLocale, translate } from './i18n/i18n.ts';
import { resolveDirection, resolveLanguage } from './i18n/language.ts';
import type { MessageKey, MessageParams, Messages } from './i18n/message-types.ts';

type LocaleHost = ReactiveControllerHost & Element;

/** Every connected host's controller, refreshed when a `lang`/`dir` changes or messages are registered. */
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

/**
 * The host's language and direction, following the page. Resolved when first
 * asked and kept until it changes: the element's own `lang`, else the closest ancestor's (across shadow
 * roots), else the document's, else Swedish. One MutationObserver for all
 * widgets watches `lang` and `dir` anywhere in the document, so switching the
 * page's language re-renders them. (Attributes inside other shadow roots are
 * not observed: call `refresh()` after changing those.)
 */
export class LocaleController implements ReactiveController {
  private readonly host: LocaleHost;
  private resolved?: { language: string; locale: string; dir: 'ltr' | 'rtl' };

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
  }

  /** The page language at the host, as written there (canonical tag), e.g. `de` or `sv-FI`. */
  get language(): string {
    return this.current().language;
  }

  /** The locale texts and `Intl` formatting use: `language` when we have texts for it, else `en`. */
  get locale(): string {
    return this.current().locale;
  }

  /** Writing direction at the host: from the nearest `dir`, or an RTL `lang`. */
  get dir(): 'ltr' | 'rtl' {
    return this.current().dir;
  }

  /** The UI texts in `locale`. */
  get messages(): Messages {
    return getMessages(this.locale);
  }

  /** One UI text in `locale`, placeholders filled. */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.locale, key, params);
  }

  /** Forgets the resolved language and direction and re-renders the host. */
  refresh(): void {
    this.resolved = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang', 'dir'],
        subtree: true,
      });
      unsubscribe = onMessagesChange(refreshAll);
    }
    this.resolved = undefined;
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      unsubscribe?.();
      observer = unsubscribe = undefined;
    }
  }

  /** Resolved once and kept until something changes, however many texts a render shows. */
  private current(): NonNullable<LocaleController['resolved']> {
    if (!this.resolved) {
      const language = resolveLanguage(this.host);
      this.resolved = {
        language,
        locale: resolveLocale(language),
        dir: resolveDirection(this.host),
      };
    }
    return this.resolved;
  }
}
