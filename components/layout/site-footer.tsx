import Link from 'next/link';
import { shop } from '@/lib/site';

const LINKS = [
  { href: '/workflows', label: 'Browse workflows' },
  { href: '/about', label: 'About' },
  { href: '/contact', label: 'Contact' },
  { href: '/terms', label: 'Terms' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/refund-policy', label: 'Refund policy' },
];

/** Every page's footer: the seller as registered (name, tax code, address: Vietnamese e-commerce rules) and the policies. */
export function SiteFooter({ shopName }: { shopName: string }) {
  const { legalName, taxCode, address } = shop();
  return (
    <footer className="no-print mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <div className="space-y-1">
          <p>
            © {new Date().getFullYear()} {shopName} · Automation workflow templates for n8n, Make and Zapier.
          </p>
          <p>
            {legalName} · Tax code (MST) {taxCode} · {address}
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="hover:text-ink">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
