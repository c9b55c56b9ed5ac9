/** `partners[]`: who stands behind the centre. */
import { array, object, oneOf, optional } from './dsl.ts';
import { id, text, url } from './fields.ts';
import { localizedText, logoDef } from './shapes.ts';
import { PARTNER_KINDS } from './vocabulary.ts';

export const partnerDef = object({
  id: id(),
  name: localizedText,
  kind: oneOf(PARTNER_KINDS),
  url: optional(url()),
  logo: optional(logoDef),
  tier: optional(text()),
  centres: optional(array(id())),
});

export const partnersSection = optional(array(partnerDef, { lenient: true }));
