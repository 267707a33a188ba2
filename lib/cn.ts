import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names (strings, conditionals, arrays, objects: clsx) and resolves Tailwind conflicts so
 * the later class wins: `cn('px-4 py-2', 'px-3')` → `'py-2 px-3'`. Put the caller's `className` last.
 */
export function cn(...parts: ClassValue[]): string {
  return twMerge(clsx(parts));
}
