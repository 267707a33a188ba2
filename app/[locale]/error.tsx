'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import en from '@/messages/en/errorPage.json';
import vi from '@/messages/vi/errorPage.json';

type Key = keyof typeof en;

/**
 * What a page that failed to render shows, in its language. An error boundary is a client component with
 * no request behind it and the layout gives client components no messages (issue 20), so it carries its
 * few words itself: both languages' `errorPage` messages, under 1 kB.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const messages = locale === 'vi' ? vi : en;
  const t = (key: Key, reference = '') => messages[key].replace('{reference}', reference);
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-24 text-center">
      <h1 className="text-3xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-muted">{error.digest ? t('bodyWithReference', error.digest) : t('body')}</p>
      <Button className="mt-6" onClick={() => reset()}>
        {t('retry')}
      </Button>
    </section>
  );
}
