/**
 * A first pass over an iCalendar file that knows where everything is: the
 * physical line of each content line (after unfolding), BEGIN/END nesting,
 * and date values ical.js would silently roll over (`20261301` as January
 * 2027). It finds what makes a file unreadable and says on which line; the
 * reading itself is ical.js's.
 */
import { daysInMonth } from '../time/civil.ts';

/** The file is not iCalendar; `line` is where it goes wrong. */
export class IcsSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'IcsSyntaxError';
    this.line = line;
  }
}

/** Where one VEVENT (directly inside a VCALENDAR) is, and its properties' lines. */
export interface ScannedEvent {
  line: number;
  /** Upper-case property name → line of its first occurrence. */
  properties: Map<string, number>;
  /** Values that are not dates: `line N: DTSTART "…" is not a date-time …`. */
  problems: string[];
}

// name, then parameters (quoted values may hold ; and :), then : and the value
const CONTENT_LINE = /^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"]*"|[^";:,]*)(,("[^"]*"|[^";:,]*))*)*:/;
const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID', 'EXDATE', 'RDATE']);

/**
 * Scans the text of an .ics file.
 * @throws IcsSyntaxError when a line is not a content line, BEGIN and END do not
 * pair up, or the file is not a VCALENDAR
 */
export function scanIcs(text: string): ScannedEvent[] {
  const events: ScannedEvent[] = [];
  const stack: { name: string; line: number }[] = [];
  let current: ScannedEvent | undefined;
  let seenCalendar = false;

  for (const { text: content, line } of unfold(text)) {
    if (!content.trim()) continue;
    if (!CONTENT_LINE.test(content))
      throw new IcsSyntaxError(
        line,
        `${JSON.stringify(content.slice(0, 50))} is not an iCalendar line (NAME:value)`,
      );
    const colon = valueStart(content);
    const head = content.slice(0, colon);
    const name = head.split(';')[0].toUpperCase();
    const value = content.slice(colon + 1);
    if (name === 'BEGIN') {
      const component = value.trim().toUpperCase();
      if (!stack.length && component !== 'VCALENDAR')
        throw new IcsSyntaxError(
          line,
          `the file must begin with BEGIN:VCALENDAR, not BEGIN:${component}`,
        );
      stack.push({ name: component, line });
      seenCalendar ||= component === 'VCALENDAR';
      if (component === 'VEVENT' && stack.length === 2)
        events.push((current = { line, properties: new Map(), problems: [] }));
      continue;
    }
    if (name === 'END') {
      const component = value.trim().toUpperCase();
      const open = stack.pop();
      if (!open) throw new IcsSyntaxError(line, `END:${component} without a BEGIN`);
      if (open.name !== component)
        throw new IcsSyntaxError(
          line,
          `END:${component}, but the component open here is ${open.name} (begun on line ${open.line})`,
        );
      if (component === 'VEVENT' && stack.length === 1) current = undefined;
      continue;
    }
    if (!stack.length)
      throw new IcsSyntaxError(line, `${name} outside BEGIN:VCALENDAR … END:VCALENDAR`);
    if (current && stack.length === 2) {
      if (!current.properties.has(name)) current.properties.set(name, line);
      if (DATE_PROPERTIES.has(name)) {
        const problem = checkDates(value, /VALUE=PERIOD/i.test(head));
        if (problem) current.problems.push(`line ${line}: ${name} ${problem}`);
      }
    }
  }
  const open = stack.pop();
  if (open)
    throw new IcsSyntaxError(open.line, `BEGIN:${open.name} is never ended (no END:${open.name})`);
  if (!seenCalendar)
    throw new IcsSyntaxError(1, 'the file has no BEGIN:VCALENDAR: is it an .ics file?');
  return events;
}

/** Logical lines (continuations joined) with the physical line each starts on. */
function* unfold(text: string): Generator<{ text: string; line: number }> {
  const lines = text.split(/\r\n|\n|\r/);
  let pending: { text: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const physical = lines[i];
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && pending) {
      pending.text += physical.slice(1);
      continue;
    }
    if (pending) yield pending;
    pending = { text: physical, line: i + 1 };
  }
  if (pending) yield pending;
}

/** Index of the colon that ends name and parameters (colons inside quoted parameter values do not count). */
function valueStart(content: string): number {
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return content.length;
}

const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/;

/** Why a DATE or DATE-TIME list is not one, or undefined when every value is fine. */
function checkDates(value: string, period: boolean): string | undefined {
  for (const raw of value.split(',')) {
    const item = period ? raw.split('/')[0] : raw;
    const m = DATE_VALUE.exec(item.trim());
    const bad = (why: string) =>
      `${JSON.stringify(item.trim())} is not a date or date-time (${why})`;
    if (!m) return bad('write 20260831 or 20260831T180000');
    const [year, month, day] = [+m[1], +m[2], +m[3]];
    if (month < 1 || month > 12) return bad(`no month ${month}`);
    if (day < 1 || day > daysInMonth(year, month))
      return bad(`month ${month} of ${year} has ${daysInMonth(year, month)} days`);
    if (m[4] !== undefined && (+m[4] > 23 || +m[5] > 59 || +m[6] > 60))
      return bad('no such time of day');
  }
  return undefined;
}
