import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  createNonce,
  pageSecurityHeaders,
  strictTransportSecurity,
} from '@/lib/http/security-headers';

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy for pages', () => {
  const production = directives(contentSecurityPolicy({ nonce: 'abc123', development: false, https: true }));
  const development = directives(contentSecurityPolicy({ nonce: 'abc123', development: true, https: false }));

  it('lets scripts run only with the nonce in production: no unsafe-inline, no unsafe-eval', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(production.get('script-src')).not.toContain("'unsafe-inline'");
    expect(production.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it("adds 'unsafe-eval' for next dev only, never 'unsafe-inline' for scripts", () => {
    expect(development.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'unsafe-eval'"]);
  });

  it('lets style attributes be inline but style elements only with the nonce (except in next dev)', () => {
    expect(production.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get('style-src-elem')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(development.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(development.has('style-src-elem')).toBe(false);
  });

  it('forbids framing, plugins, foreign form targets and base URLs', () => {
    for (const policy of [production, development]) {
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    }
  });

  it('allows frames from the privacy-enhanced YouTube and Vimeo players only', () => {
    for (const policy of [production, development]) {
      expect(policy.get('frame-src')).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
    }
  });

  it('upgrades insecure requests only when the shop is on https', () => {
    expect(production.has('upgrade-insecure-requests')).toBe(true);
    expect(development.has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('per-request page headers', () => {
  it('sends HSTS only when APP_URL is https', () => {
    const https = pageSecurityHeaders({ nonce: 'n', development: false, appUrl: 'https://shop.example.vn' });
    expect(https['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    const http = pageSecurityHeaders({ nonce: 'n', development: false, appUrl: 'http://localhost:3000' });
    expect(http['Strict-Transport-Security']).toBeUndefined();
    expect(strictTransportSecurity('')).toBeUndefined();
    expect(strictTransportSecurity('not a url')).toBeUndefined();
  });

  it('puts the nonce in the policy', () => {
    const headers = pageSecurityHeaders({ nonce: 'xyz', development: false, appUrl: 'http://localhost:3000' });
    expect(headers['Content-Security-Policy']).toContain("'nonce-xyz'");
  });

  it('makes a fresh, unguessable nonce each time (128 bits, base64)', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});

describe('static headers (next.config.mjs)', () => {
  it('gives every response but the build files nosniff, a referrer policy, a permissions policy and no framing; /admin noindex', async () => {
    // next.config.mjs is plain JavaScript (no types): loaded by its file URL.
    const configUrl = pathToFileURL(path.join(import.meta.dirname, '../../next.config.mjs')).href;
    const { default: nextConfig } = (await import(/* @vite-ignore */ configUrl)) as { default: NextConfig };
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === '/((?!_next/static/).*)')!;
    const byKey = Object.fromEntries(all.headers.map((h) => [h.key, h.value]));
    expect(byKey['X-Content-Type-Options']).toBe('nosniff');
    expect(byKey['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(byKey['X-Frame-Options']).toBe('DENY');
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) {
      expect(byKey['Permissions-Policy']).toContain(feature);
    }
    // The build's scripts, styles and fonts are no documents: nosniff alone (issue 20).
    const build = rules.find((r) => r.source === '/_next/static/:path*')!;
    expect(build.headers).toEqual([{ key: 'X-Content-Type-Options', value: 'nosniff' }]);
    const admin = rules.find((r) => r.source === '/admin/:path*')!;
    expect(admin.headers).toContainEqual({ key: 'X-Robots-Tag', value: 'noindex, nofollow' });
  });
});
