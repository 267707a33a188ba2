import 'server-only';
import { getLibraryEntry, type LibraryEntryRecord } from '@/db/queries/purchases';
import { storage } from '@/lib/storage';

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
