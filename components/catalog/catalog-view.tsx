import { Link } from '@/i18n/navigation';
import type { AppOption } from '@/db/queries/catalog/categories';
import type { CatalogResult } from '@/db/queries/catalog/search-workflows';
import { buttonClass } from '@/components/ui/button';
import { catalogHref, type CatalogSearch } from '@/lib/validations/catalog';
import { CatalogFilters } from './catalog-filters';
import { DidYouMean } from './did-you-mean';
import { Pagination } from './pagination';
import { CardFavorite, WorkflowCard } from './workflow-card';

function summary(result: CatalogResult, q: string): string {
  const n = result.total.toLocaleString('en-US');
  const what = `${n} ${result.total === 1 ? 'workflow' : 'workflows'}`;
  if (!q) return what;
  if (result.total === 0) return `No workflows match “${q}”`;
  return result.typoTolerant ? `${what} similar to “${q}”` : `${what} for “${q}”`;
}

/** The catalog: filters beside a grid of cards, the count, the pages, and an empty state that helps. */
export function CatalogView({
  heading,
  intro,
  state,
  result,
  apps,
  path = '/workflows',
  linkState = state,
  favoritedIds = [],
}: {
  heading: string;
  intro?: string;
  state: CatalogSearch;
  result: CatalogResult;
  apps: AppOption[];
  path?: string;
  /** The state links carry (a category page leaves out its own category: the path says it). */
  linkState?: CatalogSearch;
  /** The viewer's favorites among the results (empty when signed out). */
  favoritedIds?: readonly string[];
}) {
  const filtered = Boolean(
    state.q ||
    state.category.length ||
    state.app.length ||
    state.minPrice !== undefined ||
    state.maxPrice !== undefined ||
    state.minRating,
  );
  const beyondLast = result.items.length === 0 && result.total > 0;
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-4 px-4 py-6 lg:grid-cols-[16rem_1fr] lg:gap-8 lg:py-8">
      {/* Below `lg` the filters fold away behind "Filters" (a <details>: no JavaScript needed), so the
          results start on the first screen; from `lg` on they stand beside them (globals.css). */}
      <aside aria-label="Filters" className="lg:sticky lg:top-4 lg:self-start">
        <details className="open-from-lg rounded-xl border border-line bg-surface lg:border-0 lg:bg-transparent">
          <summary className="cursor-pointer px-4 py-2 font-medium">Filters</summary>
          <div className="border-t border-line p-4 lg:border-0 lg:p-0">
            <CatalogFilters state={state} facets={result.facets} apps={apps} />
          </div>
        </details>
      </aside>
      <section aria-labelledby="catalog-heading">
        <h1 id="catalog-heading" className="text-2xl font-semibold tracking-tight">
          {heading}
        </h1>
        {intro ? <p className="mt-1 text-muted">{intro}</p> : null}
        <p role="status" className="mt-2 text-sm text-muted">
          {summary(result, state.q)}
        </p>
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
                <h2 className="text-lg font-semibold">This page is past the last one</h2>
                <p className="mt-2 text-muted">There are {result.totalPages} pages of results.</p>
                <Link
                  href={catalogHref(linkState, { page: result.totalPages }, path)}
                  className={buttonClass('primary', 'mt-4')}
                >
                  Go to the last page
                </Link>
              </>
            ) : (
              <>
                <h2 className="text-lg font-semibold">No workflows match</h2>
                <p className="mt-2 text-muted">
                  {filtered
                    ? 'Try other words, or clear the filters to see the whole catalog.'
                    : 'The catalog is empty for now.'}
                </p>
                {filtered ? (
                  <Link href="/workflows" className={buttonClass('primary', 'mt-4')}>
                    Clear filters
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
