'use client';

import dynamic from 'next/dynamic';

/**
 * "Buy now" for a signed-in viewer, loaded only when rendered: a visitor's is a plain link-like form to
 * sign in (components/checkout/purchase-cta.tsx), so the anonymous workflow page downloads none of this.
 */
export const LazyBuyButton = dynamic(() => import('./buy-button').then((m) => m.BuyButton));
