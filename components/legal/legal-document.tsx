import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LegalDocument as LegalDocumentData } from '@/lib/legal/documents';
import { formatDate } from '@/lib/format-date-time';

const OTHERS: { href: LegalDocumentData['path']; label: 'terms' | 'refundPolicy' | 'privacy' | 'about' }[] = [
  { href: '/terms', label: 'terms' },
  { href: '/refund-policy', label: 'refundPolicy' },
  { href: '/privacy', label: 'privacy' },
  { href: '/about', label: 'about' },
];

/**
 * One of the shop's texts (content/legal), filled in and rendered to safe HTML by lib/legal/documents.ts.
 * Reads nothing per request, so its pages are prerendered.
 */
export function LegalDocument({ document, locale }: { document: LegalDocumentData; locale: Locale }) {
  const t = useTranslations('legal');
  return (
    <article
      aria-labelledby="legal-title"
      // A text not yet translated is shown in English: marked so, a screen reader reads it as English.
      lang={document.locale === locale ? undefined : document.locale}
      className="mx-auto w-full max-w-3xl px-4 py-10"
    >
      <h1 id="legal-title" className="text-3xl font-semibold">
        {document.title}
      </h1>
      <p className="mt-2 text-sm text-muted">
        {t.rich('updated', {
          date: () => (
            <time dateTime={document.updated}>
              {formatDate(new Date(`${document.updated}T12:00:00+07:00`), locale)}
            </time>
          ),
        })}
      </p>
      <div
        className="mt-8 space-y-4 leading-relaxed [&_a]:text-brand-600 [&_a]:underline [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_table]:w-full [&_table]:text-sm [&_td]:border-b [&_td]:border-line [&_td]:py-2 [&_td]:pr-4 [&_td]:align-top [&_th]:border-b [&_th]:border-line [&_th]:py-2 [&_th]:pr-4 [&_th]:text-left [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6"
        dangerouslySetInnerHTML={{ __html: document.html }}
      />
      <nav aria-label={t('policies')} className="mt-12 border-t border-line pt-6 text-sm">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {OTHERS.filter((o) => o.href !== document.path).map((o) => (
            <li key={o.href}>
              <Link href={o.href} className="text-brand-600 hover:underline">
                {t(o.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
