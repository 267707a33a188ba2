/** The public base URL of the shop (canonical links, sitemap, emails). */
export function appUrl(): string {
  const raw = process.env.APP_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`;
  return raw.replace(/\/+$/, '');
}
