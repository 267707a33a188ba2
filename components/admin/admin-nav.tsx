import { getTranslations } from 'next-intl/server';
import { SectionNav } from '@/components/ui/section-nav';

const LINKS = [
  { href: '/admin', label: 'nav.dashboard' },
  { href: '/admin/purchases', label: 'nav.purchases' },
  { href: '/admin/payments', label: 'nav.payments' },
  { href: '/admin/workflows', label: 'nav.workflows' },
  { href: '/admin/categories', label: 'nav.categories' },
  { href: '/admin/search-aliases', label: 'nav.searchAliases' },
  { href: '/admin/users', label: 'nav.users' },
  { href: '/admin/messages', label: 'nav.messages' },
  { href: '/admin/reviews', label: 'nav.reviews' },
  { href: '/admin/announcements', label: 'nav.announcements' },
  { href: '/admin/mail', label: 'nav.mail' },
] as const;

/** The admin area's sections; the current one is marked with aria-current. */
export async function AdminNav() {
  const t = await getTranslations('admin');
  return (
    <SectionNav
      label={t('nav.label')}
      links={LINKS.map((link) => ({ href: link.href, label: t(link.label) }))}
      className="no-print border-b border-line"
      listClassName="flex flex-wrap gap-1 pb-2"
      linkClassName="block rounded-md px-3 py-1.5 text-sm font-medium"
      currentClassName="bg-brand-50 text-brand-700"
      otherClassName="text-muted hover:bg-surface hover:text-ink"
    />
  );
}
