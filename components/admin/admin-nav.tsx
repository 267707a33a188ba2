import { SectionNav } from '@/components/ui/section-nav';

const LINKS = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/purchases', label: 'Purchases' },
  { href: '/admin/payments', label: 'Payments' },
  { href: '/admin/workflows', label: 'Workflows' },
  { href: '/admin/categories', label: 'Categories' },
  { href: '/admin/search-aliases', label: 'Search aliases' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/messages', label: 'Messages' },
  { href: '/admin/reviews', label: 'Reviews' },
  { href: '/admin/announcements', label: 'Announcements' },
  { href: '/admin/mail', label: 'Mail' },
] as const;

/** The admin area's sections; the current one is marked with aria-current. */
export function AdminNav() {
  return (
    <SectionNav
      label="Admin"
      links={LINKS}
      className="no-print border-b border-line"
      listClassName="flex flex-wrap gap-1 pb-2"
      linkClassName="block rounded-md px-3 py-1.5 text-sm font-medium"
      currentClassName="bg-brand-50 text-brand-700"
      otherClassName="text-muted hover:bg-surface hover:text-ink"
    />
  );
}
