import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { AccountBadge } from '@/components/admin/status-badge';
import { listAdminUsers } from '@/db/queries/admin/users';
import { formatDateTime } from '@/lib/format-date-time';
import { adminList } from '@/server/pages';
import { formatNumber } from '@/lib/site';
import type { SearchParams } from '@/lib/validations/admin/common';
import { userListFilters } from '@/lib/validations/admin/users';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('users.title') };
}

export default async function AdminUsersPage({
  params: routeParams,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(routeParams);
  const { params, result } = await adminList(searchParams, userListFilters, listAdminUsers);
  const t = await getTranslations('admin');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('users.title')}</h1>
      <FilterForm list="users" filters={userListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">{t('users.count', { count: result.total })}</p>
      <DataTable
        columns={[
          t('users.name'),
          t('users.email'),
          t('users.role'),
          t('users.account'),
          t('users.purchases'),
          t('users.joined'),
        ]}
        isEmpty={result.rows.length === 0}
        empty={t('users.empty')}
      >
        {result.rows.map((u) => (
          <tr key={u.id}>
            <td>
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-600 hover:underline">
                {u.name}
              </Link>
            </td>
            <td>{u.email}</td>
            <td>{t(u.role === 'ADMIN' ? 'users.admin' : 'users.shopper')}</td>
            <td>
              <AccountBadge user={u} />
            </td>
            <td>{formatNumber(u.purchaseCount, locale)}</td>
            <td className="whitespace-nowrap">{formatDateTime(u.createdAt, locale)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager
        path="/admin/users"
        params={userListFilters.query(params)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
