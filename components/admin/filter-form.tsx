import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

/** A GET form for an admin list's URL state: search box, selects, one button. Works without JavaScript. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="mt-6 flex flex-wrap items-end gap-3">
      {children}
      <button type="submit" className={buttonClass('secondary')}>
        Filter
      </button>
    </form>
  );
}

export function SearchFilter({ id, label, value, placeholder }: { id: string; label: string; value: string; placeholder?: string }) {
  return (
    <div className="min-w-60 flex-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} type="search" name="q" defaultValue={value} placeholder={placeholder} className={inputClass} />
    </div>
  );
}

export function SelectFilter({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<readonly [value: string, label: string]>;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClass}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
