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
  // Plain words only (no ICU arguments): next-intl's build precompiles every messages/ file, so a message
  // with an argument would reach this component as a compiled array, not as a string to fill in.
  const t = (key: Key) => messages[key];
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-24 text-center">
      <h1 className="text-3xl font-semibold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('body')}</p>
      {error.digest ? (
        <p className="mt-2 text-sm text-muted">
          {t('reference')}: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
      <Button className="mt-6" onClick={() => reset()}>
        {t('retry')}
      </Button>
    </section>
  );
}
