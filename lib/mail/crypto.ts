import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '../env';

/**
 * Encryption at rest for the bodies of token-bearing mail while it waits in email_outbox: AES-256-GCM
 * (node:crypto), with a key derived from AUTH_SECRET by HKDF-SHA256. Somebody who can read the database
 * but not the app's secret cannot read a pending reset or confirmation link. Stored form:
 * `enc:v1:<iv>.<tag>.<ciphertext>` (base64url parts).
 */
const PREFIX = 'enc:v1:';
const SALT = 'usitech-marketplace/email_outbox';
const INFO = 'mail body encryption v1';

let cached: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) {
    throw new Error(
      'AUTH_SECRET is not set, so token-bearing mail cannot be encrypted in the outbox. Start the app with `npm start` (it generates one) or set AUTH_SECRET.',
    );
  }
  if (cached?.secret !== secret) {
    cached = { secret, key: Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32)) };
  }
  return cached.key;
}

export function isEncrypted(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function encryptBody(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${PREFIX}${iv.toString('base64url')}.${tag.toString('base64url')}.${data.toString('base64url')}`;
}

/** The plain body of an encrypted one (a plain value is answered as it is). Throws when tampered with. */
export function decryptBody(stored: string): string {
  if (!isEncrypted(stored)) return stored;
  const [iv, tag, data] = stored.slice(PREFIX.length).split('.');
  if (!iv || !tag || data === undefined) throw new Error('email_outbox: malformed encrypted body');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
