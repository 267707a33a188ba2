'use client';

import dynamic from 'next/dynamic';

/**
 * next-intl's client provider, loaded only when a page renders it: the workflow page's review form is
 * shown to buyers alone, and a provider imported directly would put next-intl's client runtime (about
 * 10 kB) in the page's scripts for every visitor (Turbopack loads a page's client components together).
 */
export const LazyIntlProvider = dynamic(() => import('next-intl').then((m) => m.NextIntlClientProvider));
