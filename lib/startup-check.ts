import { parseEnv, type Env } from './env';

/** Stops the server at start-up with a message naming what is misconfigured. */
export function checkStartup(): void {
  let config: Env;
  try {
    config = parseEnv();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  if (!config.AUTH_SECRET) {
    console.error('\nAUTH_SECRET is not set. Start the app with `npm start` (it generates one) or set it in .env.\n');
    process.exit(1);
  }
}
