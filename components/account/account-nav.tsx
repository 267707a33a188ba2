'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/cn';

const LINKS = [
  { href: '/account/purchases', label: 'Purchases' },
  { href: '/account/library', label: 'Library' },
  { href: '/account/favorites', label: 'Favorites' },
  { href: '/account/notifications', label: 'Notifications' },
  { href: '/account/settings', label: 'Settings' },
];

/** The account area's own navigation; the current page is marked for screen readers too. */
export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Account" className="no-print md:w-48 md:shrink-0">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {LINKS.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'block rounded-lg px-3 py-2 text-sm font-medium hover:bg-surface',
                  current ? 'bg-surface text-brand-700 shadow-sm' : 'text-ink',
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
