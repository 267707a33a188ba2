import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

// next-intl reads its per-request configuration (locale, messages, time zone) from i18n/request.ts.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: ['en', 'vi'], precompile: true } },
});

/** Browser features the shop never uses, switched off for it and for anything it could embed. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * Headers every response gets: pages, route handlers, /api and static files. They are fixed at build
 * time, so what depends on the runtime configuration (the CSP nonce, HSTS when APP_URL is https) is set
 * per request in proxy.ts (lib/http/security-headers.ts).
 */
const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // One policy for every page, the token pages (/reset-password, /confirm-email) included: another site
  // gets the origin only, never a path or query (so never a token), and nothing over a downgrade to http;
  // same-origin requests carry the full URL, so a form post says `Origin: <this site>`, which Next's
  // server-action origin check needs. A page must not override it: under `no-referrer` the browser posts
  // forms with `Origin: null` and the action is refused. (`same-origin` would keep tokens in too, but
  // sends embedded players such as YouTube's no referrer at all, and they refuse to play without one.)
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Old browsers' equivalent of the CSP's frame-ancestors 'none'.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
];

/**
 * With REDIS_URL, Next's caches live in Redis, shared by every instance of the build (lib/cache-handlers/):
 * the incremental cache (ISR pages, unstable_cache) and the 'use cache' handlers, with one tag store, so a
 * change expired on one instance is seen by all. Without it, Next's in-process default. Next reads this
 * file at build (the prerendering) and again at start (serving): the value at start decides what serves.
 */
const sharedCache = process.env.REDIS_URL?.trim()
  ? {
      cacheHandler: fileURLToPath(new URL('./lib/cache-handlers/incremental.mjs', import.meta.url)),
      cacheHandlers: {
        default: fileURLToPath(new URL('./lib/cache-handlers/use-cache.mjs', import.meta.url)),
        remote: fileURLToPath(new URL('./lib/cache-handlers/use-cache.mjs', import.meta.url)),
      },
    }
  : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...sharedCache,
  // PGlite loads its wasm and extension bundles from its package folder; argon2 is a native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pdf-lib', '@pdf-lib/fontkit'],
  // The invoice PDF's font files, read at run time (lib/invoices/invoice-fonts.ts): into the standalone copy.
  outputFileTracingIncludes: {
    '/**': ['./node_modules/@expo-google-fonts/be-vietnam-pro/{400Regular,600SemiBold}/*.ttf'],
  },
  poweredByHeader: false,
  // .next/standalone: server.js and only the node_modules files the server needs, for a container image
  // (Dockerfile). `npm start` and `npm run cluster` still serve from the repository through scripts/serve.ts.
  output: 'standalone',
  // scripts/serve.ts compresses, after it has put the nonce on an anonymous-variant page's cached HTML.
  compress: false,
  experimental: {
    // Pages generated at runtime (the anonymous variant, app/public-view) are kept in memory only (an
    // LRU of cacheMaxMemorySize), not written under .next: a restart, or a new database under the same
    // build, never serves a page generated from old data, and no number of distinct URLs fills the disk.
    isrFlushToDisk: false,
    // Server actions carry uploads: avatars (≤ 1 MB, lib/uploads), workflow JSON (≤ 2 MB) and workflow
    // assets (≤ 8 MB, lib/validations/admin/assets.ts), with room for the form around them.
    serverActions: { bodySizeLimit: '10mb' },
  },
  reactStrictMode: true,
  images: {
    // Workflow covers are SVGs shipped under public/ (next/image serves .svg unoptimised).
    dangerouslyAllowSVG: false,
  },
  async headers() {
    return [
      // The build's files (/_next/static: scripts, styles, fonts) are never documents, and Referrer-Policy,
      // X-Frame-Options and Permissions-Policy only act on documents: they get nosniff alone, about 300
      // bytes less on each of the dozen files a page loads (issue 20). Everything else gets all four.
      { source: '/((?!_next/static/).*)', headers: STATIC_SECURITY_HEADERS },
      { source: '/_next/static/:path*', headers: [STATIC_SECURITY_HEADERS[0]] },
      // Route handlers answer JSON, files and PDFs: nothing there may be framed. (Pages get the full,
      // per-request policy with its nonce from proxy.ts.)
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
      // The admin area stays out of search engines (robots.txt does not advertise where it is).
      { source: '/admin/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
      { source: '/vi/admin/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
