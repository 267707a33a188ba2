import type { Metadata, Viewport } from 'next';
import { GeistSans } from 'geist/font/sans';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { appUrl, shop, siteTitle } from '@/lib/site';
import './globals.css';

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(appUrl()),
    title: siteTitle(),
    description:
      'Buy ready-to-import n8n, Make and Zapier workflow templates. Check what a workflow needs before you buy, pay by bank-transfer QR.',
    icons: { icon: '/logo.svg' },
    // Every page's og:image is a 1200×630 PNG (app/(shop)/**/opengraph-image.tsx): shown large on X.
    twitter: { card: 'summary_large_image' },
  };
}

export const viewport: Viewport = { themeColor: '#1f57d1', width: 'device-width', initialScale: 1 };

/**
 * The document around every page. It reads no session, no cookie and no header, so pages below it can
 * be prerendered: the header is drawn by each area's layout (components/layout/site-frame.tsx), the
 * personal one reading the session, the anonymous variant's (app/public-view) reading nothing.
 * Only Geist (sans) is loaded and preloaded: `font-mono` (references, IBANs, JSON on a few signed-in and admin
 * pages) uses the system's monospace font, so no page downloads a second 72 kB font (issue 20).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  const { name: shopName } = shop();
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
        <SiteFooter shopName={shopName} />
      </body>
    </html>
  );
}
