import 'server-only';
import { foldText, queryParts } from '@/lib/search/text';
import { parseCatalogSearch } from '@/lib/validations/catalog';
import { searchWorkflows, type SearchOptions } from './search-workflows';

/** Workflow titles and app names suggested while a shopper types. */
export const MAX_TITLE_SUGGESTIONS = 5;
export const MAX_APP_SUGGESTIONS = 3;

export type Suggestion = { kind: 'app' | 'workflow'; label: string; href: string };

const wordsOf = (text: string) => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Suggestions for what is typed so far: the catalog search itself (searchWorkflows: aliases, accents,
 * typos, the last word as a prefix, relevance), so they show what pressing Enter would find. The apps
 * are those of the first results that the words name, as typed or as the search corrected them ("gsheet"
 * → Google Sheets, "slac" → Slack, "shopfy" → Shopify): every word of the app's name starts with a word
 * of the query (the whole word when shorter than 3 letters). Apps link to the catalog filtered by the app,
 * titles to the workflow.
 */
export async function suggestSearch(q: string, options: SearchOptions = {}): Promise<Suggestion[]> {
  if (!q.trim()) return [];
  const result = await searchWorkflows(parseCatalogSearch({ q }), options);
  const typed = [q, result.didYouMean ?? ''].flatMap((text) =>
    queryParts(foldText(text))
      .filter((part) => !part.negated)
      .flatMap((part) => part.words),
  );
  const covered = (appWord: string) =>
    typed.some((word) => (word.length >= 3 ? appWord.startsWith(word) : appWord === word));
  const apps: string[] = [];
  for (const item of result.items) {
    for (const app of item.apps) {
      const appWords = wordsOf(app);
      if (apps.length < MAX_APP_SUGGESTIONS && !apps.includes(app) && appWords.length > 0 && appWords.every(covered)) {
        apps.push(app);
      }
    }
  }
  return [
    ...apps.map((app) => ({
      kind: 'app' as const,
      label: app,
      href: `/workflows?${new URLSearchParams({ app }).toString()}`,
    })),
    ...result.items.slice(0, MAX_TITLE_SUGGESTIONS).map((item) => ({
      kind: 'workflow' as const,
      label: item.title,
      href: `/workflows/${item.slug}`,
    })),
  ];
}
