'use client';

import { useTranslations } from 'next-intl';

import { useState } from 'react';

type Props = {
  id: string;
  /** The radios' name in the posted form. */
  name: string;
  /** Checked when the page is first drawn (editing, or after a post without JavaScript). */
  initial?: string;
  error?: string;
};

/**
 * "Rating": five native radio buttons in a radio group, so arrow keys, Tab and screen readers work as
 * they do everywhere; each is drawn as a star, filled up to the one chosen.
 */
export function RatingInput({ id, name, initial, error }: Props) {
  const t = useTranslations('reviews');
  const [chosen, setChosen] = useState(initial);
  const current = Number(chosen ?? 0);
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
      aria-required="true"
      className="space-y-1"
    >
      <legend id={`${id}-legend`} className="text-sm font-medium text-ink">
        {t('rating')}
      </legend>
      <div className="flex gap-1">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            // No cn() (tailwind-merge) in this leaf: two fixed class lists that never conflict.
            className={`relative cursor-pointer rounded-md px-1 text-3xl leading-none has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 ${
              n <= current ? 'text-amber-500' : 'text-line hover:text-amber-300'
            }`}
          >
            <input
              type="radio"
              name={name}
              value={String(n)}
              defaultChecked={initial === String(n)}
              onChange={(event) => setChosen(event.currentTarget.value)}
              aria-invalid={error ? true : undefined}
              className="absolute inset-0 m-0 cursor-pointer opacity-0"
            />
            <span aria-hidden="true">★</span>
            <span className="sr-only">{t('stars', { n })}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
