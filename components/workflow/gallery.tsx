import { getImageProps } from 'next/image';
import { useTranslations } from 'next-intl';
import { preloadImage } from '@/components/catalog/cover-image';
import type { GalleryAsset } from '@/db/queries/catalog/get-workflow';
import { videoSource } from '@/lib/assets/video';

/**
 * Images with next/image's props on a plain `<img>` (SVG covers unoptimised; no client code); YouTube and
 * Vimeo links as the provider's privacy-enhanced player in a lazy frame, video files with the browser's
 * player. A link stored before links were checked that is neither is left out.
 */
export function Gallery({ assets }: { assets: GalleryAsset[] }) {
  const t = useTranslations('workflow');
  if (assets.length === 0) return null;
  return (
    <section aria-label={t('gallery')} className="grid gap-3 sm:grid-cols-2">
      {assets.map((a, i) => {
        if (a.kind === 'video') {
          const video = videoSource(a.src);
          if (!video) return null;
          const name = a.title ?? a.alt;
          if (video.kind === 'embed') {
            return (
              <iframe
                key={a.src}
                src={video.src}
                title={`${name} (${video.provider} video)`}
                loading="lazy"
                allow="fullscreen; picture-in-picture; encrypted-media"
                allowFullScreen
                referrerPolicy="strict-origin-when-cross-origin"
                className="aspect-video w-full rounded-xl border border-line bg-ink"
              />
            );
          }
          return (
            <video
              key={a.src}
              controls
              preload="metadata"
              className="aspect-video w-full rounded-xl border border-line bg-ink"
              aria-label={name}
            >
              <source src={video.src} />
            </video>
          );
        }
        const { props } = getImageProps({
          src: a.src,
          alt: a.alt,
          width: 1200,
          height: 675,
          priority: i === 0,
          unoptimized: a.src.endsWith('.svg'),
          sizes: '(min-width: 1024px) 40vw, 100vw',
          className:
            i === 0 ? 'w-full rounded-xl border border-line sm:col-span-2' : 'w-full rounded-xl border border-line',
        });
        if (i === 0) preloadImage(props);
        // eslint-disable-next-line @next/next/no-img-element -- next/image's own props, without its client component
        return <img key={a.src} {...props} alt={a.alt} />;
      })}
    </section>
  );
}
