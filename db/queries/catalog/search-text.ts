import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { searchLexemes, searchTerms } from '@/db/schema';
import { aliased, e } from './typed-sql';

/** `search_lexemes l`, `search_terms t` */
const l = aliased(searchLexemes, 'l');
const t = aliased(searchTerms, 't');

/**
 * How a search matches over `catalog_entries e`: `query`, when there is one, is a tsquery the statement
 * builds once (a CTE read through a scalar subquery, `tq`), not once per row that `where` tests or `rank` ranks.
 */
export type Match = { query: SQL | null; where: (tq: SQL) => SQL; rank: (tq: SQL) => SQL };

/**
 * The words of a search box value, for the parts of the search that work word by word (prefix match of
 * the last word, typo tolerance): letters and digits only, lower-cased, at most 8.
 */
export function searchWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

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

/** A shorter stem of a word for the fallback typo match: "shopfy" → "shop", "slak" → "sla". */
export function fallbackStem(word: string): string {
  return word.slice(0, Math.max(3, Math.ceil(word.length * 0.6)));
}

/**
 * The typo-tolerant match: every query word either matches the text (as a prefix) or, with pg_trgm,
 * names a title word it is similar to (`%>` against the few thousand title words of search_terms, through
 * search_terms_trgm_idx; every session sets pg_trgm.word_similarity_threshold, db/session-settings.ts),
 * or without pg_trgm matches the text through a shorter stem. With pg_trgm it is one tsquery (`shopify |
 * shopfy:*` for "shopfy": no weight, so no recheck of each row), so the GIN index finds the workflows and
 * ts_rank ranks their titles: no similarity is computed per workflow. Over catalog_entries e
 * (search_vector to match, title_vector to rank).
 */
export function typoMatch(words: string[], trigram: boolean): Match {
  if (trigram) {
    const perWord = words.map(
      (word) => sql`to_tsquery('english', coalesce((select string_agg(${t.term}, ' | ') from ${t.$table}
        where ${t.term} %> ${word}) || ' | ', '') || ${`${word}:*`})`,
    );
    return {
      query: sql.join(perWord, sql` && `),
      where: (tq) => sql`${e.searchVector} @@ ${tq}`,
      rank: (tq) => sql`ts_rank(${e.titleVector}, ${tq})`,
    };
  }
  const parts = words.map(
    (word) =>
      sql`(${e.searchVector} @@ to_tsquery('english', ${`${word}:*`}) or ${e.searchVector} @@ to_tsquery('simple', ${`${fallbackStem(word)}:*`}))`,
  );
  const rank = sql.join(
    words.map((word) => sql`ts_rank(${e.titleVector}, to_tsquery('simple', ${`${fallbackStem(word)}:*`}))`),
    sql` + `,
  );
  return { query: null, where: () => sql.join(parts, sql` and `), rank: () => rank };
}
