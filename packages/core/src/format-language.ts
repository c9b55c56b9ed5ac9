/**
 * Language names for people, with `Intl.DisplayNames`: a course taught in
 * `en` is "engelska" on a Swedish page and "English" on an English one.
 */
import { intl } from './intl-cache.ts';

// Its options are required (`type`), which the cache's optional-options signature does not say; we always pass them.
const DisplayNames = Intl.DisplayNames as new (
  locales: string,
  options?: Intl.DisplayNamesOptions,
) => Intl.DisplayNames;

/**
 * The name of the language `tag` (`sv`, `en-GB`, `fit`) in language `lang`:
 * "svenska", "brittisk engelska", "meänkieli". A tag `Intl` cannot read or
 * name comes back as it is, so nothing is ever hidden.
 */
export function formatLanguageName(tag: string, lang: string): string {
  // An empty tag would be named "root" (the CLDR root locale).
  if (!tag.trim()) return tag;
  try {
    return intl(DisplayNames, lang, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
