/**
 * JSON as the repository's feeds are written (Prettier's style): an array or
 * object stays on one line when it fits in the line width, else one entry per
 * line. So a feed that `lc-feed import --into` rewrites changes only where its
 * content did, not in layout.
 */

/** `value` as formatted JSON text, ending in a newline. */
export function formatJson(value: unknown, indent = '  ', width = 100): string {
  return `${print(value, '', indent, width, 0)}\n`;
}

function print(value: unknown, at: string, indent: string, width: number, used: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inline = oneLine(value, width - at.length - used);
  if (inline !== undefined) return inline;
  const inner = at + indent;
  const lines: string[] = [];
  if (Array.isArray(value)) {
    const last = value.length - 1;
    value.forEach((item, i) =>
      lines.push(inner + print(item, inner, indent, width, i < last ? 1 : 0)),
    );
    return `[\n${lines.join(',\n')}\n${at}]`;
  }
  const keys = Object.keys(value).filter(
    (key) => (value as Record<string, unknown>)[key] !== undefined,
  );
  keys.forEach((key, i) => {
    const head = `${quote(key)}: `;
    // The comma after an entry counts towards the line's width, as in Prettier.
    const item = (value as Record<string, unknown>)[key];
    lines.push(
      inner + head + print(item, inner, indent, width, head.length + (i < keys.length - 1 ? 1 : 0)),
    );
  });
  return `{\n${lines.join(',\n')}\n${at}}`;
}

/**
 * The value on one line, or undefined as soon as it is longer than `room`:
 * so a large object costs no more than a line's worth of work to rule out.
 */
function oneLine(value: unknown, room: number): string | undefined {
  if (typeof value === 'string') {
    // Escaping only lengthens a string.
    if (value.length + 2 > room) return undefined;
    const text = JSON.stringify(value);
    return text.length <= room ? text : undefined;
  }
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) ?? 'null';
    return text.length <= room ? text : undefined;
  }
  // Each entry takes at least `"k": 0, ` (an item `0, `): too many cannot fit, whatever they hold.
  const count = Array.isArray(value) ? value.length * 3 : Object.keys(value).length * 7;
  if (count > room + 2) return undefined;
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i) text += ', ';
      const part = oneLine(value[i], room - text.length - 1);
      if (part === undefined) return undefined;
      text += part;
    }
    text += ']';
  } else {
    text = '{';
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      text += `${text.length > 1 ? ',' : ''} ${quote(key)}: `;
      const part = oneLine(item, room - text.length - 2);
      if (part === undefined) return undefined;
      text += part;
    }
    text += text.length > 1 ? ' }' : '}';
  }
  return text.length <= room ? text : undefined;
}

const quoted = new Map<string, string>();

/** A property name as JSON: feeds use few of them, so each is quoted once. */
function quote(key: string): string {
  let text = quoted.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (quoted.size < 1000) quoted.set(key, text);
  }
  return text;
}
