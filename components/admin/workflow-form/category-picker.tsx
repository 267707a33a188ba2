'use client';

import { useTranslations } from 'next-intl';
import { useState, type InputHTMLAttributes } from 'react';
import { inputClass } from '@/components/ui/field';

/**
 * Categories as a group of checkboxes (a multi-select that works with a keyboard, a screen reader and
 * without JavaScript), with a box that narrows a long list.
 */
export function CategoryPicker({
  options,
  checkbox,
  error,
}: {
  options: Array<{ id: string; name: string }>;
  checkbox: InputHTMLAttributes<HTMLInputElement>;
  error?: string;
}) {
  const t = useTranslations('admin');
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? 'categories-error' : undefined}>
      <legend className="text-sm font-medium">{t('categories.title')}</legend>
      {options.length > 8 ? (
        <div>
          <label htmlFor="category-filter" className="sr-only">
            {t('workflowForm.filterCategories')}
          </label>
          <input
            id="category-filter"
            type="search"
            placeholder={t('workflowForm.filterCategoriesPlaceholder')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className={`${inputClass} max-w-xs`}
          />
        </div>
      ) : null}
      <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <li key={o.id} hidden={needle !== '' && !o.name.toLowerCase().includes(needle)}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={o.id} {...checkbox} />
              {o.name}
            </label>
          </li>
        ))}
      </ul>
      {options.length === 0 ? <p className="text-sm text-muted">{t('workflowForm.noCategories')}</p> : null}
      {error ? (
        <p id="categories-error" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
