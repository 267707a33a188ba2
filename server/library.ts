import 'server-only';
import { getLibraryEntry, type LibraryEntryRecord } from '@/db/queries/purchases';
import { env } from '@/lib/env';
import { storage } from '@/lib/storage';
import { signImportToken } from '@/lib/workflows/import-token';

/** An owned workflow as its library page shows it: each doc's markdown read from storage (null if missing). */
export type LibraryEntry = Omit<LibraryEntryRecord, 'docs'> & {
  docs: { id: string; title: string; markdown: string | null }[];
};

/** One owned workflow with its docs read from storage; null unless the user owns it (the page's 404). */
export async function readLibraryEntry(userId: string, slug: string): Promise<LibraryEntry | null> {
  const entry = await getLibraryEntry(userId, slug);
  if (!entry) return null;
  const store = storage();
  const docs = await Promise.all(
    entry.docs.map(async ({ storageKey, ...doc }) => {
      const stored = await store.get(storageKey).catch(() => null);
      return { ...doc, markdown: stored ? new TextDecoder().decode(stored.body) : null };
    }),
  );
  return { ...entry, docs };
}

export type ImportUrl = { url: string; version: string; expiresAt: Date };

/**
 * A freshly signed "Import into n8n" URL (issue 17) for one release of an entry the user owns (the entry
 * came from `readLibraryEntry`, which checked that); null when `releaseId` is not one of its releases.
 */
export function signedImportUrl(entry: LibraryEntry, releaseId: string, now: Date = new Date()): ImportUrl | null {
  const release = entry.releases.find((r) => r.id === releaseId);
  if (!release) return null;
  const { token, expiresAt } = signImportToken({ purchaseId: entry.purchaseId, releaseId: release.id }, now);
  return { url: `${env().APP_URL}/api/n8n-import/${token}`, version: release.version, expiresAt };
}
