import { object, optional, string } from './dsl.ts';
import { dateTime, id, languageTag, url } from './fields.ts';
import { TIME_ZONE_PATTERN, VERSION_PATTERN } from './patterns.ts';
import { contactDef, localizedText } from './shapes.ts';

/**
 * The feed's header: what every widget reads (version, publisher, language,
 * time zone). Every validator checks it, however few sections it reads.
 */
export const feedHeaderShape = {
  version: string({ pattern: VERSION_PATTERN, patternName: 'a supported version such as "1.0"' }),
  publisher: object({
    id: optional(id()),
    name: localizedText,
    url: optional(url()),
    contact: optional(contactDef),
  }),
  language: languageTag(),
  timeZone: string({
    pattern: TIME_ZONE_PATTERN,
    patternName: 'an IANA time zone such as Europe/Stockholm',
  }),
  updated: dateTime(),
};
