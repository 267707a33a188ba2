/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and extension bundles from its package folder; argon2 is a native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pdf-lib'],
  poweredByHeader: false,
  experimental: {
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
