/**
 * `pnpm --filter @learning-centre/booking-server start`: the service, set up
 * from environment variables, until SIGINT or SIGTERM.
 */
import { ConfigError } from './config/parse-config.ts';
import { EnvError, optionsFromEnv } from './env.ts';
import { startServer } from './server.ts';

try {
  const options = optionsFromEnv();
  const server = await startServer(options);
  const store = options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${options.dataDir}`;
  console.log(`lc-booking: listening on ${server.url}`);
  console.log(`lc-booking: configuration ${server.configPath}; database ${store}`);
  console.log(`lc-booking: allowed origins ${options.allowedOrigins?.join(', ') || '(none)'}`);
  console.log(
    `lc-booking: staff desk ${server.url}staff/ (sign-in: accounts from \`lc-booking user add\`${options.staff?.oidc ? `, OpenID Connect ${options.staff.oidc.issuer}` : ''})`,
  );
  if (options.staff?.secureCookies === false)
    console.log(
      'lc-booking: INSECURE_COOKIES is set: staff cookies work over plain http (local testing only)',
    );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`lc-booking: ${signal}, finishing requests in flight…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`lc-booking: stopping failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const known = error instanceof ConfigError || error instanceof EnvError;
  console.error(
    `lc-booking: ${known ? (error as Error).message : ((error as Error)?.stack ?? error)}`,
  );
  process.exit(1);
}
