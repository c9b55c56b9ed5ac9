/**
 * A widget package's own UI texts, kept in its package (not in core's tables)
 * and looked up through core's i18n, so a page overrides or translates them
 * the same way as core's: `registerMessages('ar', { 'centreFinder.locate': '…' })`.
 */
import { format, getMessages, resolveLocale } from './i18n/i18n.ts';
import { primaryLanguage } from './i18n/language.ts';
import type { MessageParams, MessageValue } from './i18n/message-types.ts';

/** One language's texts of a widget, by key (prefix keys with the widget's name: `partnerLogos.pause`). */
export type WidgetMessageTable<K extends string = string> = Readonly<Record<K, MessageValue>>;

/**
 * A widget's texts: Swedish (the reference) and English are required; more
 * languages may be given, and a page can add any with `registerMessages`.
 */
export type WidgetMessageTables<K extends string = string> = {
  sv: WidgetMessageTable<K>;
  en: WidgetMessageTable<K>;
} & Readonly<Partial<Record<string, WidgetMessageTable<K>>>>;

/** Looks up one of a widget's texts in a locale, placeholders filled. */
export type WidgetTranslate<K extends string = string> = (
  lang: string,
  key: K,
  params?: MessageParams,
) => string;

/**
 * A translator for a widget's own keys. For a language it looks in what the
 * page registered with `registerMessages` first, then in the widget's table
 * for that language, then in its English table; `{name}` placeholders and
 * plurals work as in core's `format`. Nothing is registered globally, so
 * importing a widget's class has no side effects and a page's texts always win.
 *
 * @example
 * const msg = defineWidgetMessages({ sv: { 'x.hello': 'Hej {name}' }, en: { 'x.hello': 'Hi {name}' } });
 * msg('sv', 'x.hello', { name: 'Ada' }); // 'Hej Ada'
 */
export function defineWidgetMessages<K extends string>(
  tables: WidgetMessageTables<K>,
): WidgetTranslate<K> {
  return (lang, key, params) => {
    const locale = resolveLocale(lang);
    const page = getMessages(locale) as unknown as Partial<Record<string, MessageValue>>;
    const template = page[key] ?? tables[primaryLanguage(locale)]?.[key] ?? tables.en[key];
    return format(template, params, locale);
  };
}
