/**
 * Text for a `<script type="application/ld+json">` on a page that enforces
 * Trusted Types (`require-trusted-types-for 'script'`): there, even a data
 * block's `textContent` only takes a `TrustedScript`, which only a policy
 * can make. Ours is named `lc-widgets` (the name a site allows next to
 * Lit's `lit-html`) and passes nothing but JSON, which cannot run as a script.
 */

interface ScriptPolicy {
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

/** The policy name a site allows in its `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'lc-widgets';

/**
 * One policy per page, shared by every copy of this code: a second
 * `createPolicy` with the same name is refused unless the site allows
 * duplicates. Sharing it gives nothing away: it only passes JSON.
 */
const SHARED = Symbol.for('@learning-centre/trusted-types-policy');

function policy(): ScriptPolicy | null {
  const holder = globalThis as typeof globalThis & {
    trustedTypes?: TrustedTypesFactory;
    [SHARED]?: ScriptPolicy | null;
  };
  if (!holder.trustedTypes) return null;
  if (holder[SHARED] === undefined) {
    try {
      holder[SHARED] = holder.trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
        createScript(input) {
          JSON.parse(input);
          return input;
        },
      });
    } catch {
      // The site does not allow the name: plain text is all we can offer.
      holder[SHARED] = null;
    }
  }
  return holder[SHARED];
}

/**
 * Sets a JSON script element's text: through the `lc-widgets` policy when the
 * browser has Trusted Types, else as a string. Returns false when the page
 * refuses both (then there is no JSON-LD, and the widget goes on without it).
 * @param text JSON (from `toJsonLdScriptText`)
 */
export function setJsonScriptText(script: HTMLScriptElement, text: string): boolean {
  const trusted = policy()?.createScript(text);
  try {
    // A TrustedScript is accepted where the DOM types say string.
    (script as { textContent: unknown }).textContent = trusted ?? text;
    return true;
  } catch {
    return false;
  }
}
