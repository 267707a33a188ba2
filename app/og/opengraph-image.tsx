import { homeCard } from '@/server/og-cards';
import { OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og/meta';

// The English card of the home page and the catalog (lib/og/meta.ts); drawn once, at build. The other
// languages' are app/og/[locale]/opengraph-image.tsx; the alt text is the page's (lib/og/card-text.ts).
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function Image() {
  return homeCard('en');
}
