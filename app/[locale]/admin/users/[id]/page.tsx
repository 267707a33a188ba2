import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { DataTable } from '@/components/admin/data-table';
import { BackLink, HistorySection, ToggleButton } from '@/components/admin/page-parts';
import { AccountBadge, PurchaseStatusBadge } from '@/components/admin/status-badge';
import { getAdminUser } from '@/db/queries/admin/users';
import { formatDateTime } from '@/lib/format-date-time';
import { setUserDisabledAction, setUserRoleAction } from '@/actions/admin/users';
import { adminEntity } from '@/server/pages';
import { formatPrice } from '@/lib/site';
import { LabelledSection } from '@/components/ui/labelled-section';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('users.user') };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string; locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('admin');
  const { admin, row: user, history } = await adminEntity(params, 'user', getAdminUser);
  const self = user.id === admin.id;
  return (
    <>
      <BackLink href="/admin/users">{t('users.all')}</BackLink>
      <h1 className="mt-2 text-2xl font-semibold">{user.name}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted">{t('users.email')}</dt>
        <dd>{user.email}</dd>
        <dt className="text-muted">{t('users.role')}</dt>
        <dd>{t(user.role === 'ADMIN' ? 'users.admin' : 'users.shopper')}</dd>
        <dt className="text-muted">{t('users.account')}</dt>
        <dd>
          <AccountBadge user={user} />
          {user.disabledAt ? (
            <span className="ml-2 text-muted">
              {t('users.since', { date: formatDateTime(user.disabledAt, locale) })}
            </span>
          ) : null}
        </dd>
        <dt className="text-muted">{t('users.joined')}</dt>
        <dd>{formatDateTime(user.createdAt, locale)}</dd>
      </dl>
      {user.deletedAt ? null : (
        <LabelledSection
          id="manage-heading"
          title={t('users.manage')}
          className="mt-6 rounded-xl border border-line bg-surface p-4"
        >
          {self ? <p className="mt-1 text-sm text-muted">{t('users.self')}</p> : null}
          <div className="mt-3 flex flex-col gap-3">
            <ActionButton
              action={setUserRoleAction}
              fields={{ userId: user.id, role: user.role === 'ADMIN' ? 'USER' : 'ADMIN' }}
              pendingLabel={t('common.saving')}
            >
              {t(user.role === 'ADMIN' ? 'users.makeShopper' : 'users.makeAdmin')}
            </ActionButton>
            <ToggleButton
              action={setUserDisabledAction}
              fields={{ userId: user.id }}
              flag="disabled"
              on={user.disabledAt !== null}
              turnOn={t('users.disable')}
              turnOff={t('users.enable')}
              confirmOn={{
                question: t('users.disableQuestion', { email: user.email }),
                yes: t('users.disableYes'),
                no: t('users.disableNo'),
              }}
              danger
            />
          </div>
        </LabelledSection>
      )}
      <LabelledSection
        id="purchases-heading"
        title={t('users.purchaseCount', { count: user.purchases.length })}
        className="mt-8"
      >
        {user.purchases.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t('users.noPurchases')}</p>
        ) : (
          <DataTable
            columns={[
              t('purchases.workflow'),
              t('purchases.amount'),
              t('purchases.status'),
              t('purchases.reference'),
              t('purchases.created'),
            ]}
            isEmpty={false}
            empty=""
          >
            {user.purchases.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/admin/purchases/${p.id}`} className="text-brand-600 hover:underline">
                    {p.workflowTitle}
                  </Link>
                </td>
                <td className="whitespace-nowrap">{formatPrice(p.amount, locale)}</td>
                <td>
                  <PurchaseStatusBadge status={p.status} rejectReason={p.rejectReason} />
                </td>
                <td className="font-mono">{p.transferReference}</td>
                <td className="whitespace-nowrap">{formatDateTime(p.createdAt, locale)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </LabelledSection>
      <HistorySection items={history} />
    </>
  );
}
