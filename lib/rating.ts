import type { FormatLocale } from '@/lib/format-date-time';

const INTL_LOCALE: Record<FormatLocale, string> = { en: 'en-GB', vi: 'vi-VN' };
const formatters = new Map<FormatLocale, Intl.NumberFormat>();

function formatter(locale: FormatLocale): Intl.NumberFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    formatters.set(locale, f);
  }
  return f;
}

/**
 * "4.35" (numeric(3,2) from the database) → "4.4" in English, "4,4" in Vietnamese: rounded in hundredths,
 * so no float artefacts, then written in the reader's locale.
 */
export function formatRating(average: string, locale: FormatLocale = 'en'): string {
  const [whole = '0', frac = ''] = average.trim().split('.');
  const hundredths = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return formatter(locale).format(Math.round(hundredths / 10) / 10);
}

/** A star value (a whole number, or an average as a number) in the reader's locale: "4", "4.5" / "4,5". */
export function formatStars(value: number, locale: FormatLocale = 'en'): string {
  return Number.isInteger(value) ? String(value) : formatter(locale).format(value);
}
