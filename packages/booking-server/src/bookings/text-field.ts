/**
 * One text field of a JSON request body, checked the same way everywhere:
 * trimmed, absent or blank counts as not given, a length limit, no control
 * characters (line breaks only where a field may have lines).
 */

// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
export const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type TextFieldError = (
  path: string,
  code: 'required' | 'type' | 'too-long' | 'format',
  message: string,
) => void;

/** The field's trimmed text, or undefined (after reporting what is wrong through `error`). */
export function textField(
  input: Record<string, unknown>,
  key: string,
  options: { required: boolean; limit: number; lines?: boolean },
  error: TextFieldError,
): string | undefined {
  const value = input[key];
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
    if (options.required) error(key, 'required', 'is required');
    return undefined;
  }
  if (typeof value !== 'string') return void error(key, 'type', 'expected text');
  const trimmed = value.trim();
  if (trimmed.length > options.limit)
    return void error(key, 'too-long', `must be at most ${options.limit} characters`);
  if ((options.lines ? CONTROL_EXCEPT_LINES : CONTROL).test(trimmed))
    return void error(key, 'format', 'must not contain control characters');
  return trimmed;
}
