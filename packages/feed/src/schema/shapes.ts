/** Shapes that several sections share: text by language, contact, logo, place. */
import { anyOf, number, object, optional, record, string } from './dsl.ts';
import { email, phone, text, url } from './fields.ts';
import { LANGUAGE_TAG_PATTERN } from './patterns.ts';

/** Human text: a string, or one string per language tag (`{"sv": "…", "en": "…"}`). */
export const localizedText = anyOf(
  [text(), record(LANGUAGE_TAG_PATTERN, 'a language tag such as sv or en', text())],
  'text, or an object of texts by language ({"sv": "…", "en": "…"})',
);

export const contactDef = object({
  name: optional(localizedText),
  email: optional(email()),
  phone: optional(phone()),
  url: optional(url()),
});

export const logoDef = object({
  src: url(),
  width: number({ exclusiveMinimum: 0 }),
  height: number({ exclusiveMinimum: 0 }),
  alt: optional(localizedText),
  monochrome: optional(url()),
});

export const geoDef = object({
  lat: number({ minimum: -90, maximum: 90 }),
  lon: number({ minimum: -180, maximum: 180 }),
});

export const addressDef = object({
  street: text(),
  postalCode: optional(string({ pattern: /^[0-9A-Za-z -]{3,10}$/, patternName: 'a postal code' })),
  city: text(),
  country: optional(
    string({ pattern: /^[A-Z]{2}$/, patternName: 'a two-letter country code such as SE' }),
  ),
});
