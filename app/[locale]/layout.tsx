import type { Metadata, Viewport } from 'next';
import { GeistSans } from 'geist/font/sans';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter, copyrightYear } from '@/components/layout/site-footer';
import { isLocale, routing } from '@/i18n/routing';
import { appUrl, shop, siteTitle } from '@/lib/site';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** Both languages are prerendered (the anonymous variant of each page, per language). */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = isLocale(segment) ? segment : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'shell' });
  return {
    metadataBase: new URL(appUrl()),
    title: siteTitle(locale),
    description: t('description'),
    icons: { icon: '/logo.svg' },
    // Every page's og:image is a 1200×630 PNG (app/(shop)/**/opengraph-image.tsx): shown large on X.
    twitter: { card: 'summary_large_image' },
  };
}

export const viewport: Viewport = { themeColor: '#1f57d1', width: 'device-width', initialScale: 1 };

/**
 * The document around every page, in the language of its `[locale]` segment (en: today's URLs, vi: /vi/…;
 * proxy.ts routes). It reads no session, no cookie and no header, so pages below it can be prerendered:
 * the header is drawn by each area's layout (components/layout/site-frame.tsx), the personal one reading
 * the session, the anonymous variant's (app/[locale]/public-view) reading nothing.
 * Only Geist (sans) is loaded and preloaded: `font-mono` (references, IBANs, JSON on a few signed-in and admin
 * pages) uses the system's monospace font, so no page downloads a second 72 kB font (issue 20).
 * No NextIntlClientProvider here: a page without forms ships no next-intl runtime (issue 20). Server
 * components translate on the server and link with i18n/navigation.tsx's Link; the client components that
 * translate (forms) sit below <ClientMessages>, which gives them only their namespaces and `validation`.
 */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'shell' });
  const { name: shopName } = shop();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {t('skipLink')}
        </a>
        {children}
        <SiteFooter shopName={shopName} year={await copyrightYear()} />
      </body>
    </html>
  );
}
