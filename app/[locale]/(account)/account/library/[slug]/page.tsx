import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeOf, pageLocale } from '@/i18n/page-locale';
import { LibraryEntryView } from '@/components/account/library/library-entry';
import { readLibraryEntry } from '@/server/library';
import { requireUser } from '@/server/auth/guards';
import { foundOr404, paramOr404 } from '@/server/pages';
import { slugSchema } from '@/lib/validations/purchases';

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('library.title') };
}

/** One owned workflow; anyone who does not own it gets the 404 page. */
export default async function LibraryWorkflowPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations('account');
  const { slug: raw } = await params;
  const user = await requireUser(`/account/library/${encodeURIComponent(raw)}`);
  const entry = foundOr404(await readLibraryEntry(user.id, paramOr404(slugSchema, raw)));
  return (
    <>
      <p className="text-sm text-muted">
        <Link href="/account/library" className="hover:underline">
          {t('library.title')}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{entry.title}</h1>
      <p className="mt-1 text-muted">{entry.shortDescription}</p>
      {entry.retired ? <p className="mt-2 text-sm text-warning">{t('library.retired')}</p> : null}
      <div className="mt-6">
        <LibraryEntryView entry={entry} />
      </div>
    </>
  );
}
