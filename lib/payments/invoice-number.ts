/** Invoice numbers: `INV-<year>-<sequence>`, the sequence zero-padded to 6 digits (never cut). */
export function formatInvoiceNumber(year: number, sequence: number | bigint): string {
  const n = BigInt(sequence);
  if (n <= 0n) throw new Error(`An invoice sequence number is positive, not ${sequence}.`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`Not a year: ${year}.`);
  return `INV-${year}-${n.toString().padStart(6, '0')}`;
}

/** The invoice series a moment belongs to: the calendar year in Vietnam (UTC+7, no daylight saving). */
export function invoiceYear(at: Date): number {
  return new Date(at.getTime() + 7 * 3_600_000).getUTCFullYear();
}
