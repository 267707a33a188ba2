import { createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two hex strings (false for different lengths or non-hex). */
export function hexEquals(a: string, b: string): boolean {
  if (!/^[0-9a-f]*$/i.test(a) || !/^[0-9a-f]*$/i.test(b) || a.length !== b.length || a.length % 2) {
    return false;
  }
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

/** Constant-time comparison of two secrets of any length. */
export function secretEquals(a: string, b: string): boolean {
  const ha = createHmac('sha256', 'compare').update(a).digest();
  const hb = createHmac('sha256', 'compare').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

export const USITECH_TOLERANCE_SECONDS = 5 * 60;

/** Our own webhook format: hex HMAC-SHA256 of `${timestamp}.${rawBody}`. */
export function signUsitech(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifyUsitech(input: {
  secret: string;
  timestamp: string | null;
  signature: string | null;
  rawBody: string;
  now?: Date;
}): SignatureCheck {
  const { secret, timestamp, signature, rawBody } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > USITECH_TOLERANCE_SECONDS) {
    return { ok: false, reason: 'stale timestamp' };
  }
  if (!hexEquals(signUsitech(secret, timestamp, rawBody), signature.trim().toLowerCase())) {
    return { ok: false, reason: 'bad signature' };
  }
  return { ok: true };
}

/**
 * Recursively sorts object keys A→Z (arrays keep their order), as Casso signs its payloads. Every key
 * stays an own key (Object.fromEntries): an assignment would turn a `__proto__` key of the posted JSON
 * into the copy's prototype, dropping it from the signed text.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortKeysDeep(record[key])]),
    );
  }
  return value;
}

/** Casso webhook v2: `X-Casso-Signature: t=<ms>,v1=<hex>`, HMAC-SHA512 of `${t}.${JSON with keys sorted}`. */
export function signCasso(checksumKey: string, t: string, body: unknown): string {
  return createHmac('sha512', checksumKey)
    .update(`${t}.${JSON.stringify(sortKeysDeep(body))}`)
    .digest('hex');
}

export function verifyCasso(input: { checksumKey: string; header: string | null; body: unknown }): SignatureCheck {
  const match = /^t=(\d+),v1=([0-9a-f]+)$/i.exec(input.header?.trim() ?? '');
  if (!match) return { ok: false, reason: 'missing or malformed X-Casso-Signature' };
  const [, t, v1] = match as unknown as [string, string, string];
  return hexEquals(signCasso(input.checksumKey, t, input.body), v1.toLowerCase())
    ? { ok: true }
    : { ok: false, reason: 'bad signature' };
}

/** SePay: `Authorization: Apikey <key>`. */
export function verifySepay(input: { apiKey: string; header: string | null }): SignatureCheck {
  const match = /^Apikey\s+(.+)$/i.exec(input.header?.trim() ?? '');
  if (!match) return { ok: false, reason: 'missing Apikey authorization' };
  return secretEquals(match[1]!.trim(), input.apiKey) ? { ok: true } : { ok: false, reason: 'bad api key' };
}
