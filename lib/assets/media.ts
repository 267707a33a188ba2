/**
 * Public workflow images live in storage under `workflows/…` and are referenced in workflow_assets by
 * their public path `/media/workflows/…` (as the demo covers are by `/covers/…`), so every page can use
 * the column as an image `src`. Paid files keep a bare storage key and are only served to their owners.
 */
export const MEDIA_PREFIX = '/media/';

export function mediaPath(storageKey: string): string {
  return `${MEDIA_PREFIX}${storageKey}`;
}

/** `/media/workflows/x/a.png` → `workflows/x/a.png`; anything else is already a storage key (or not ours). */
export function storageKeyOf(assetKey: string): string | null {
  if (assetKey.startsWith(MEDIA_PREFIX)) return assetKey.slice(MEDIA_PREFIX.length);
  if (assetKey.startsWith('/') || /^https?:\/\//.test(assetKey)) return null;
  return assetKey;
}
