import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { ActionButton } from '@/components/admin/action-button';
import { SearchAliasForm } from '@/components/admin/search-alias-form';
import { listSearchAliases } from '@/db/queries/admin/search-aliases';
import { createSearchAliasAction, deleteSearchAliasAction } from '@/actions/admin/search-aliases';
import { requireAdmin } from '@/server/auth/guards';
import { LabelledSection } from '@/components/ui/labelled-section';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('aliases.title') };
}

export default async function AdminSearchAliasesPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const admin = await requireAdmin();
  const t = await getTranslations('admin');
  const list = await listSearchAliases(admin.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('aliases.title')}</h1>
      <p className="mt-1 text-muted">{t('aliases.intro')}</p>
      <LabelledSection
        id="new-search-alias"
        title={t('aliases.new')}
        className="mt-6 rounded-xl border border-line bg-surface p-4"
        headingClassName="mb-3 font-semibold"
      >
        <SearchAliasForm action={createSearchAliasAction} />
      </LabelledSection>
      <LabelledSection id="all-search-aliases" title={t('aliases.all', { count: list.length })} className="mt-8">
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface">
          {list.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
              <p>
                <span className="font-medium">{a.alias}</span> <span aria-hidden="true">→</span>
                <span className="sr-only">{t('aliases.means')}</span> {a.target}
              </p>
              <ActionButton
                action={deleteSearchAliasAction}
                fields={{ id: a.id }}
                variant="danger"
                pendingLabel={t('aliases.removing')}
              >
                {t('aliases.remove')}
                <span className="sr-only"> {t('aliases.removeWhich', { alias: a.alias })}</span>
              </ActionButton>
            </li>
          ))}
        </ul>
      </LabelledSection>
    </>
  );
}
