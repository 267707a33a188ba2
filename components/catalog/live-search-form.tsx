'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type ReactNode } from 'react';

const TYPING_DELAY_MS = 300;

function changedFromDefaults(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((el) => {
    if (el instanceof HTMLInputElement) {
      return el.type === 'checkbox' || el.type === 'radio'
        ? el.checked !== el.defaultChecked
        : el.value !== el.defaultValue;
    }
    if (el instanceof HTMLSelectElement) return Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
    return false;
  });
}

/**
 * Outlives the form: a visitor's catalog states are separate routes (/public-view/catalog/<state>), so
 * the form remounts after every navigation it makes. `selfNavigated`: the next state change is this
 * form's own; `typingPushed`: the current run of typing already pushed its history entry.
 */
const session = { selfNavigated: false, typingPushed: false };

/**
 * The catalog's filter form. Without JavaScript it is a plain GET form (the submit button applies it);
 * with JavaScript every change updates the URL in place: typing is debounced; its first update pushes an
 * entry and the next keystrokes replace it (so Back returns to the catalog as it was before typing), and
 * a checkbox or select change pushes one (so Back undoes it). The page number is dropped on change.
 */
export function LiveSearchForm({
  action,
  stateKey,
  children,
  className,
}: {
  action: string;
  /** The current state's canonical URL: when it changes through a link (Next, Clear filters, Back), the fields follow. */
  stateKey: string;
  children: ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    // A change made before hydration had no handler yet: apply it now.
    if (form.current && changedFromDefaults(form.current)) navigate(form.current, 'push', 0);
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after hydration
  }, []);
  const shownState = useRef<string | null>(null);
  useEffect(() => {
    // The server re-rendered the fields' defaults for the new state; a change this form made keeps what
    // the user is typing, any other navigation resets the fields to the new defaults. Never on mount: the
    // fields' defaults are this state's already, and a reset would wipe words typed before hydration,
    // which the effect above is about to apply.
    if (shownState.current === stateKey) return;
    const mounting = shownState.current === null;
    shownState.current = stateKey;
    if (session.selfNavigated) session.selfNavigated = false;
    else {
      session.typingPushed = false;
      if (!mounting) form.current?.reset();
    }
  }, [stateKey]);

  /** `typing`: the first update of a run of typing pushes an entry, the next ones replace it. */
  function navigate(form: HTMLFormElement, kind: 'push' | 'typing', delay: number) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const mode = kind === 'typing' && session.typingPushed ? 'replace' : 'push';
      session.typingPushed = kind === 'typing';
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === 'string' && value.trim() !== '') params.append(key, value.trim());
      }
      const query = params.toString();
      const href = query ? `${action}?${query}` : action;
      session.selfNavigated = true;
      startTransition(() =>
        mode === 'push' ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false }),
      );
    }, delay);
  }

  return (
    <form
      ref={form}
      action={action}
      method="get"
      className={className}
      aria-busy={pending}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        const typing = target.type === 'search' || target.type === 'number' || target.type === 'text';
        navigate(event.currentTarget, typing ? 'typing' : 'push', typing ? TYPING_DELAY_MS : 0);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(event.currentTarget, 'push', 0);
      }}
    >
      {children}
    </form>
  );
}
