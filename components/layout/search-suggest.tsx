'use client';

import { useRouter } from 'next/navigation';
import { localizedPath, type Locale } from '@/i18n/routing';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '@/db/queries/catalog/search-suggest';
import { clsx } from 'clsx';

/** Wait this long after the last key before asking for suggestions. */
const DEBOUNCE_MS = 150;

/**
 * The header's search box, enhanced (WAI-ARIA combobox with a list popup): as the shopper types, the top
 * titles and apps come from /api/search/suggest; Up/Down move through them (aria-activedescendant),
 * Enter opens the one chosen, Escape closes the list. Without a chosen suggestion, or without
 * JavaScript, the surrounding GET form searches the catalog as before.
 */
export function SearchSuggest({
  className,
  locale,
  labels,
}: {
  className?: string;
  locale: Locale;
  /** The box's accessible name and placeholder, the list's name and the app tag, in the page's language. */
  labels: { search: string; placeholder: string; suggestions: string; app: string };
}) {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [value, setValue] = useState('');
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const pending = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = value.trim();
    pending.current?.abort();
    if (q.length < 2) {
      setItems([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    const timer = setTimeout(() => {
      fetch(`/api/search/suggest?${new URLSearchParams({ q }).toString()}`, { signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<{ suggestions: Suggestion[] }>) : { suggestions: [] }))
        .then(({ suggestions }) => {
          setItems(suggestions);
          setActive(-1);
          setOpen(suggestions.length > 0);
        })
        .catch(() => {
          // Aborted by the next key, or offline: the form still searches.
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const choose = (item: Suggestion) => {
    setOpen(false);
    setActive(-1);
    router.push(localizedPath(locale, item.href));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (!open || i < 0 ? (step > 0 ? 0 : count - 1) : (i + step + count) % count));
    } else if (event.key === 'Enter') {
      const item = open && active >= 0 ? items[active] : undefined;
      if (item) {
        event.preventDefault();
        choose(item);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const expanded = open && items.length > 0;
  return (
    <div className="relative">
      <input
        type="search"
        name="q"
        role="combobox"
        aria-label={labels.search}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
        autoComplete="off"
        placeholder={labels.placeholder}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(items.length > 0)}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={labels.suggestions}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-40 mt-1 overflow-hidden rounded-lg border border-line bg-surface py-1 text-sm shadow-lg md:max-w-md"
      >
        {items.map((item, i) => (
          <li
            key={`${item.kind}:${item.href}`}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            // Keep the focus in the box: a click chooses without blurring (which would close the list).
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
            className={clsx('flex cursor-pointer items-center gap-2 px-3 py-1.5 text-ink', i === active && 'bg-canvas')}
          >
            {item.kind === 'app' ? (
              <span className="rounded bg-canvas px-1.5 text-xs text-muted ring-1 ring-line">{labels.app}</span>
            ) : null}
            <span className="truncate">{item.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
