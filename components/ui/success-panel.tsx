import { Link } from '@/i18n/navigation';
import type { ReactNode } from 'react';
import { buttonClass } from './button-class';

/** What a form turns into once it has done its job: a status message and where to go next. */
export function SuccessPanel({
  title,
  children,
  next,
}: {
  title?: string;
  children: ReactNode;
  next: { href: string; label: string };
}) {
  return (
    <div role="status" className="space-y-4 rounded-xl border border-green-200 bg-green-50 p-5">
      {title ? <h2 className="text-lg font-semibold text-success">{title}</h2> : null}
      <p className="text-sm text-ink">{children}</p>
      <Link href={next.href} className={buttonClass('secondary')}>
        {next.label}
      </Link>
    </div>
  );
}
