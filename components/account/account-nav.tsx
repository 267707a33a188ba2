import { SectionNav } from '@/components/ui/section-nav';

const LINKS = [
  { href: '/account/purchases', label: 'Purchases' },
  { href: '/account/library', label: 'Library' },
  { href: '/account/favorites', label: 'Favorites' },
  { href: '/account/notifications', label: 'Notifications' },
  { href: '/account/settings', label: 'Settings' },
];

/** The account area's own navigation; the current page is marked for screen readers too. */
export function AccountNav() {
  return (
    <SectionNav
      label="Account"
      links={LINKS}
      className="no-print md:w-48 md:shrink-0"
      listClassName="flex gap-1 overflow-x-auto md:flex-col"
      linkClassName="block rounded-lg px-3 py-2 text-sm font-medium hover:bg-surface"
      currentClassName="bg-surface text-brand-700 shadow-sm"
      otherClassName="text-ink"
    />
  );
}
