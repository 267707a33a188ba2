/**
 * Video links of a workflow's gallery. A YouTube or Vimeo page link is shown as the provider's
 * privacy-enhanced embed (youtube-nocookie.com; player.vimeo.com with `dnt=1`), the only hosts the page
 * policy allows in frames (lib/http/security-headers.ts); a direct link to a video file plays in the
 * browser's own player. Anything else is refused at upload (lib/validations/admin/assets.ts).
 *
 * Pure code: the upload schema (browser and server) and the gallery use it.
 */

/** The frame hosts of the embeds below, for the page's `frame-src`. */
export const VIDEO_FRAME_HOSTS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

export type VideoSource = { kind: 'embed'; provider: 'YouTube' | 'Vimeo'; src: string } | { kind: 'file'; src: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIDEO_FILE = /\.(mp4|webm|ogv|m4v)$/i;

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www\.|m\.)/, '');
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | null | undefined = null;
  if (host === 'youtu.be') id = segments[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (segments[0] === 'watch') id = url.searchParams.get('v');
    else if (['embed', 'shorts', 'live', 'v'].includes(segments[0] ?? '')) id = segments[1];
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}

function vimeoId(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'vimeo.com') id = segments.find((s) => VIMEO_ID.test(s));
  else if (host === 'player.vimeo.com' && segments[0] === 'video') id = segments[1];
  return id && VIMEO_ID.test(id) ? id : null;
}

/** How a video link is shown, or null when it is neither a YouTube/Vimeo video nor a video file over https. */
export function videoSource(link: string): VideoSource | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const youtube = youtubeId(url);
  if (youtube) return { kind: 'embed', provider: 'YouTube', src: `https://www.youtube-nocookie.com/embed/${youtube}` };
  const vimeo = vimeoId(url);
  if (vimeo) return { kind: 'embed', provider: 'Vimeo', src: `https://player.vimeo.com/video/${vimeo}?dnt=1` };
  if (VIDEO_FILE.test(url.pathname)) return { kind: 'file', src: link };
  return null;
}
