import { env } from '@/lib/env';

/**
 * The one way the shop writes a moment or a day: pages, notifications, emails, the invoice (HTML and
 * PDF), admin charts and CSV exports. Always in the shop's time zone (`SHOP_TIME_ZONE`, default
 * Asia/Ho_Chi_Minh) and day-month-year with a 24-hour clock ("27 Nov 2026, 23:40"), so a buyer, an
 * admin and a spreadsheet see the same time. Machines get ISO 8601 with the zone's offset.
 */
const LOCALE = 'en-GB';

/**
 * The reader's language (i18n/routing.ts): English as above, Vietnamese day/month/year with a 24-hour
 * clock after the date ("27/11/2026 23:35", "27 tháng 11, 2026"). Machine formats (ISO) take none.
 */
export type FormatLocale = 'en' | 'vi';
const INTL_LOCALE: Record<FormatLocale, string> = { en: LOCALE, vi: 'vi-VN' };

/** Vietnamese: numeric dates (the way a Vietnamese reader writes them), the long date spelled out. */
const VI_OPTIONS: Partial<Record<Style, Intl.DateTimeFormatOptions>> = {
  dateTime: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  shortDate: { day: '2-digit', month: '2-digit', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { day: '2-digit', month: '2-digit' },
};

type Style = 'dateTime' | 'date' | 'shortDate' | 'time' | 'day' | 'parts';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'long' },
  shortDate: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  day: { day: 'numeric', month: 'short' },
  parts: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build: one per style and zone, kept. */
function formatter(style: Style, timeZone = shopTimeZone(), locale: FormatLocale = 'en'): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}|${locale}`;
  let f = formatters.get(key);
  if (!f) {
    const options = (locale === 'vi' ? VI_OPTIONS[style] : undefined) ?? OPTIONS[style];
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** The shop's IANA time zone: Postgres groups report days in it too (`at time zone`). */
export function shopTimeZone(): string {
  return env().SHOP_TIME_ZONE;
}

/** "27 Nov 2026, 23:40"; vi: "27/11/2026 23:40" (the date first, whatever Intl's vi-VN order). */
export function formatDateTime(value: Date, locale: FormatLocale = 'en'): string {
  if (locale === 'en') return formatter('dateTime').format(value);
  const p = partsOf(formatter('dateTime', undefined, locale), value);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "27 November 2026" (invoices, legal pages, the library); vi: "27 tháng 11, 2026". */
export function formatDate(value: Date, locale: FormatLocale = 'en'): string {
  return formatter('date', undefined, locale).format(value);
}

/** "27 Nov 2026" (reviews, lists); vi: "27/11/2026". */
export function formatShortDate(value: Date, locale: FormatLocale = 'en'): string {
  return formatter('shortDate', undefined, locale).format(value);
}

/** "23:40" */
export function formatTime(value: Date, locale: FormatLocale = 'en'): string {
  return formatter('time', undefined, locale).format(value);
}

/**
 * A calendar day the database already counted in the shop's zone ("2026-10-30") → "30 Oct". The day is
 * a date without a time, so it is formatted as that date in UTC (no zone may move it). vi: "30/10".
 */
export function formatDay(isoDay: string, locale: FormatLocale = 'en'): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  if (locale === 'en') return formatter('day', 'UTC').format(day);
  const p = partsOf(formatter('day', 'UTC', locale), day);
  return `${p.day}/${p.month}`;
}

function partsOf(f: Intl.DateTimeFormat, value: Date): Record<string, string> {
  return Object.fromEntries(f.formatToParts(value).map((p) => [p.type, p.value]));
}

function zonedParts(value: Date): Record<string, string> {
  return partsOf(formatter('parts'), value);
}

/**
 * ISO 8601 in the shop's zone with its offset, to the second: "2026-11-27T23:40:00+07:00" (CSV
 * exports: a spreadsheet and a person read the shop's local time, and the offset keeps it exact).
 */
export function formatIsoLocal(value: Date): string {
  const p = zonedParts(value);
  // "GMT+07:00", or "GMT" for a zone at UTC.
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : (p.timeZoneName ?? '').replace('GMT', '');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** The shop's calendar day of a moment, "2026-11-27" (file names of exports). */
export function shopDay(value: Date): string {
  return formatIsoLocal(value).slice(0, 10);
}
