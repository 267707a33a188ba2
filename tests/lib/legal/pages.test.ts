/**
 * /terms, /privacy, /refund-policy and /about render from content/legal and the configuration alone: no
 * cookies, headers, session or database, so Next can prerender them. Each request-time API throws here.
 */
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const requestTime = (what: string) => () => {
  throw new Error(`a legal page read ${what}`);
};
vi.mock('next/headers', () => ({ cookies: requestTime('cookies'), headers: requestTime('headers') }));
vi.mock('@/server/auth/guards', () => ({
  getCurrentUser: requestTime('the session'),
  requireUser: requestTime('the session'),
}));
// The language is the page's `[locale]` segment (i18n/page-locale.ts), not read from the request.
vi.mock('next-intl/server', () => ({ setRequestLocale: () => undefined }));
vi.mock('@/db', () => ({ db: new Proxy({}, { get: requestTime('the database') }) }));

afterEach(() => vi.unstubAllEnvs());

type LegalPage = {
  default: (props: { params: Promise<{ locale: string }> }) => Promise<ReactElement>;
  generateMetadata: (props: { params: Promise<{ locale: string }> }) => Promise<Metadata>;
};
const PAGES: Record<string, () => Promise<LegalPage>> = {
  terms: () => import('@/app/[locale]/(shop)/terms/page'),
  privacy: () => import('@/app/[locale]/(shop)/privacy/page'),
  'refund-policy': () => import('@/app/[locale]/(shop)/refund-policy/page'),
  about: () => import('@/app/[locale]/(shop)/about/page'),
};

describe.each(Object.entries(PAGES))('/%s', (name, load) => {
  it('renders its text with the configured seller, and its metadata, from nothing per request', async () => {
    vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Thử');
    const page = await load();
    const params = Promise.resolve({ locale: 'en' });
    const metadata = await page.generateMetadata({ params });
    expect(metadata.alternates?.canonical).toBe(`/${name}`);
    expect(metadata.title).toEqual(expect.any(String));
    expect(metadata.description).toEqual(expect.any(String));
    // Its links (i18n/navigation.tsx) read the language with next-intl's useLocale: on the server from the
    // request's locale, in this plain render from a provider.
    const element = await page.default({ params });
    const html = renderToStaticMarkup(
      createElement(NextIntlClientProvider, { locale: 'en', messages: {}, children: element }),
    );
    expect(html).toContain(`<h1 id="legal-title" class="text-3xl font-semibold">${String(metadata.title)}</h1>`);
    expect(html).toContain('Công ty TNHH Thử');
  });
});
