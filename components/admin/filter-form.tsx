import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { FilterDefs, ListFilters, ListParams } from '@/lib/validations/admin/list-filters';

/**
 * A GET form for an admin list's URL state: the list's search box and selects as declared in its
 * `listFilters` (lib/validations/admin/list-filters.ts), one button. Works without JavaScript. Each
 * control's id is "<label>-<parameter>" ("users-role").
 */
export function FilterForm<D extends FilterDefs>({
  label,
  filters,
  values,
}: {
  label: string;
  filters: ListFilters<D>;
  values: ListParams<D>;
}) {
  const prefix = label.toLowerCase();
  return (
    <form method="get" role="search" aria-label={label} className="mt-6 flex flex-wrap items-end gap-3">
      {Object.entries(filters.defs).map(([name, def]) => {
        const id = `${prefix}-${name}`;
        const value = String(values[name as keyof D]);
        return (
          <div key={name} className={def.kind === 'search' ? 'min-w-60 flex-1' : undefined}>
            <label htmlFor={id} className="block text-sm font-medium">
              {def.label}
            </label>
            {def.kind === 'search' ? (
              <input
                id={id}
                type="search"
                name={name}
                defaultValue={value}
                placeholder={def.placeholder}
                className={inputClass}
              />
            ) : (
              <select id={id} name={name} defaultValue={value} className={inputClass}>
                {def.options.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
      <button type="submit" className={buttonClass('secondary')}>
        Filter
      </button>
    </form>
  );
}
