/**
 * Whether an `Accept-Language` header ranks Vietnamese above English (and above any language the shop
 * does not have, which would fall back to English): the first visit of such a browser goes to /vi/….
 * Pure code (proxy.ts).
 */
export function prefersVietnamese(header: string | null): boolean {
  if (!header) return false;
  let best: { lang: string; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().split(';');
    const lang = (tag ?? '').trim().toLowerCase().split('-')[0];
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang === 'vi';
}
