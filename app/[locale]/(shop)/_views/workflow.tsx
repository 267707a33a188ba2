import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { RatingStars } from '@/components/catalog/rating-stars';
import { WorkflowGrid } from '@/components/catalog/workflow-card';
import { Gallery } from '@/components/workflow/gallery';
import { JsonLd } from '@/components/workflow/json-ld';
import { N8nCheck } from '@/components/workflow/n8n-check';
import { ReleaseHistory } from '@/components/workflow/release-history';
import { formatDate } from '@/lib/format-date-time';
import { PurchaseCta } from '@/components/checkout/purchase-cta';
import { Favorite } from '@/components/favorites/favorite';
import { ReviewsSection } from '@/components/reviews/reviews-section';
import { PurchasePanel } from '@/components/workflow/purchase-panel';
import { WorkflowFacts } from '@/components/workflow/workflow-facts';
import type { WorkflowDetail } from '@/db/queries/catalog/get-workflow';
import { favoritedAmong } from '@/db/queries/favorites';
import { getViewerPurchaseState } from '@/db/queries/purchases';
import type { SessionUser } from '@/server/auth/guards';
import { cachedRelated, cachedReviewsSection, cachedWorkflow, dependsOn } from '@/server/catalog-cache';
import { cacheTags } from '@/lib/cache-tags';
import { NOT_FOUND_META } from '@/lib/http/page-status';
import { ogImageMeta, ogImagePath } from '@/lib/og/meta';
import { workflowCardText } from '@/lib/og/card-text';
import { renderMarkdown } from '@/lib/markdown';
import { appUrl, formatPrice, shop } from '@/lib/site';
import { getLocale, getTranslations } from 'next-intl/server';
import { localeAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { REVIEWS_PAGE_SIZE, type ReviewSort } from '@/lib/validations/reviews';
import { localizedWorkflow } from '@/lib/workflows/localized';

const coverOf = (w: WorkflowDetail) => w.gallery.find((g) => g.kind === 'image')?.src ?? '/logo.svg';

export async function workflowMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const found = await cachedWorkflow(slug);
  if (!found) {
    const t = await getTranslations({ locale, namespace: 'workflow' });
    return { title: t('metaNotFound'), robots: { index: false }, other: NOT_FOUND_META };
  }
  const w = localizedWorkflow(found, locale);
  const card = await workflowCardText(found, locale);
  const url = `/workflows/${w.slug}`;
  return {
    title: w.title,
    description: w.shortDescription,
    alternates: localeAlternates(locale, url),
    openGraph: {
      type: 'website',
      title: w.title,
      description: w.shortDescription,
      url,
      images: [ogImageMeta(ogImagePath.workflow(w.slug, locale), card.alt)],
    },
    robots: w.status === 'expired' ? { index: false } : undefined,
  };
}

function productJsonLd(w: WorkflowDetail): Record<string, unknown> {
  const url = `${appUrl()}/workflows/${w.slug}`;
  const { name: shopName, currency } = shop();
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: w.title,
    description: w.shortDescription,
    sku: w.slug,
    url,
    image: [new URL(coverOf(w), appUrl()).toString()],
    category: w.categories.map((c) => c.name).join(', ') || undefined,
    brand: { '@type': 'Brand', name: shopName },
    offers: {
      '@type': 'Offer',
      url,
      // The exact numeric(12,2) string, never a float.
      price: w.price,
      priceCurrency: currency,
      availability: w.status === 'active' ? 'https://schema.org/InStock' : 'https://schema.org/Discontinued',
    },
    ...(w.reviewCount > 0
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: w.ratingAvg.toFixed(2),
            reviewCount: w.reviewCount,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}

/**
 * A workflow's page; `user` is null in the anonymous variant. Returns null for an unknown slug: each
 * variant answers 404 its own way.
 */
export async function WorkflowPageView({
  slug,
  reviewsQuery,
  user,
}: {
  slug: string;
  reviewsQuery: { reviewsSort: ReviewSort; reviewsPage: number };
  user: SessionUser | null;
}) {
  const found = await cachedWorkflow(slug);
  if (!found) return null;
  const locale = (await getLocale()) as Locale;
  const w = localizedWorkflow(found, locale);
  const [related, viewer, reviewData] = await Promise.all([
    cachedRelated(w.id),
    getViewerPurchaseState(user?.id ?? null, w.id),
    cachedReviewsSection({
      workflowId: w.id,
      viewerId: user?.id ?? null,
      sort: reviewsQuery.reviewsSort,
      page: reviewsQuery.reviewsPage,
      pageSize: REVIEWS_PAGE_SIZE,
    }),
    dependsOn(cacheTags.workflow(w.id), cacheTags.reviews(w.id)),
  ]);
  // One read for the page's heart and the related cards' hearts; none for a visitor (plain sign-in forms).
  const favoritedIds = user ? await favoritedAmong(user.id, [w.id, ...related.map((r) => r.id)]) : null;
  const favorited = favoritedIds === null ? null : favoritedIds.includes(w.id);
  const expired = w.status === 'expired';
  const t = await getTranslations('workflow');
  const releases = w.releases.map((r) => ({ ...r, date: formatDate(new Date(r.publishedAt), locale) }));
  const current = releases[0];
  const actions = (
    <>
      <div className="w-full">
        <PurchaseCta workflowId={w.id} slug={w.slug} expired={expired} viewer={viewer} />
      </div>
      <Favorite workflowId={w.id} favorited={favorited} />
    </>
  );
  const reviews = reviewData ? (
    <div className="mt-12">
      <ReviewsSection data={reviewData} basePath={`/workflows/${w.slug}`} />
    </div>
  ) : null;
  return (
    <article className="mx-auto w-full max-w-7xl px-4 py-8">
      <JsonLd data={productJsonLd(w)} />
      <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
        <Link href="/workflows" className="hover:text-ink">
          {t('workflows')}
        </Link>
        {w.categories[0] ? (
          <>
            {' / '}
            <Link href={`/categories/${w.categories[0].slug}`} className="hover:text-ink">
              {w.categories[0].name}
            </Link>
          </>
        ) : null}
      </nav>
      <div className="mt-4 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-8">
          <header className="space-y-3">
            <h1 className="text-3xl font-semibold tracking-tight">{w.title}</h1>
            <p className="text-lg text-muted">{w.shortDescription}</p>
            <RatingStars value={w.ratingAvg} count={w.reviewCount} size="md" />
            {current ? (
              <p className="text-sm text-muted">
                {t('releaseUpdated', { date: current.date, version: current.version })}
              </p>
            ) : null}
          </header>
          {/* Small screens: the price and the call to action right under the title (the full panel is
              far below there); from `lg` on the panel stands beside the content instead. */}
          <section
            aria-label={t('buy')}
            className="flex items-center justify-between gap-4 rounded-xl border border-line bg-surface p-3 lg:hidden"
          >
            <p className="text-xl font-semibold">{formatPrice(w.price, locale)}</p>
            <div className="w-44 shrink-0">
              <PurchaseCta workflowId={w.id} slug={w.slug} expired={expired} viewer={viewer} compact />
            </div>
          </section>
          <Gallery assets={w.gallery} />
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-xl font-semibold">
              {t('about')}
            </h2>
            <div
              className="prose-workflow mt-3 space-y-3 leading-relaxed [&_a]:text-brand-600 [&_a]:underline [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
              dangerouslySetInnerHTML={{ __html: renderMarkdown(w.description) }}
            />
          </section>
          {w.features.length > 0 ? (
            <section aria-labelledby="features-heading">
              <h2 id="features-heading" className="text-xl font-semibold">
                {t('features')}
              </h2>
              <ul className="mt-3 grid gap-2 sm:grid-cols-2">
                {w.features.map((f) => (
                  <li key={f} className="flex gap-2">
                    <span aria-hidden="true" className="text-success">
                      ✓
                    </span>
                    {f}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <N8nCheck analysis={w.analysis} canvas={w.canvas} title={w.title} />
          <ReleaseHistory releases={releases} />
        </div>
        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <PurchasePanel price={w.price} expired={expired} actions={actions} />
          <WorkflowFacts workflow={w} />
        </aside>
      </div>
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-12">
          <h2 id="related-heading" className="text-xl font-semibold">
            {t('related')}
          </h2>
          <div className="mt-4">
            <WorkflowGrid workflows={related} favoritedIds={favoritedIds} />
          </div>
        </section>
      ) : null}
      {reviews}
    </article>
  );
}
