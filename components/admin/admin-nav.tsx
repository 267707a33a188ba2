'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/cn';

const LINKS = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/purchases', label: 'Purchases' },
  { href: '/admin/payments', label: 'Payments' },
  { href: '/admin/workflows', label: 'Workflows' },
  { href: '/admin/categories', label: 'Categories' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/messages', label: 'Messages' },
  { href: '/admin/reviews', label: 'Reviews' },
  { href: '/admin/announcements', label: 'Announcements' },
  { href: '/admin/mail', label: 'Mail' },
] as const;

/** The admin area's sections; the current one is marked with aria-current. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="no-print border-b border-line">
      <ul className="flex flex-wrap gap-1 pb-2">
        {LINKS.map((link) => {
          const current = link.href === '/admin' ? pathname === '/admin' : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'block rounded-md px-3 py-1.5 text-sm font-medium',
                  current ? 'bg-brand-50 text-brand-700' : 'text-muted hover:bg-surface hover:text-ink',
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
