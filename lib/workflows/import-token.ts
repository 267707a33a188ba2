import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { env } from '../env';

/**
 * The signed "Import into n8n" URL (issue 17): n8n's server fetches a workflow from a URL without the
 * buyer's cookie, so the URL itself carries the right to one release of one purchase for 15 minutes.
 * Token: `<purchaseId>.<releaseId>.<expires, unix seconds>.<HMAC-SHA256 of the three, base64url>`.
 * The key is IMPORT_URL_SECRET, or derived from AUTH_SECRET by HKDF when that is unset (README).
 * A valid token is not enough: the route checks in the database that the purchase is still ACTIVE.
 */
export const IMPORT_URL_TTL_SECONDS = 15 * 60;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN_RE = new RegExp(`^(${UUID})\\.(${UUID})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$`);

export type ImportClaims = { purchaseId: string; releaseId: string; expiresAt: Date };

let cached: { source: string; key: Buffer } | undefined;

function importKey(): Buffer {
  const { IMPORT_URL_SECRET, AUTH_SECRET } = env();
  const secret = IMPORT_URL_SECRET ?? AUTH_SECRET;
  if (!secret) {
    throw new Error('Neither IMPORT_URL_SECRET nor AUTH_SECRET is set: import URLs cannot be signed.');
  }
  const source = `${IMPORT_URL_SECRET ? 'import' : 'auth'}:${secret}`;
  if (cached?.source !== source) {
    const key = IMPORT_URL_SECRET
      ? Buffer.from(IMPORT_URL_SECRET, 'utf8')
      : Buffer.from(hkdfSync('sha256', secret, 'usitech-marketplace/import-url', 'import url signing v1', 32));
    cached = { source, key };
  }
  return cached.key;
}

const mac = (payload: string) => createHmac('sha256', importKey()).update(payload).digest();

/** A token for one release of one purchase, valid until `now` + 15 minutes. */
export function signImportToken(
  { purchaseId, releaseId }: { purchaseId: string; releaseId: string },
  now: Date = new Date(),
): { token: string; expiresAt: Date } {
  const expires = Math.floor(now.getTime() / 1000) + IMPORT_URL_TTL_SECONDS;
  const payload = `${purchaseId.toLowerCase()}.${releaseId.toLowerCase()}.${expires}`;
  return { token: `${payload}.${mac(payload).toString('base64url')}`, expiresAt: new Date(expires * 1000) };
}

/**
 * The claims of a token signed here and not yet expired at `now` (valid up to and including its expiry
 * second); null when it is malformed, tampered with or expired.
 */
export function verifyImportToken(token: string, now: Date = new Date()): ImportClaims | null {
  const match = TOKEN_RE.exec(token);
  if (!match) return null;
  const [, purchaseId, releaseId, expires, signature] = match as unknown as [string, string, string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(`${purchaseId}.${releaseId}.${expires}`);
  // base64url of 32 bytes is 43 characters; a non-canonical last character decodes to the same bytes,
  // so the re-encoding must match too.
  if (given.length !== expected.length || given.toString('base64url') !== signature) return null;
  if (!timingSafeEqual(given, expected)) return null;
  const expiresAt = new Date(Number(expires) * 1000);
  if (now.getTime() > expiresAt.getTime()) return null;
  return { purchaseId, releaseId, expiresAt };
}
