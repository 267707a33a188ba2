/**
 * Money is numeric(12,2) in the database and a decimal string in TypeScript. Arithmetic happens in
 * integer minor units (bigint), never in floats.
 */
const MONEY_RE = /^-?\d+(\.\d{1,2})?$/;

/** "199000.50" → 19900050n (hundredths). Throws on anything that is not a plain decimal. */
export function toMinorUnits(value: string): bigint {
  const v = value.trim();
  if (!MONEY_RE.test(v)) throw new Error(`Not a money amount: "${value}"`);
  const negative = v.startsWith('-');
  const [whole = '0', frac = ''] = v.replace('-', '').split('.');
  const minor = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  return negative ? -minor : minor;
}

/** 19900050n → "199000.50" */
export function fromMinorUnits(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const whole = abs / 100n;
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** Normalises "199000" or "199000.5" to "199000.00" / "199000.50". */
export function normalizeMoney(value: string): string {
  return fromMinorUnits(toMinorUnits(value));
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A money string as Intl.NumberFormat takes it: a decimal it formats exactly, never through a float. */
export function exactDecimal(value: string): `${number}` {
  return normalizeMoney(value) as `${number}`;
}

/**
 * "199000.00", "VND" → "199.000 ₫"; "19.5", "USD" → "$19.50". The currency is the shop's
 * (`shop().currency`, lib/site.ts) or the one an invoice was issued in. VND has no minor unit in display.
 */
export function formatMoney(value: string, currency: string, locale: 'en' | 'vi' = 'en'): string {
  const key = `${currency}|${locale}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(currency === 'VND' || locale === 'vi' ? 'vi-VN' : 'en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: currency === 'VND' ? 0 : 2,
    });
    formatters.set(key, f);
  }
  return f.format(exactDecimal(value));
}

/**
 * A price typed by an admin in whole units, as the shop prints it or plainly: "250000", "250.000"
 * (Vietnamese thousands dots), "250,000", "250 000", with or without "₫"/"đ"/"VND" → "250000". A
 * separator that does not group thousands ("250.5", "1,50", "250.000,00") is ambiguous: null.
 */
export function parseWholePrice(text: string): string | null {
  const v = text
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/(₫|đ|vnd)$/i, '')
    .trim();
  let digits: string | null = null;
  if (/^\d+$/.test(v)) digits = v;
  else if (/^\d{1,3}(\.\d{3})+$/.test(v) || /^\d{1,3}(,\d{3})+$/.test(v)) digits = v.replace(/[.,]/g, '');
  if (digits === null) return null;
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  return trimmed.length > 10 ? null : trimmed;
}
