import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { headers } from 'next/headers';
import { Link } from '@/i18n/navigation';
import { redirect } from 'next/navigation';
import { AutoSubmit } from '@/components/favorites/auto-submit';
import { buttonClass } from '@/components/ui/button-class';
import { requireUser } from '@/server/auth/guards';
import { firstParam, type SearchParams } from '@/lib/validations/admin/common';
import { AFTER_LOGIN_PATH, favoriteAfterLoginSchema } from '@/lib/validations/favorites';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('favorites.addTitle'), robots: { index: false } };
}

const FORM_ID = 'favorite-after-login';

/**
 * Where a visitor who clicked "Add to favorites" while signed out lands after signing in. The page
 * itself writes nothing: its form posts to AFTER_LOGIN_PATH, by itself when the visit came from this
 * site (the sign-in), or by its button (without JavaScript, or when a link on another site led here).
 */
export default async function AddFavoritePage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  await pageLocale(params);
  await requireUser();
  const t = await getTranslations('account');
  const raw = await searchParams;
  const parsed = favoriteAfterLoginSchema.safeParse({
    workflowId: firstParam(raw.workflowId),
    returnTo: firstParam(raw.returnTo),
  });
  if (!parsed.success) redirect('/account/favorites');
  const { workflowId, returnTo } = parsed.data;
  const site = (await headers()).get('sec-fetch-site');
  const auto = site === 'same-origin' || site === 'none';
  return (
    <div className="mx-auto w-full max-w-md space-y-4 px-4 py-10">
      <h1 className="text-2xl font-semibold">{t('favorites.addTitle')}</h1>
      <p className="text-sm text-muted">{auto ? t('favorites.addingNow') : t('favorites.addAsk')}</p>
      <form id={FORM_ID} method="post" action={AFTER_LOGIN_PATH} className="flex flex-wrap gap-3">
        <input type="hidden" name="workflowId" value={workflowId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <button type="submit" className={buttonClass()}>
          {t('favorites.addButton')}
        </button>
        <Link href={returnTo} className={buttonClass('secondary')}>
          {t('favorites.addCancel')}
        </Link>
      </form>
      {auto && <AutoSubmit formId={FORM_ID} />}
    </div>
  );
}
