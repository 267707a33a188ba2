import { ogImage } from '@/server/og-image';
import { OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og/meta';

// The card of the home page and the catalog (lib/og/meta.ts); drawn once, at build.
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'Automation workflows that import and run.';

export default function Image() {
  return ogImage({
    eyebrow: 'n8n workflow templates',
    title: 'Automation workflows that import and run.',
    description: 'See which apps, credentials and community nodes a workflow needs before you buy.',
  });
}
