// A plain-text table for the reports of `pnpm size` and `pnpm bench`.

/**
 * Lines of a table: the header, a rule, then the rows. The first and last
 * columns (a name and a status) are aligned left, the figures between them right.
 * @param {string[]} header
 * @param {string[][]} rows
 * @returns {string[]}
 */
export function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const last = header.length - 1;
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, i) => (i === 0 || i === last ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
