import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { ReactNode } from 'react';
import type { WorkflowCard as Card } from '@/db/queries/catalog/cards';
import { Favorite } from '@/components/favorites/favorite';
import { formatPrice } from '@/lib/site';
import { localizedWorkflow } from '@/lib/workflows/localized';
import { formatN8nVersion, PLATFORM_NAMES } from '@/lib/workflows/platforms';
import { CoverImage } from './cover-image';
import { RatingStars } from './rating-stars';

/**
 * One workflow in a grid: an `article` whose heading links to the workflow (UI-CONTRACT). `headingLevel` keeps
 * the page's outline: 3 under a section's h2 (home shelves, related workflows), 2 right under the catalog's h1.
 */
export function WorkflowCard({
  workflow,
  favoriteSlot,
  priority = false,
  headingLevel = 3,
}: {
  workflow: Card;
  favoriteSlot?: ReactNode;
  priority?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const locale = useLocale() as Locale;
  const w = localizedWorkflow(workflow, locale);
  const t = useTranslations('catalog');
  const needs = [
    w.minN8n !== null && w.platform === 'n8n' ? t('card.minN8n', { version: formatN8nVersion(w.minN8n) }) : null,
    w.communityNodes ? t('card.community') : null,
  ].filter((n) => n !== null);
  return (
    <article className="card">
      {/* No prefetch: a grid of cards would fetch a dozen dynamic pages per view (server load, and each
          request refreshes the session cookie, racing a sign-out made meanwhile). */}
      <Link href={`/workflows/${w.slug}`} prefetch={false} tabIndex={-1} aria-hidden="true">
        <CoverImage
          src={w.cover}
          alt=""
          priority={priority}
          sizes="(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
        />
      </Link>
      <div className="card-body">
        {/* The platform first (a template for Make does not import into n8n), then the categories. */}
        <p className="card-cats">{[PLATFORM_NAMES[w.platform], ...w.categories.map((c) => c.name)].join(' · ')}</p>
        <Heading className="font-semibold leading-snug">
          <Link href={`/workflows/${w.slug}`} prefetch={false} className="hover:text-brand-600">
            {w.title}
          </Link>
        </Heading>
        <p className="card-desc">{w.shortDescription}</p>
        {needs.length > 0 ? <p className="text-xs text-muted">{needs.join(' · ')}</p> : null}
        <RatingStars value={w.ratingAvg} count={w.reviewCount} />
        <div className="card-foot">
          <p className="font-semibold" data-testid="card-price">
            {formatPrice(w.price, locale)}
          </p>
          {favoriteSlot}
        </div>
      </div>
    </article>
  );
}

/**
 * The favorite toggle of a card; `favoritedIds` are the viewer's favorites among the cards shown, null for
 * a visitor without a session (a plain sign-in form, no client JavaScript).
 */
export function CardFavorite({
  workflowId,
  favoritedIds,
}: {
  workflowId: string;
  favoritedIds: readonly string[] | null;
}) {
  return (
    <Favorite
      size="icon"
      workflowId={workflowId}
      favorited={favoritedIds === null ? null : favoritedIds.includes(workflowId)}
    />
  );
}

export function WorkflowGrid({
  workflows,
  label,
  favoritedIds = [],
}: {
  workflows: Card[];
  label?: string;
  /** null: a visitor without a session. */
  favoritedIds?: readonly string[] | null;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={label} role={label ? 'region' : undefined}>
      {workflows.map((w, i) => (
        <WorkflowCard
          key={w.id}
          workflow={w}
          priority={i < 4}
          favoriteSlot={<CardFavorite workflowId={w.id} favoritedIds={favoritedIds} />}
        />
      ))}
    </div>
  );
}
