/** `guidance`: study and career guidance, and the ways to book it. */
import { array, number, object, oneOf, optional } from './dsl.ts';
import { email, id, languageTag, phone, url } from './fields.ts';
import { localizedText } from './shapes.ts';
import { GUIDANCE_MODES } from './vocabulary.ts';

export const guidanceServiceDef = object({
  id: id(),
  name: localizedText,
  description: optional(localizedText),
  duration: number({ minimum: 5, maximum: 480, integer: true }),
  modes: array(oneOf(GUIDANCE_MODES), { minItems: 1 }),
  centres: optional(array(id())),
  languages: optional(array(languageTag())),
});

export const guidanceDef = object(
  {
    services: array(guidanceServiceDef, { lenient: true }),
    booking: optional(
      object(
        {
          api: optional(url()),
          email: optional(email()),
          phone: optional(phone()),
          url: optional(url()),
        },
        // Each way to book stands on its own: a bad phone number keeps the API.
        { dropInvalidOptional: true },
      ),
    ),
    privacyNotice: optional(url()),
  },
  // A mistyped booking e-mail must not hide the guidance services.
  { dropInvalidOptional: true },
);

export const guidanceSection = optional(guidanceDef);
