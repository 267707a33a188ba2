import type { Metadata, Viewport } from 'next';
import { GeistMono } from 'geist/font/mono';
import { GeistSans } from 'geist/font/sans';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { countFavorites } from '@/db/queries/favorites';
import { getNotificationSummary } from '@/db/queries/notifications';
import { getCurrentUser } from '@/server/auth/guards';
import { appUrl, shop, siteTitle } from '@/lib/site';
import './globals.css';

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(appUrl()),
    title: siteTitle(),
    description:
      'Buy ready-to-import n8n, Make and Zapier workflow templates. Check what a workflow needs before you buy, pay by bank-transfer QR.',
    icons: { icon: '/logo.svg' },
  };
}

export const viewport: Viewport = { themeColor: '#1f57d1', width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const [notifications, favoriteCount] = user
    ? await Promise.all([getNotificationSummary(user.id), countFavorites(user.id)])
    : [{ unread: 0, latest: [] }, 0];
  const { name: shopName } = shop();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader
          shopName={shopName}
          user={user}
          unread={notifications.unread}
          latestNotifications={notifications.latest}
          favoriteCount={favoriteCount}
        />
        <main id="main" className="flex flex-1 flex-col">
          {children}
        </main>
        <SiteFooter shopName={shopName} />
      </body>
    </html>
  );
}
