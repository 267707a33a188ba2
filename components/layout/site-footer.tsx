import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { shop } from '@/lib/site';
import { LocaleSwitcher } from './locale-switcher';

const LINKS = [
  { href: '/workflows', label: 'browseWorkflows' },
  { href: '/about', label: 'about' },
  { href: '/contact', label: 'contact' },
  { href: '/terms', label: 'terms' },
  { href: '/privacy', label: 'privacy' },
  { href: '/refund-policy', label: 'refundPolicy' },
] as const;

/**
 * The year of the footer's copyright line. Not read in the render itself: with Cache Components a
 * prerendered shell may not read the clock (docs/CACHE-COMPONENTS.md); this is the one place that does,
 * and the place to cache it (`'use cache'` + `cacheLife('days')`) when the flag is on.
 */
export async function copyrightYear(): Promise<number> {
  return new Date().getFullYear();
}

/**
 * Every page's footer: the seller as registered (name, tax code, address: Vietnamese e-commerce rules) and
 * the policies. `year` is copyrightYear()'s, read by the root layout.
 */
export function SiteFooter({ shopName, year }: { shopName: string; year: number }) {
  const t = useTranslations('shell');
  const { legalName, taxCode, address } = shop();
  return (
    <footer className="no-print mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <div className="space-y-1">
          <p>{t('footerTagline', { year, shopName })}</p>
          <p>{t('footerSeller', { legalName, taxCode, address })}</p>
        </div>
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="hover:text-ink">
                  {t(link.label)}
                </Link>
              </li>
            ))}
            <li>
              <LocaleSwitcher className="underline hover:text-ink" />
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
