/**
 * A file that cannot be imported at all: not CSV or iCalendar, no header, a
 * column every row needs is missing. Nothing is written; `lc-feed` exits 1.
 * (A single row or event that cannot be read is not this: it is reported and
 * left out.)
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
