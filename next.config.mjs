/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and extension bundles from its package folder; argon2 is a native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pdf-lib'],
  poweredByHeader: false,
  experimental: {
    // Avatar uploads (≤ 1 MB, checked in lib/uploads) go through a server action: room for the form around it.
    serverActions: { bodySizeLimit: '2mb' },
  },
  reactStrictMode: true,
  images: {
    // Workflow covers are SVGs shipped under public/ (next/image serves .svg unoptimised).
    dangerouslyAllowSVG: false,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
