'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { localizedPath, splitLocale } from '@/i18n/routing';
import { clsx } from 'clsx';

type SectionLink = { href: string; label: string };

/** The link the current path is in: the longest href that is the path or a folder above it. */
function currentHref(pathname: string, links: readonly SectionLink[]): string | undefined {
  return links
    .map((link) => link.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * An area's own navigation (admin, account): a list of links, the current one marked with
 * aria-current="page" for screen readers and styled with `currentClassName`. The path is read without its
 * language prefix (/vi/admin/purchases → /admin/purchases), as the links are written; the links lead to the
 * pages in the path's language.
 */
export function SectionNav({
  label,
  links,
  className,
  listClassName,
  linkClassName,
  currentClassName,
  otherClassName,
}: {
  label: string;
  links: readonly SectionLink[];
  className: string;
  listClassName: string;
  linkClassName: string;
  currentClassName: string;
  otherClassName: string;
}) {
  const { locale, path } = splitLocale(usePathname());
  const current = currentHref(path, links);
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={localizedPath(locale, link.href)}
              aria-current={link.href === current ? 'page' : undefined}
              className={clsx(linkClassName, link.href === current ? currentClassName : otherClassName)}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
