/**
 * CSV as spreadsheets write it (RFC 4180 and what Excel, LibreOffice and
 * Google Sheets actually produce): quoted cells with `""` for a quote, line
 * breaks inside quoted cells, comma, semicolon or tab between cells (sniffed
 * from the header, or Excel's `sep=;` first line), CRLF or LF, a byte-order
 * mark. Every record knows the physical line it starts on, so errors can
 * name it.
 */

/** The separators spreadsheets use: comma (English), semicolon (Swedish Excel), tab. */
export type CsvDelimiter = ',' | ';' | '\t';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/** One row of cells, and where it is (both 1-based). */
export interface CsvRecord {
  cells: string[];
  /** The line of the file the row starts on, as a text editor counts. */
  line: number;
  /**
   * The row a spreadsheet shows it on: the same as `line` unless cells above
   * hold line breaks (or Excel's `sep=` line, which a spreadsheet hides).
   */
  row: number;
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** Every non-empty line's record, the header first. */
  records: CsvRecord[];
}

/** The file is not well-formed CSV; `line` is where the problem starts. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/**
 * Reads CSV text into records. Completely empty lines are skipped. A quote in
 * the middle of an unquoted cell (`15" skärm`) is kept as it is, as
 * spreadsheets do; spaces before an opening or after a closing quote are
 * allowed. The delimiter is `options.delimiter`, else the one an Excel
 * `sep=X` first line names, else the one of `;`, `,` and tab that the first
 * record holds most of (a comma when none).
 *
 * @throws CsvSyntaxError for a quoted cell that is never closed, or text right
 * after a closing quote (`"abc"def`)
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): ParsedCsv {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // Lines that are not rows of their own: breaks inside cells, and a `sep=` line.
  let hidden = 0;
  const sep = /^sep=([,;\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(i, i + 12));
  if (sep) {
    i += sep[0].length;
    line = 2;
    hidden = 1;
  }
  const delimiter = options.delimiter ?? (sep?.[1] as CsvDelimiter) ?? sniffDelimiter(text, i);
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];

  while (i < n) {
    const start = line;
    const row = line - hidden;
    const cells: string[] = [];
    for (;;) {
      let j = i;
      if (d !== SPACE) while (text.charCodeAt(j) === SPACE) j++;
      if (text.charCodeAt(j) === QUOTE) {
        const opened = line;
        let value = '';
        let k = j + 1;
        for (;;) {
          const q = text.indexOf('"', k);
          if (q === -1)
            throw new CsvSyntaxError(
              opened,
              'a quoted cell starts here and is never closed (a missing " ?)',
            );
          value += text.slice(k, q);
          const breaks = lineBreaks(text, k, q);
          line += breaks;
          hidden += breaks;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            k = q + 2;
          } else {
            k = q + 1;
            break;
          }
        }
        while (text.charCodeAt(k) === SPACE && d !== SPACE) k++;
        cells.push(value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value);
        i = k;
      } else {
        let k = i;
        for (; k < n; k++) {
          const c = text.charCodeAt(k);
          if (c === d || c === LF || c === CR) break;
        }
        cells.push(text.slice(i, k));
        i = k;
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i < n) continue;
        cells.push('');
        break;
      }
      if (c === CR || c === LF) {
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        break;
      }
      throw new CsvSyntaxError(
        line,
        `unexpected ${JSON.stringify(text[i])} after the closing quote of a cell (write "" for a quote inside a quoted cell)`,
      );
    }
    if (cells.length > 1 || cells[0] !== '') records.push({ cells, line: start, row });
  }
  return { delimiter, records };
}

/** Line breaks (CRLF, LF or a lone CR) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

/**
 * The delimiter of the first record from `start`: the candidate that occurs
 * most often outside quotes (ties: semicolon, comma, tab), a comma when none does.
 */
export function sniffDelimiter(text: string, start = 0): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((c) => [c, 0]));
  let quoted = false;
  for (let k = start; k < text.length; k++) {
    const ch = text[k];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as CsvDelimiter))
      counts.set(ch as CsvDelimiter, counts.get(ch as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ',';
  let most = 0;
  for (const [candidate, count] of counts)
    if (count > most) {
      best = candidate;
      most = count;
    }
  return best;
}

export interface WriteCsvOptions {
  /** Default `;`, what Swedish Excel opens with a double click. */
  delimiter?: CsvDelimiter;
  /** Start with a byte-order mark so Excel reads UTF-8 (default true). */
  bom?: boolean;
}

/**
 * Writes rows as CSV with CRLF line ends. A cell is quoted when it holds the
 * delimiter, a quote, a line break, or spaces at either end.
 */
export function writeCsv(
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const needsQuotes = new RegExp(`["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}]|^\\s|\\s$`);
  const cell = (value: string) =>
    needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const body = rows.map((row) => row.map(cell).join(delimiter) + '\r\n').join('');
  return (options.bom === false ? '' : '\ufeff') + body;
}
