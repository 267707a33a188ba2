import Image from 'next/image';
import type { GalleryAsset } from '@/db/queries/catalog/get-workflow';

/** Images through next/image (SVG covers unoptimised), videos with the browser's player. */
export function Gallery({ assets }: { assets: GalleryAsset[] }) {
  if (assets.length === 0) return null;
  return (
    <section aria-label="Gallery" className="grid gap-3 sm:grid-cols-2">
      {assets.map((a, i) =>
        a.kind === 'video' ? (
          <video
            key={a.src}
            controls
            preload="metadata"
            className="aspect-video w-full rounded-xl border border-line bg-ink"
            aria-label={a.title ?? a.alt}
          >
            <source src={a.src} />
          </video>
        ) : (
          <Image
            key={a.src}
            src={a.src}
            alt={a.alt}
            width={1200}
            height={675}
            priority={i === 0}
            unoptimized={a.src.endsWith('.svg')}
            sizes="(min-width: 1024px) 40vw, 100vw"
            className={
              i === 0 ? 'w-full rounded-xl border border-line sm:col-span-2' : 'w-full rounded-xl border border-line'
            }
          />
        ),
      )}
    </section>
  );
}
