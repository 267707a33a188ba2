import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '@/db';
import { searchLexemes, searchTermVariants } from '@/db/schema';
import {
  damerauLevenshtein,
  deletes,
  foldText,
  otherTonePlacement,
  typoBudget,
  type QueryPart,
} from '@/lib/search/text';
import { aliased, c, e, wc } from './typed-sql';

/** `search_lexemes l`, `search_term_variants v` */
const l = aliased(searchLexemes, 'l');
const v = aliased(searchTermVariants, 'v');

/**
 * How a search matches over `catalog_entries e`: `query`, when there is one, is a tsquery the statement
 * builds once (a CTE read through a scalar subquery, `tq`), not once per row that `where` tests or `rank` ranks.
 */
export type Match = {
  query: SQL | null;
  where: (tq: SQL) => SQL;
  rank: (tq: SQL) => SQL;
  /**
   * How the in-process index (search-index.ts) evaluates the same match, when it can: `categories`, a
   * category's name matching also matches its workflows; `boost`, the apps whose users rank one higher.
   * Absent when only SQL can (a query typed with accents ranks its whole text, which the index does not keep).
   */
  indexed?: { categories: boolean; boost: string[] };
};

/** Completions spelled out from search_lexemes up to this many; beyond, the prefix match itself. */
export const MAX_COMPLETIONS = 64;

/**
 * The last word as a prefix (`word:*`), spelled out as the lexemes that complete it ('summari' |
 * 'summaris' for "summar"): exact lexemes let the GIN index skip along the query's rarer words, where a
 * prefix match reads every workflow holding any completion. The prefix itself when the word is a stop
 * word or stems to several lexemes, when more than MAX_COMPLETIONS complete it, or when one of them
 * could not be written as a quoted tsquery lexeme.
 */
function completions(word: string): SQL {
  return sql`(select coalesce((select string_agg(chr(39) || ${l.lexeme} || chr(39), ' | ' order by ${l.lexeme})::tsquery
      from ${l.$table}
      where p.stem is not null and ${l.lexeme} >= p.stem collate "C" and ${l.lexeme} < (p.stem || chr(1114111)) collate "C"
      having count(*) between 1 and ${MAX_COMPLETIONS} and bool_and(${l.lexeme} !~ '[''\\\\]')),
    to_tsquery('english', ${`${word}:*`}))
    from (select case when cardinality(a) = 1 then a[1] end as stem
      from tsvector_to_array(to_tsvector('english', ${word})) a) p)`;
}

/**
 * The tsquery of `q`: `websearch_to_tsquery` (quotes, `or`, `-word`) of everything, and when the box
 * ends in a plain word, that last word also as a prefix (`invoi` finds "invoices" while typing).
 */
export function textQuery(q: string): SQL {
  const full = sql`websearch_to_tsquery('english', ${q})`;
  const trimmed = q.trim();
  const lastWord = /([\p{L}\p{N}]+)$/u.exec(trimmed)?.[1];
  if (!lastWord) return full;
  const head = trimmed.slice(0, -lastWord.length);
  // A negated word (`-slack`) or a word inside an open quote is not a prefix to complete.
  if (head.endsWith('-') || (head.match(/"/g)?.length ?? 0) % 2 === 1) return full;
  const last = completions(lastWord.toLowerCase());
  // One word: its completions alone (websearch_to_tsquery of nothing is empty, with a notice each time).
  if (!/[\p{L}\p{N}]/u.test(head)) return last;
  const prefixed = sql`(websearch_to_tsquery('english', ${head}) && ${last})`;
  // Plain words before the last one: websearch(head) && last:* finds all the exact query finds (the
  // prefix covers the word itself; a stop word as last word gives an empty prefix query, which && drops).
  if (!/["-]|\bor\b/i.test(head)) return prefixed;
  // With operators (`slack or gmail`, quotes) the head alone changes the meaning: either query may match.
  return sql`(${prefixed} || ${full})`;
}

/** A typo-tolerant query word: as typed (folded), and the dictionary words within its typo budget, nearest first. */
export type TypoWord = { word: string; known: boolean; candidates: { term: string; distance: number }[] };

/**
 * The dictionary words (search_terms, title words) within each word's typo budget (lib/search/text.ts:
 * none up to 4 letters, one from 5, two from 9), found through the deletes index search_term_variants
 * and re-scored with a true Damerau–Levenshtein distance. One indexed lookup for all the words.
 */
export async function typoCandidates(executor: Executor, words: string[]): Promise<TypoWord[]> {
  const probes = new Set<string>();
  for (const word of words) for (const d of deletes(word, typoBudget(word))) probes.add(d);
  const rows = await queryRows<{ term: string }>(
    executor,
    sql`select distinct ${v.term} as term from ${v.$table} where ${v.variant} = any(array[${sql.join(
      [...probes].map((probe) => sql`${probe}`),
      sql`, `,
    )}]::text[])`,
  );
  const terms = rows.map((r) => r.term);
  return words.map((word) => {
    const budget = typoBudget(word);
    const candidates = terms
      .map((term) => ({ term, distance: term === word ? 0 : damerauLevenshtein(word, term) }))
      .filter((c) => c.distance > 0 && c.distance <= budget)
      .sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term));
    return { word, known: terms.includes(word), candidates };
  });
}

/**
 * The tsquery text of a typo-tolerant search over the parts of the query (lib/search/text.ts queryParts):
 * each word as typed or any of its candidates (`typos`, by word); the words of a phrase follow each other
 * (`<->`), each with its own typo budget; the last part, when it is a plain word, also as a prefix; a
 * negated part excludes as typed. Every part must match (`all`) or any (`any`, ranked by how many do).
 * Words are letters and digits only, so the text needs no quoting.
 */
export function typoQueryText(parts: QueryPart[], typos: Map<string, TypoWord>, mode: 'all' | 'any'): string {
  const wanted = parts.filter((part) => !part.negated);
  const alternatives = (word: string, prefix: boolean) =>
    `(${[prefix ? `${word}:*` : word, ...(typos.get(word)?.candidates ?? []).map((c) => c.term)].join(' | ')})`;
  const matched = wanted.map(({ words, phrase }, i) => {
    const last = i === wanted.length - 1 && !phrase && parts.at(-1) === wanted[i];
    const text = words.map((word) => alternatives(word, last)).join(' <-> ');
    return words.length > 1 ? `(${text})` : text;
  });
  const not = parts.filter((part) => part.negated).map(({ words }) => ` & !(${words.join(' <-> ')})`);
  return `(${matched.join(mode === 'all' ? ' & ' : ' | ')})${not.join('')}`;
}

/**
 * The typo-tolerant match: one tsquery (typoQueryText), so the GIN index finds the workflows and ts_rank
 * ranks their titles (more matched words, higher). Over catalog_entries e (search_vector to match,
 * title_vector to rank).
 */
export function typoMatch(queryText: string): Match {
  return {
    query: sql`to_tsquery('english', ${queryText})`,
    where: (tq) => sql`${e.searchVector} @@ ${tq}`,
    rank: (tq) => sql`ts_rank(${e.titleVector}, ${tq})`,
    indexed: { categories: false, boost: [] },
  };
}

/**
 * Matches the words in the search vector, or a category whose name they name (over catalog_entries e).
 * Relevance is how well the title matches (ts_rank of the title vector; ties go to the best selling):
 * reading the small title vector of each of thousands of matches is what keeps a broad search fast.
 */
export function exactMatch(texts: string[], accented: boolean): Match {
  // Each spelling of the query (as typed, the other tone-mark placement, folded, with aliases replaced)
  // may match: the folded lexemes are in every vector (db/sql/search-fold.sql), so "hoa don" finds
  // "hóa đơn", and a query with the accents also matches them as written, which ranks those higher.
  const query = sql.join(
    texts.map((text) => textQuery(text)),
    sql` || `,
  );
  return {
    query,
    // `= any(array(…))` (an init plan) keeps a BitmapOr of the GIN index and the primary key; an
    // `or id in (subquery)` would turn the whole search into a sequential scan.
    where: (
      tq,
    ) => sql`(${e.searchVector} @@ ${tq} or ${e.workflowId} = any(array(select ${wc.workflowId} from ${wc.$table}
      join ${c.$table} on ${c.id} = ${wc.categoryId} where to_tsvector('english', ${c.name}) @@ ${tq})))`,
    // With accents typed, the whole text also ranks (a tenth): text with those accents matches more of
    // the spellings than folded text does. A query without accents ranks by the title alone, even when an
    // alias adds a spelling: ranking the whole vector of each of thousands of matches ("gsheets") costs
    // several times the title's.
    rank: accented
      ? (tq) => sql`(ts_rank(${e.titleVector}, ${tq}) + ts_rank(${e.searchVector}, ${tq}) / 10)`
      : (tq) => sql`ts_rank(${e.titleVector}, ${tq})`,
    indexed: accented ? undefined : { categories: true, boost: [] },
  };
}

/**
 * Relevance plus one for a workflow that uses an app the query names (alias targets: "gsheets" names
 * Google Sheets): the first results for an app's name use it, those with it in the title first.
 */
export function withAppBoost(match: Match, apps: string[]): Match {
  if (apps.length === 0) return match;
  const names = sql.join(
    apps.map((app) => sql`${app}`),
    sql`, `,
  );
  return {
    ...match,
    rank: (tq) => sql`(${match.rank(tq)} + case when ${e.apps} && array[${names}]::text[] then 1 else 0 end)`,
    indexed: match.indexed && { ...match.indexed, boost: apps },
  };
}

/** The spellings of `q` the exact match tries: as typed, the other tone-mark placement, folded (distinct). */
export function spellings(...queries: string[]): string[] {
  const all = queries.flatMap((q) => [q, otherTonePlacement(q), foldText(q)]);
  return [...new Set(all.map((q) => q.normalize('NFC').toLowerCase()))];
}
