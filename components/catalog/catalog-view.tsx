import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AppOption } from '@/db/queries/catalog/categories';
import type { CatalogResult } from '@/db/queries/catalog/search-workflows';
import type { CompatGroup } from '@/lib/workflows/platforms';
import { buttonClass } from '@/components/ui/button-class';
import { catalogHref, MAX_QUERY_LENGTH, type CatalogSearch } from '@/lib/validations/catalog';
import { CatalogFilters } from './catalog-filters';
import { DidYouMean } from './did-you-mean';
import { Pagination } from './pagination';
import { CardFavorite, WorkflowCard } from './workflow-card';

function summary(t: ReturnType<typeof useTranslations<'catalog'>>, result: CatalogResult, q: string): string {
  const count = result.total;
  if (!q) return t('count', { count });
  if (count === 0) return t('noMatchFor', { q });
  return result.typoTolerant ? t('similarTo', { count, q }) : t('countFor', { count, q });
}

/** The catalog: filters beside a grid of cards, the count, the pages, and an empty state that helps. */
export function CatalogView({
  heading,
  intro,
  state,
  result,
  apps,
  compat,
  path = '/workflows',
  linkState = state,
  favoritedIds = [],
}: {
  heading: string;
  intro?: string;
  state: CatalogSearch;
  result: CatalogResult;
  apps: AppOption[];
  /** The matches grouped for the "Runs on" facets (the result's, or the whole catalog's when unfiltered). */
  compat: CompatGroup[];
  path?: string;
  /** The state links carry (a category page leaves out its own category: the path says it). */
  linkState?: CatalogSearch;
  /** The viewer's favorites among the results (null for a visitor without a session). */
  favoritedIds?: readonly string[] | null;
}) {
  const filtered = Boolean(
    state.q ||
    state.category.length ||
    state.app.length ||
    state.platform ||
    state.n8n !== undefined ||
    state.builtIn ||
    state.minPrice !== undefined ||
    state.maxPrice !== undefined ||
    state.minRating,
  );
  const beyondLast = result.items.length === 0 && result.total > 0;
  const t = useTranslations('catalog');
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-4 px-4 py-6 lg:grid-cols-[16rem_1fr] lg:gap-8 lg:py-8">
      {/* Below `lg` the filters fold away behind "Filters" (a <details>: no JavaScript needed), so the
          results start on the first screen; from `lg` on they stand beside them (globals.css). */}
      <aside aria-label={t('filters')} className="lg:sticky lg:top-4 lg:self-start">
        <details className="open-from-lg rounded-xl border border-line bg-surface lg:border-0 lg:bg-transparent">
          <summary className="cursor-pointer px-4 py-2 font-medium">{t('filters')}</summary>
          <div className="border-t border-line p-4 lg:border-0 lg:p-0">
            <CatalogFilters
              state={state}
              facets={result.facets}
              apps={apps}
              appFacets={result.appFacets}
              compat={compat}
            />
          </div>
        </details>
      </aside>
      <section aria-labelledby="catalog-heading">
        <h1 id="catalog-heading" className="text-2xl font-semibold tracking-tight">
          {heading}
        </h1>
        {intro ? <p className="mt-1 text-muted">{intro}</p> : null}
        <p role="status" className="mt-2 text-sm text-muted">
          {summary(t, result, state.q)}
        </p>
        {state.qShortened ? (
          <p className="mt-2 text-sm text-warning">{t('queryShortened', { max: MAX_QUERY_LENGTH })}</p>
        ) : null}
        <DidYouMean corrected={result.didYouMean} state={linkState} path={path} />
        {result.items.length > 0 ? (
          <div className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {result.items.map((w, i) => (
              <WorkflowCard
                key={w.id}
                workflow={w}
                priority={i < 3}
                headingLevel={2}
                favoriteSlot={<CardFavorite workflowId={w.id} favoritedIds={favoritedIds} />}
              />
            ))}
          </div>
        ) : (
          <div className="mt-8 rounded-xl border border-dashed border-line bg-surface p-8 text-center">
            {beyondLast ? (
              <>
                <h2 className="text-lg font-semibold">{t('pastLastTitle')}</h2>
                <p className="mt-2 text-muted">{t('pastLastText', { pages: result.totalPages })}</p>
                <Link
                  href={catalogHref(linkState, { page: result.totalPages }, path)}
                  className={buttonClass('primary', 'mt-4')}
                >
                  {t('lastPage')}
                </Link>
              </>
            ) : (
              <>
                <h2 className="text-lg font-semibold">{t('noMatch')}</h2>
                <p className="mt-2 text-muted">{filtered ? t('tryOther') : t('empty')}</p>
                {filtered ? (
                  <Link href="/workflows" className={buttonClass('primary', 'mt-4')}>
                    {t('clearFilters')}
                  </Link>
                ) : null}
              </>
            )}
          </div>
        )}
        <Pagination
          page={state.page}
          totalPages={result.totalPages}
          hrefFor={(page) => catalogHref(linkState, { page }, path)}
        />
      </section>
    </div>
  );
}
