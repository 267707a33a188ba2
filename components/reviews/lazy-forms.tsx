'use client';

import dynamic from 'next/dynamic';

/**
 * The review form and "Delete review", loaded only when rendered (for a buyer): with next-intl's runtime
 * they are about 12 kB of JavaScript that a visitor of the workflow page never needs.
 */
export const LazyReviewForm = dynamic(() => import('./review-form').then((m) => m.ReviewForm));
export const LazyDeleteReviewButton = dynamic(() => import('./delete-review-button').then((m) => m.DeleteReviewButton));
