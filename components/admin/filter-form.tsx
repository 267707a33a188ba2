import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import type { FilterDefs, ListFilters, ListParams } from '@/lib/validations/admin/list-filters';

/** Each list's name for its search form (the landmark's accessible name). */
const LISTS = {
  purchases: 'filters.purchases',
  transfers: 'filters.transfers',
  workflows: 'filters.workflows',
  users: 'filters.users',
  messages: 'filters.messages',
  reviews: 'filters.reviews',
} as const;

/**
 * The words the lists' declarations name (lib/validations/admin/*: `choiceFilter('filters.status', …)`),
 * keys of messages/<locale>/admin.json. A label that is not one of them shows as it is.
 */
const WORDS = new Set<string>([
  'filters.status',
  'filters.show',
  'filters.sortBy',
  'filters.role',
  'filters.account',
  'filters.all',
  'filters.searchPurchases',
  'filters.searchPurchasesHint',
  'filters.searchWorkflows',
  'filters.searchWorkflowsHint',
  'filters.searchUsers',
  'filters.searchUsersHint',
  'filters.pending',
  'filters.paid',
  'filters.rejected',
  'filters.unmatched',
  'filters.matched',
  'filters.dismissed',
  'filters.active',
  'filters.expired',
  'filters.newest',
  'filters.mostSales',
  'filters.title',
  'filters.allRoles',
  'filters.shoppers',
  'filters.admins',
  'filters.allAccounts',
  'filters.disabled',
  'filters.open',
  'filters.resolved',
  'filters.allMessages',
  'filters.allReviews',
  'filters.visible',
  'filters.hidden',
]);

/**
 * A GET form for an admin list's URL state: the list's search box and selects as declared in its
 * `listFilters` (lib/validations/admin/list-filters.ts), one button. Works without JavaScript. Each
 * control's id is "<list>-<parameter>" ("users-role").
 */
export function FilterForm<D extends FilterDefs>({
  list,
  filters,
  values,
}: {
  list: keyof typeof LISTS;
  filters: ListFilters<D>;
  values: ListParams<D>;
}) {
  const t = useTranslations('admin');
  const word = (text: string) => (WORDS.has(text) ? t(text) : text);
  return (
    <form method="get" role="search" aria-label={t(LISTS[list])} className="mt-6 flex flex-wrap items-end gap-3">
      {Object.entries(filters.defs).map(([name, def]) => {
        const id = `${list}-${name}`;
        const value = String(values[name as keyof D]);
        return (
          <div key={name} className={def.kind === 'search' ? 'min-w-60 flex-1' : undefined}>
            <label htmlFor={id} className="block text-sm font-medium">
              {word(def.label)}
            </label>
            {def.kind === 'search' ? (
              <input
                id={id}
                type="search"
                name={name}
                defaultValue={value}
                placeholder={def.placeholder === undefined ? undefined : word(def.placeholder)}
                className={inputClass}
              />
            ) : (
              <select id={id} name={name} defaultValue={value} className={inputClass}>
                {def.options.map(([v, l]) => (
                  <option key={v} value={v}>
                    {word(l)}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
      <button type="submit" className={buttonClass('secondary')}>
        {t('filters.filter')}
      </button>
    </form>
  );
}
