import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Locale-aware Link and redirect: on a /vi page they lead to /vi pages. */
export const { Link, redirect, usePathname, getPathname } = createNavigation(routing);
