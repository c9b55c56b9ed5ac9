/** Where the CLI writes. Commands take one, so tests can capture what they print. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** The process's own stdout and stderr. */
export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};
