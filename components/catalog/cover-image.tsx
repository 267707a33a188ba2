import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

/**
 * A workflow's cover: the image (SVG covers are served as they are), or a plain gradient. A plain
 * `<img>` with next/image's props (srcset through the image optimiser, sizes, lazy loading): the
 * `<Image>` component would add its client code to every page with a card, for nothing a card needs.
 */
export function CoverImage({
  src,
  alt,
  priority = false,
  sizes,
}: {
  src: string | null;
  alt: string;
  priority?: boolean;
  sizes: string;
}) {
  if (!src) {
    return <div aria-hidden="true" className="cover cover-blank" />;
  }
  const { props } = getImageProps({
    src,
    alt,
    width: 800,
    height: 450,
    sizes,
    priority,
    unoptimized: src.endsWith('.svg'),
    className: 'cover object-cover',
  });
  if (priority) preloadImage(props);
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own props, without its client component
  return <img {...props} alt={alt} />;
}

/** What `<Image priority>` does: ask for the image in the document's head, before the body is parsed. */
export function preloadImage(props: { src?: string; srcSet?: string; sizes?: string }) {
  if (!props.src) return;
  preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes });
}
