/**
 * The prepared e-mail when the feed names no booking service: a `mailto:`
 * link to the centre's exam address with a subject and every field of the
 * form in the body. The address passes core's `contactHref` first, so what
 * the student typed can never add a recipient or a header. No DOM.
 */
import { contactHref } from '@learning-centre/core';

/** One line of the body: a label and what was given (empty values are left out). */
export type MailLine = [label: string, value: string];

/** The body: "Label: value" lines, CRLF-separated as e-mail wants. */
export function mailBody(lines: readonly MailLine[], closing?: string): string {
  const text = lines
    .filter(([, value]) => value.trim())
    .map(([label, value]) => `${label}: ${value}`);
  return [...text, ...(closing ? ['', closing] : [])].join('\r\n');
}

/**
 * A `mailto:` link to `to` with `subject` and `body` filled in, or `undefined`
 * when `to` cannot make a safe one.
 */
export function mailHref(
  to: string | undefined,
  subject: string,
  body: string,
): string | undefined {
  const address = contactHref('email', to);
  if (!address) return undefined;
  return `${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
