import { getTranslations } from 'next-intl/server';
import { SectionNav } from '@/components/ui/section-nav';

const LINKS = [
  { href: '/account/purchases', label: 'nav.purchases' },
  { href: '/account/library', label: 'nav.library' },
  { href: '/account/favorites', label: 'nav.favorites' },
  { href: '/account/notifications', label: 'nav.notifications' },
  { href: '/account/settings', label: 'nav.settings' },
] as const;

/** The account area's own navigation; the current page is marked for screen readers too. */
export async function AccountNav() {
  const t = await getTranslations('account');
  return (
    <SectionNav
      label={t('nav.label')}
      links={LINKS.map((link) => ({ href: link.href, label: t(link.label) }))}
      className="no-print md:w-48 md:shrink-0"
      listClassName="flex gap-1 overflow-x-auto md:flex-col"
      linkClassName="block rounded-lg px-3 py-2 text-sm font-medium hover:bg-surface"
      currentClassName="bg-surface text-brand-700 shadow-sm"
      otherClassName="text-ink"
    />
  );
}
