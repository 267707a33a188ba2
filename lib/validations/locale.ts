import { z } from 'zod';
import { routing } from '@/i18n/routing';

/** The language switcher's form (components/layout/locale-switcher.tsx). */
export const switchLocaleSchema = z.object({ locale: z.enum(routing.locales) });
