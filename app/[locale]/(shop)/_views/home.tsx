import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { WorkflowGrid } from '@/components/catalog/workflow-card';
import { favoritedAmong } from '@/db/queries/favorites';
import type { SessionUser } from '@/server/auth/guards';
import { cachedHome } from '@/server/catalog-cache';
import type { WorkflowCard } from '@/db/queries/catalog/cards';
import { LabelledSection } from '@/components/ui/labelled-section';
import { ogImageMeta, ogImagePath } from '@/lib/og/meta';
import { homeCardText } from '@/lib/og/card-text';
import { formatNumber, shop } from '@/lib/site';
import { getLocale, getTranslations } from 'next-intl/server';
import { localizedPath, type Locale } from '@/i18n/routing';
import { localeAlternates } from '@/i18n/alternates';
import { localeOf, type LocaleParams } from '@/i18n/page-locale';
import { localizedCategory } from '@/lib/workflows/localized';

export async function homeMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params);
  const card = await homeCardText(locale);
  return {
    alternates: localeAlternates(locale, '/'),
    openGraph: { title: shop().name, url: '/', images: [ogImageMeta(ogImagePath.home(locale), card.alt)] },
  };
}

type ShelfProps = {
  id: string;
  title: string;
  seeAll: string;
  href: string;
  workflows: WorkflowCard[];
  favoritedIds: string[] | null;
};

function Shelf({ id, title, seeAll, href, workflows, favoritedIds }: ShelfProps) {
  if (workflows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-12">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <Link href={href} prefetch={false} className="text-sm font-medium text-brand-600 hover:underline">
          {seeAll}
        </Link>
      </div>
      <div className="mt-4">
        <WorkflowGrid workflows={workflows} favoritedIds={favoritedIds} />
      </div>
    </section>
  );
}

/** The home page; `viewer` is null in the anonymous variant (and for a visitor whose session ended). */
export async function HomeView({ viewer }: { viewer: SessionUser | null }) {
  const home = await cachedHome();
  const shown = [...home.bestRated, ...home.bestSelling, ...home.newest].map((w) => w.id);
  const favoritedIds = viewer ? await favoritedAmong(viewer.id, [...new Set(shown)]) : null;
  const t = await getTranslations('home');
  const locale = (await getLocale()) as Locale;
  const seeAll = t('seeAll');
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-10">
      <section
        aria-labelledby="hero-heading"
        className="rounded-3xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-14 text-white sm:px-12"
      >
        <h1 id="hero-heading" className="max-w-2xl text-4xl font-semibold tracking-tight">
          {t('heroTitle')}
        </h1>
        <p className="mt-4 max-w-xl text-brand-100">{t('heroText')}</p>
        {/* A white field and button on the blue card (dark text on white, ≥ 4.5:1); stacked below `sm`. */}
        <form
          action={localizedPath(locale, '/workflows')}
          method="get"
          className="mt-8 flex max-w-xl flex-col gap-2 sm:flex-row"
        >
          <label htmlFor="hero-search" className="sr-only">
            {t('searchLabel')}
          </label>
          <input
            id="hero-search"
            type="search"
            name="q"
            placeholder={t('searchPlaceholder')}
            className="w-full min-w-0 rounded-lg bg-white px-4 py-3 text-ink placeholder:text-muted sm:flex-1"
          />
          <button
            type="submit"
            className="shrink-0 rounded-lg bg-white px-5 py-3 font-medium text-brand-700 hover:bg-brand-50"
          >
            {t('search')}
          </button>
        </form>
      </section>
      <Shelf
        id="best-rated-heading"
        title={t('bestRated')}
        seeAll={seeAll}
        href="/workflows?sort=rating"
        workflows={home.bestRated}
        favoritedIds={favoritedIds}
      />
      <Shelf
        id="best-selling-heading"
        title={t('bestSelling')}
        seeAll={seeAll}
        href="/workflows?sort=best-selling"
        workflows={home.bestSelling}
        favoritedIds={favoritedIds}
      />
      <LabelledSection
        id="categories-heading"
        title={t('categories')}
        className="mt-12"
        headingClassName="text-xl font-semibold"
      >
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {home.categories.map((category) => {
            const c = localizedCategory(category, locale);
            return (
              <li key={c.id}>
                <Link
                  href={`/categories/${c.slug}`}
                  className="flex h-full flex-col rounded-xl border border-line bg-surface px-4 py-3 hover:border-brand-500"
                >
                  <span className="flex items-center justify-between font-medium">
                    {c.name}
                    <span className="text-sm font-normal text-muted">{formatNumber(c.workflowCount, locale)}</span>
                  </span>
                  <span className="mt-1 line-clamp-2 text-sm text-muted">{c.description}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </LabelledSection>
      <Shelf
        id="newest-heading"
        title={t('newest')}
        seeAll={seeAll}
        href="/workflows?sort=newest"
        workflows={home.newest}
        favoritedIds={favoritedIds}
      />
    </div>
  );
}
