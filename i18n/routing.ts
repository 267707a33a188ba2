import { defineRouting } from 'next-intl/routing';

/**
 * The shop's languages (issue 14). English keeps the URLs it always had; Vietnamese lives under /vi/….
 * proxy.ts does the routing itself (it also sets the security headers and picks the anonymous page
 * variant): /x is rewritten to the internal /en/x, /vi/x is served as is, /en/x redirects to /x.
 */
export const routing = defineRouting({
  locales: ['en', 'vi'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
});

export type Locale = (typeof routing.locales)[number];

export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is Locale {
  return routing.locales.includes(value as Locale);
}

/** The other language (the switcher's target). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi';
}

/** A public path (`/workflows?x=1`) in a language: `/vi/workflows?x=1`, or unchanged for English. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : path.startsWith('/?') ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The language of a public path and the path without its prefix (`/vi/about` → vi, `/about`). */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/(vi|en)(?=\/|\?|$)(.*)$/.exec(path);
  if (!match) return { locale: routing.defaultLocale, path };
  const rest = match[2] ?? '';
  return { locale: match[1] as Locale, path: rest === '' ? '/' : rest.startsWith('?') ? `/${rest}` : rest };
}
