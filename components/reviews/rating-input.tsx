'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { cn } from '@/lib/cn';

type Props = {
  id: string;
  /** The value chosen now ("1" … "5"), to fill the stars up to it. */
  selected?: string | null;
  /** Checked when the page is first drawn (editing, or after a post without JavaScript). */
  initial?: string;
  error?: string;
  registration: UseFormRegisterReturn;
};

/**
 * "Rating": five native radio buttons in a radio group, so arrow keys, Tab and screen readers work as
 * they do everywhere; each is drawn as a star.
 */
export function RatingInput({ id, selected, initial, error, registration }: Props) {
  const current = Number(selected ?? initial ?? 0);
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
      className="space-y-1"
    >
      <legend id={`${id}-legend`} className="text-sm font-medium text-ink">
        Rating
      </legend>
      <div className="flex gap-1">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className={cn(
              'relative cursor-pointer rounded-md px-1 text-3xl leading-none has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500',
              n <= current ? 'text-amber-500' : 'text-line hover:text-amber-300',
            )}
          >
            <input
              type="radio"
              value={String(n)}
              defaultChecked={initial === String(n)}
              aria-invalid={error ? true : undefined}
              className="absolute inset-0 m-0 cursor-pointer opacity-0"
              {...registration}
            />
            <span aria-hidden="true">★</span>
            <span className="sr-only">
              {n} {n === 1 ? 'star' : 'stars'}
            </span>
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
