import { useLocale, useTranslations } from 'next-intl';
import type { AppFacet, CategoryFacet } from '@/db/queries/catalog/search-counts';
import type { AppOption } from '@/db/queries/catalog/categories';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-class';
import { catalogHref, defaultSort, SORTS, type CatalogSearch, type CatalogSort } from '@/lib/validations/catalog';
import {
  compatFacets,
  formatN8nVersion,
  PLATFORM_NAMES,
  WORKFLOW_PLATFORMS,
  type CompatGroup,
} from '@/lib/workflows/platforms';
import type { Locale } from '@/i18n/routing';
import { localizedCategory } from '@/lib/workflows/localized';
import { LiveSearchForm } from './live-search-form';

const MAX_APPS_SHOWN = 12;
const PRICE_FIELDS = [
  ['minPrice', 'form.minPrice'],
  ['maxPrice', 'form.maxPrice'],
] as const;
const SORT_KEYS: Record<CatalogSort, string> = {
  relevance: 'sort.relevance',
  newest: 'sort.newest',
  'price-asc': 'sort.priceAsc',
  'price-desc': 'sort.priceDesc',
  rating: 'sort.rating',
  'best-selling': 'sort.bestSelling',
};
const radioClass = 'size-4 accent-brand-600';

/**
 * Every filter of the catalog in one GET form: keywords, categories, platform and apps (with counts),
 * price, rating, sort. `appFacets` null: nothing narrows the catalog, the app options' own counts are the
 * matches.
 */
export function CatalogFilters({
  state,
  facets,
  apps,
  appFacets,
  compat,
}: {
  state: CatalogSearch;
  facets: CategoryFacet[];
  apps: AppOption[];
  appFacets: AppFacet[] | null;
  compat: CompatGroup[];
}) {
  const t = useTranslations('catalog');
  const locale = useLocale() as Locale;
  const currentDefault = defaultSort(state.q);
  const runsOn = compatFacets(compat, state);
  const oldest = runsOn.versions.at(-2)?.version;
  const shownApps = [...apps.slice(0, MAX_APPS_SHOWN).map((a) => a.name), ...state.app].filter(
    (a, i, all) => all.indexOf(a) === i,
  );
  const appCounts = new Map((appFacets ?? apps).map((a) => [a.name, a.count]));
  return (
    <LiveSearchForm action="/workflows" stateKey={catalogHref(state)} className="space-y-6">
      <div className="space-y-1">
        <label htmlFor="catalog-q" className="block text-sm font-medium">
          {t('form.keywords')}
        </label>
        <input
          id="catalog-q"
          type="search"
          name="q"
          defaultValue={state.q}
          placeholder={t('form.keywordsPlaceholder')}
          className={inputClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="catalog-sort" className="block text-sm font-medium">
          {t('form.sortBy')}
        </label>
        <select
          // A new default (words typed or cleared) is a new select: the option shown follows it.
          key={currentDefault}
          id="catalog-sort"
          name="sort"
          defaultValue={state.sort === currentDefault ? '' : state.sort}
          className={inputClass}
        >
          {SORTS.map((s) => (
            // The default sort submits no value, so it follows the keywords: typing words in a catalog
            // sorted by the default (newest) searches by relevance, unless the shopper picked a sort.
            <option key={s} value={s === currentDefault ? '' : s}>
              {t(SORT_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-sm font-medium">{t('form.category')}</legend>
        {facets.map((f) => (
          <label key={f.slug} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="category"
              value={f.slug}
              defaultChecked={state.category.includes(f.slug)}
              className="size-4 accent-brand-600"
            />
            <span className="flex-1">{localizedCategory(f, locale).name}</span>
            <span className="text-xs text-muted">({f.count})</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-sm font-medium">{t('form.platform')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="platform"
            value=""
            defaultChecked={state.platform === undefined}
            className={radioClass}
          />
          <span className="flex-1">{t('form.anyPlatform')}</span>
          <span className="text-xs text-muted">({runsOn.anyPlatform})</span>
        </label>
        {WORKFLOW_PLATFORMS.map((p) => (
          <label key={p} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="platform"
              value={p}
              defaultChecked={state.platform === p}
              className={radioClass}
            />
            <span className="flex-1">{PLATFORM_NAMES[p]}</span>
            <span className="text-xs text-muted">({runsOn.platforms[p]})</span>
          </label>
        ))}
      </fieldset>
      <div className="space-y-1.5">
        {/* "Runs on my n8n": each stated minimum version, newest first, then older than all of them. */}
        {oldest !== undefined ? (
          <>
            <label htmlFor="catalog-n8n" className="block text-sm font-medium">
              {t('form.n8nVersion')}
            </label>
            <select
              id="catalog-n8n"
              name="n8n"
              defaultValue={state.n8n === undefined ? '' : state.n8n === 0 ? '0' : formatN8nVersion(state.n8n)}
              className={inputClass}
            >
              <option value="">{t('form.anyVersion', { count: runsOn.anyVersion })}</option>
              {runsOn.versions.map(({ version, count }) => (
                <option key={version} value={version === 0 ? '0' : formatN8nVersion(version)}>
                  {version === 0
                    ? t('form.n8nOlder', { version: formatN8nVersion(oldest), count })
                    : t('form.n8nAtLeast', { version: formatN8nVersion(version), count })}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="builtIn" value="1" defaultChecked={state.builtIn} className={radioClass} />
          <span className="flex-1">{t('form.builtIn')}</span>
          <span className="text-xs text-muted">({runsOn.builtIn})</span>
        </label>
      </div>
      {shownApps.length > 0 ? (
        <fieldset className="space-y-1.5">
          <legend className="mb-1 text-sm font-medium">{t('form.apps')}</legend>
          {shownApps.map((app) => (
            <label key={app} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="app"
                value={app}
                defaultChecked={state.app.includes(app)}
                className="size-4 accent-brand-600"
              />
              <span className="flex-1">{app}</span>
              <span className="text-xs text-muted">({appCounts.get(app) ?? 0})</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        {PRICE_FIELDS.map(([name, label]) => (
          <div key={name} className="space-y-1">
            <label htmlFor={`catalog-${name}`} className="block text-sm font-medium">
              {t(label)}
            </label>
            <input
              id={`catalog-${name}`}
              type="number"
              name={name}
              min={0}
              step={1000}
              inputMode="numeric"
              defaultValue={state[name]}
              className={inputClass}
            />
          </div>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor="catalog-min-rating" className="block text-sm font-medium">
          {t('form.minRating')}
        </label>
        <select id="catalog-min-rating" name="minRating" defaultValue={state.minRating ?? ''} className={inputClass}>
          <option value="">{t('form.anyRating')}</option>
          {[4, 3, 2, 1].map((r) => (
            <option key={r} value={r}>
              {t('form.starsAndUp', { stars: r })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass('primary', 'w-full')}>
        {t('form.apply')}
      </button>
    </LiveSearchForm>
  );
}
