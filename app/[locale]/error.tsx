'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-24 text-center">
      <h1 className="text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">
        We could not load this page. Please try again{error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <Button className="mt-6" onClick={() => reset()}>
        Try again
      </Button>
    </section>
  );
}
