import Link from 'next/link';
import '@/app/globals.css';

/**
 * A URL outside any language (proxy.ts sends every page URL into app/[locale], whose own not-found
 * page is the one shoppers see): a plain English page with a way home.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="font-sans antialiased">
        <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
          <h1 className="text-3xl font-semibold">Page not found</h1>
          <p className="mt-6">
            <Link href="/">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
