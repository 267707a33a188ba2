import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { localizedCategory, localizedWorkflow } from '@/lib/workflows/localized';

/**
 * The words of an Open Graph card in one language (issue 14): the fixed ones from messages/<locale>/og.json,
 * a workflow's or category's own in the reader's language where it has them (lib/workflows/localized.ts,
 * as on its page). The card routes draw them (server/og-cards.ts); the page metadata takes `alt` for its
 * `openGraph.images` entry (lib/og/meta.ts), so the page and its card say the same.
 */
export type OgCardText = {
  /** The small line above the title (a kind, categories). */
  eyebrow: string;
  title: string;
  description?: string;
  /** The image's text alternative (og:image:alt). */
  alt: string;
};

type CategorySource = Parameters<typeof localizedCategory>[0];
type WorkflowSource = Parameters<typeof localizedWorkflow>[0] & { categories: CategorySource[] };

/** The card of the home page and the catalog. */
export async function homeCardText(locale: Locale): Promise<OgCardText> {
  const t = await getTranslations({ locale, namespace: 'og' });
  const kind = t('homeEyebrow');
  const title = t('homeTitle');
  return { eyebrow: kind, title, description: t('homeDescription'), alt: t('alt', { kind, title }) };
}

/** A workflow's card: its title, short description and categories in `locale`, else in English. */
export async function workflowCardText(workflow: WorkflowSource, locale: Locale): Promise<OgCardText> {
  const t = await getTranslations({ locale, namespace: 'og' });
  const w = localizedWorkflow(workflow, locale);
  const kind = t('workflowEyebrow');
  return {
    eyebrow: [kind, ...w.categories.map((c) => c.name)].join(' · '),
    title: w.title,
    description: w.shortDescription,
    alt: t('alt', { kind, title: w.title }),
  };
}

/** A category's card: its name and description in `locale`, else in English. */
export async function categoryCardText(category: CategorySource, locale: Locale): Promise<OgCardText> {
  const t = await getTranslations({ locale, namespace: 'og' });
  const c = localizedCategory(category, locale);
  const kind = t('categoryEyebrow');
  const title = t('categoryTitle', { name: c.name });
  return { eyebrow: kind, title, description: c.description || undefined, alt: t('alt', { kind, title }) };
}
