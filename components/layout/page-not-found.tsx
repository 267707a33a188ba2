import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

export function PageNotFound() {
  return (
    <section className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-3xl font-semibold">Page not found</h1>
      <p className="mt-3 text-muted">The page you are looking for does not exist or is not available to you.</p>
      <div className="mt-6 flex gap-3">
        <Link href="/" className={buttonClass('primary')}>
          Go to the home page
        </Link>
        <Link href="/workflows" className={buttonClass('secondary')}>
          Browse workflows
        </Link>
      </div>
    </section>
  );
}
