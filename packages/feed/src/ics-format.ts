/**
 * RFC 5545 content lines: text escaping, value formats and folding at 75
 * octets of UTF-8 (never inside a character), joined with CRLF.
 */
import { pad } from './time/civil.ts';

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and
 * line breaks; other control characters, which TEXT may not hold, are dropped.
 */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8
 * (continuations begin with one space, which counts), splitting only between
 * characters so a multi-byte character (å, an emoji) is never cut.
 */
export function foldIcsLine(line: string): string {
  if (line.length <= 75 && !/[\u0080-\uffff]/.test(line)) return line;
  let out = '';
  let octets = 0;
  for (const char of line) {
    const cp = char.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1; // the space
    }
    out += char;
    octets += size;
  }
  return out;
}

/** Joins content lines into an ICS text: each folded, each ended by CRLF. */
export function joinIcsLines(lines: readonly string[]): string {
  return lines.map((line) => foldIcsLine(line) + '\r\n').join('');
}

/** `20260303T170000Z`: an instant as a UTC DATE-TIME. */
export function icsUtc(ms: number): string {
  return icsWall(ms) + 'Z';
}

/** `20260303T180000`: a wall time (see `wallMs`) as a local DATE-TIME, seconds truncated. */
export function icsWall(wall: number): string {
  const d = new Date(wall);
  return (
    icsDateOf(d) +
    'T' +
    pad(d.getUTCHours(), 2) +
    pad(d.getUTCMinutes(), 2) +
    pad(d.getUTCSeconds(), 2)
  );
}

/** `20260410`: a day number as a DATE. */
export function icsDate(day: number): string {
  return icsDateOf(new Date(day * 86_400_000));
}

function icsDateOf(d: Date): string {
  return pad(d.getUTCFullYear(), 4) + pad(d.getUTCMonth() + 1, 2) + pad(d.getUTCDate(), 2);
}

/** `+0100`, `-0430`, `+001212`: a UTC offset in minutes as RFC 5545 UTC-OFFSET. */
export function icsOffset(minutes: number): string {
  const seconds = Math.round(Math.abs(minutes) * 60);
  const sign = minutes < 0 ? '-' : '+';
  const hhmm = pad(Math.floor(seconds / 3600), 2) + pad(Math.floor(seconds / 60) % 60, 2);
  return sign + hhmm + (seconds % 60 ? pad(seconds % 60, 2) : '');
}
