/**
 * Copying code for an editor: the clipboard when the browser allows it, else
 * the text is selected in its field so Ctrl+C (⌘+C) copies it.
 */

/** `copied` to the clipboard, or `selected` in the field for the editor to copy. */
export type CopyResult = 'copied' | 'selected';

/** How long to wait for the clipboard before selecting the text instead. */
const CLIPBOARD_WAIT_MS = 1000;

export async function copyText(text: string, field: HTMLTextAreaElement): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      // A browser that asks for permission may never answer in some setups.
      await Promise.race([
        navigator.clipboard.writeText(text),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), CLIPBOARD_WAIT_MS),
        ),
      ]);
      return 'copied';
    }
  } catch {
    // Not allowed here (no permission, not a secure context, no focus): select instead.
  }
  field.focus();
  field.select();
  return 'selected';
}
