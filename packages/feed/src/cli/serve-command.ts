import { stat } from 'node:fs/promises';
import { serveFeed } from '../authoring/serve.ts';
import type { Command } from './args.ts';
import type { CliIO } from './io.ts';

type ServeArgs = Extract<Command, { name: 'serve' }>;

/**
 * `lc-feed serve feed.json`: runs the preview server until Ctrl-C (SIGINT) or
 * SIGTERM, then closes it and exits 0. Exit 2 when the file is missing or
 * the port cannot be used.
 */
export async function serveCommand(args: ServeArgs, io: CliIO): Promise<number> {
  const isFile = await stat(args.source).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    io.err(`lc-feed: cannot serve ${args.source}: no such file\n`);
    return 2;
  }
  let server;
  try {
    server = await serveFeed({
      feedPath: args.source,
      port: args.port,
      host: args.host,
      widgetsUrl: args.widgets,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      `lc-feed: cannot listen on ${args.host}:${args.port}: ${
        code === 'EADDRINUSE'
          ? 'the port is in use (try --port 0 for a free one)'
          : (error as Error).message
      }\n`,
    );
    return 2;
  }
  io.out(`Serving ${args.source} at ${server.url}/feed.json (with CORS)\n`);
  io.out(`Preview of every widget: ${server.url}/ (reloads when the file changes)\n`);
  if (!server.widgetsUrl) io.out('No widgets bundle found: the preview says how to get one.\n');
  io.out('Press Ctrl-C to stop.\n');
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  io.out('Stopped.\n');
  return 0;
}
