import { env } from '../env';

/**
 * The client's address as far as this server can tell, for rate limits. The server in front of Next
 * (scripts/serve.ts) resolves it from the socket and TRUST_PROXY and stamps it into a request header
 * whose name it draws at random at boot and passes in CLIENT_ADDRESS_HEADER, after removing any such
 * header a client sent. X-Forwarded-For and X-Real-IP are never read here: under a plain `next start`
 * they come straight from the client, and Next keeps a client's X-Forwarded-For as it is.
 */
export const CLIENT_ADDRESS_HEADER_ENV = 'CLIENT_ADDRESS_HEADER';

/** The key rate limits use when the address is not known (the app was not started by scripts/serve.ts). */
export const UNKNOWN_CLIENT = 'unknown';

let warned = false;

export function clientIp(headers: Pick<Headers, 'get'>): string {
  const name = env().CLIENT_ADDRESS_HEADER;
  const address = name ? headers.get(name)?.trim() : undefined;
  if (address) return address.slice(0, 64);
  if (!warned) {
    warned = true;
    console.warn(
      '[client-ip] The client address is unknown, so every visitor shares one rate-limit budget. ' +
        'Start the app with `npm start` (scripts/serve.ts), not `next start`.',
    );
  }
  return UNKNOWN_CLIENT;
}
