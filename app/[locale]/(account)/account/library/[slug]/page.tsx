import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeOf, pageLocale } from '@/i18n/page-locale';
import { LibraryEntryView } from '@/components/account/library/library-entry';
import { LibraryImport, LibraryReleases } from '@/components/account/library/library-releases';
import { readLibraryEntry, signedImportUrl } from '@/server/library';
import { requireUser } from '@/server/auth/guards';
import { foundOr404, paramOr404 } from '@/server/pages';
import { importReleaseSchema, slugSchema } from '@/lib/validations/purchases';

type Props = {
  params: Promise<{ slug: string; locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('library.title') };
}

/**
 * One owned workflow; anyone who does not own it gets the 404 page. `?import=<release id>` (the "Import
 * into n8n" form) shows a freshly signed import URL for that release; any other value shows none.
 */
export default async function LibraryWorkflowPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('account');
  const { slug: raw } = await params;
  const user = await requireUser(`/account/library/${encodeURIComponent(raw)}`);
  const entry = foundOr404(await readLibraryEntry(user.id, paramOr404(slugSchema, raw)));
  const wanted = importReleaseSchema.safeParse(await searchParams);
  const signed = wanted.success ? signedImportUrl(entry, wanted.data.import) : null;
  const latest = entry.releases[0];
  return (
    <>
      <p className="text-sm text-muted">
        <Link href="/account/library" className="hover:underline">
          {t('library.title')}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{entry.title}</h1>
      <p className="mt-1 text-muted">{entry.shortDescription}</p>
      {latest ? (
        <p className="mt-1 text-sm">
          <span className="font-medium">{t('library.version', { version: latest.version })}</span>
          {entry.updateAvailable ? (
            <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
              {t('library.updateAvailable')}
            </span>
          ) : null}
        </p>
      ) : null}
      {entry.retired ? <p className="mt-2 text-sm text-warning">{t('library.retired')}</p> : null}
      <div className="mt-6">
        <LibraryEntryView entry={entry} />
      </div>
      <div className="mt-8 space-y-8">
        <LibraryReleases entry={entry} locale={locale} />
        <LibraryImport entry={entry} signed={signed} locale={locale} />
      </div>
    </>
  );
}
