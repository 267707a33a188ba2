/**
 * Transfer references are `USI` + 8 characters of an alphabet without 0/O/1/I (see lib/payments).
 * Banks prepend their own codes, append sender names and sometimes split the content with spaces,
 * dots or dashes, so the content is searched both as written and with separators removed.
 */
const REFERENCE_IN_TEXT = /USI[A-HJ-NP-Z2-9]{8}/g;

export function findTransferReferences(content: string): string[] {
  const upper = content.toUpperCase();
  const squashed = upper.replace(/[^A-Z0-9]/g, '');
  const found = new Set<string>();
  for (const text of [upper, squashed]) {
    for (const match of text.matchAll(REFERENCE_IN_TEXT)) found.add(match[0]);
  }
  return [...found];
}
