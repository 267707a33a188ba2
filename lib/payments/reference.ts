/**
 * Transfer references: what the buyer types (or the QR fills in) as the transfer content, and what the
 * bank statement shows us. `USI` + 8 characters from an alphabet without 0/O/1/I, so nobody misreads
 * one; no spaces or punctuation, since banks strip them. 32^8 ≈ 1.1 × 10^12 references.
 */
export const REFERENCE_PREFIX = 'USI';
export const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A reference anywhere in a text (a page, a QR payload): `text.match(REFERENCE_PATTERN)?.[0]`. */
export const REFERENCE_PATTERN = new RegExp(`${REFERENCE_PREFIX}[${REFERENCE_ALPHABET}]{8}`);

const REFERENCE_RE = new RegExp(`^${REFERENCE_PATTERN.source}$`);
const FIND_RE = new RegExp(REFERENCE_PATTERN.source, 'g');

/** A new reference from a cryptographically secure source (32 divides 256: no modulo bias). */
export function generateTransferReference(
  randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  let out = REFERENCE_PREFIX;
  for (const byte of randomBytes(8)) out += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length];
  return out;
}

export function isTransferReference(value: string): boolean {
  return REFERENCE_RE.test(value);
}

/**
 * The references in a bank transfer's content, as banks pass it on: any case, with the bank's own
 * words around it, sometimes with spaces or dashes inserted. Looks in the upper-cased text first, then
 * in the same text with everything but letters and digits removed; each reference once, in order.
 */
export function findTransferReferences(content: string): string[] {
  const upper = content.toUpperCase();
  const found = new Set<string>(upper.match(FIND_RE) ?? []);
  for (const match of upper.replace(/[^A-Z0-9]/g, '').match(FIND_RE) ?? []) found.add(match);
  return [...found];
}
