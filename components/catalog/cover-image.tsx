import Image from 'next/image';

/** A workflow's cover: the image (SVG covers are served as they are), or a plain gradient. */
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
  return (
    <Image
      src={src}
      alt={alt}
      width={800}
      height={450}
      sizes={sizes}
      priority={priority}
      unoptimized={src.endsWith('.svg')}
      className="cover object-cover"
    />
  );
}
