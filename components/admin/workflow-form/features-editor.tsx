'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

type Item = { key: number; text: string };

/**
 * The workflow's feature list: add, remove, move up and down. Every input is named `features`, so the
 * form posts them in order, with or without JavaScript; `onChange` keeps the form's validation in step.
 */
export function FeaturesEditor({
  initial,
  max,
  error,
  onChange,
}: {
  initial: string[];
  max: number;
  error?: string;
  onChange: (features: string[]) => void;
}) {
  const nextKey = useRef(0);
  const make = (text: string): Item => ({ key: nextKey.current++, text });
  const [items, setItems] = useState<Item[]>(() => (initial.length ? initial : ['']).map(make));
  const update = (next: Item[]) => {
    setItems(next);
    onChange(next.map((i) => i.text));
  };
  const t = useTranslations('admin');
  const move = (index: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    update(next);
  };
  return (
    <fieldset className="space-y-2" aria-describedby={error ? 'features-error' : undefined}>
      <legend className="text-sm font-medium">{t('workflowForm.features')}</legend>
      <ol className="space-y-2">
        {items.map((item, i) => (
          <li key={item.key} className="flex flex-wrap items-center gap-2">
            <label htmlFor={`feature-${item.key}`} className="sr-only">
              {t('workflowForm.feature', { number: i + 1 })}
            </label>
            <input
              id={`feature-${item.key}`}
              name="features"
              value={item.text}
              maxLength={160}
              onChange={(e) => update(items.map((it) => (it.key === item.key ? { ...it, text: e.target.value } : it)))}
              className={`${inputClass} min-w-60 flex-1`}
              aria-invalid={error ? true : undefined}
            />
            <Button
              variant="ghost"
              size="xs"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t('workflowForm.featureUp', { number: i + 1 })}
            >
              ↑
            </Button>
            <Button
              variant="ghost"
              size="xs"
              disabled={i === items.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t('workflowForm.featureDown', { number: i + 1 })}
            >
              ↓
            </Button>
            <Button
              variant="ghost"
              size="xs"
              onClick={() => update(items.filter((it) => it.key !== item.key))}
              aria-label={t('workflowForm.featureRemove', { number: i + 1 })}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" size="sm" disabled={items.length >= max} onClick={() => update([...items, make('')])}>
        {t('workflowForm.addFeature')}
      </Button>
      {error ? (
        <p id="features-error" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
