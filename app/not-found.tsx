import Link from 'next/link';
import english from '@/messages/en/shell.json';
import vietnamese from '@/messages/vi/shell.json';
import '@/app/globals.css';

/**
 * A URL outside any language (proxy.ts sends every page URL into app/[locale], whose own not-found
 * page is the one shoppers see): no language to read, so the page says it in both, English first (the
 * shop's default URLs), from the `shell` messages.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="font-sans antialiased">
        <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-24 text-center">
          <h1 className="text-3xl font-semibold">
            {english.notFoundTitle}
            <span lang="vi" className="mt-2 block text-xl font-normal text-muted">
              {vietnamese.notFoundTitle}
            </span>
          </h1>
          <p className="flex flex-wrap justify-center gap-4">
            <Link href="/">{english.goHome}</Link>
            <Link href="/vi" lang="vi" hrefLang="vi">
              {vietnamese.goHome}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
