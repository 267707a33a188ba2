type Locale = 'en' | 'vi';

/** The duration words of each language: "3 h 20 min" / "3 giờ 20 phút". */
const UNITS: Record<Locale, { min: string; h: string; day: string; days: string; now: string; underMinute: string }> = {
  en: { min: 'min', h: 'h', day: 'day', days: 'days', now: 'just now', underMinute: 'under a minute' },
  vi: { min: 'phút', h: 'giờ', day: 'ngày', days: 'ngày', now: 'vừa xong', underMinute: 'dưới một phút' },
};

/** How long ago `from` was, coarse and short: "4 min", "3 h 20 min", "2 days 5 h" ("2 ngày 5 giờ"). */
export function formatAge(from: Date, now: Date = new Date(), locale: Locale = 'en'): string {
  const u = UNITS[locale];
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return u.now;
  if (minutes < 60) return `${minutes} ${u.min}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} ${u.h} ${minutes % 60} ${u.min}` : `${hours} ${u.h}`;
  const days = Math.floor(hours / 24);
  const unit = days === 1 ? u.day : u.days;
  return hours % 24 ? `${days} ${unit} ${hours % 24} ${u.h}` : `${days} ${unit}`;
}

/** A minute count as a duration: 45 → "45 min", 135 → "2 h 15 min". */
export function formatMinutes(total: number, locale: Locale = 'en'): string {
  if (total < 1) return UNITS[locale].underMinute;
  return formatAge(new Date(0), new Date(total * 60_000), locale);
}

/** A duration bucket's label ("1–4 h", db/queries/admin/dashboard.ts) in the reader's units. */
export function formatBucket(label: string, locale: Locale = 'en'): string {
  if (locale === 'en') return label;
  const u = UNITS[locale];
  return label.replace(/\bmin\b/g, u.min).replace(/\bh\b/g, u.h);
}
