/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, and a UTF-8
 * byte order mark so Excel shows å, ä and ö correctly.
 */

/** The byte order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

/**
 * One field: quoted when it holds a quote, comma, semicolon or line break
 * (quotes doubled). A field that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` first: spreadsheets would otherwise run
 * it as a formula, and a name or message is whatever a stranger typed
 * (OWASP "CSV injection").
 */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, rows; every line ends with CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n');
  return BOM + lines.join('');
}
