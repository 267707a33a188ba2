import NextLink from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { localizedPath, type Locale } from './routing';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href'> & {
  /** A path of the shop (`/workflows?q=x`), written as in English: it gets the page's language prefix. */
  href: string;
};

/**
 * A link within the shop in the page's language: on a /vi page `/workflows` leads to `/vi/workflows`.
 * Next's own `<Link>` with the path localized here, so it works in server components without a
 * NextIntlClientProvider above them (next-intl's createNavigation Link is a client component that reads
 * the language from the provider; the root layout has none, so pages without forms ship no next-intl
 * runtime — issue 20). In a client component below <ClientMessages> the language comes from that provider.
 * Other links (external, `mailto:`, `#fragment`) are left as they are.
 */
export function Link({ href, ...rest }: LinkProps) {
  const locale = useLocale() as Locale;
  return <NextLink href={localize(locale, href)} {...rest} />;
}

/** `href` in `locale` when it is a path of the shop (starts with one slash), else unchanged. */
export function localize(locale: Locale, href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? localizedPath(locale, href) : href;
}
