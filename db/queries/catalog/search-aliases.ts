import 'server-only';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '@/db';
import { searchAliases } from '@/db/schema';
import { foldText } from '@/lib/search/text';
import { aliased } from './typed-sql';

/** `search_aliases a` */
const a = aliased(searchAliases, 'a');

/** Aliases are phrases of at most this many words. */
export const MAX_ALIAS_WORDS = 3;

export type AliasResolution = {
  /** The query with every alias replaced by its target ("gsheets invoices" → "Google Sheets invoices"). */
  query: string;
  /** True when an alias changed the words (an app's own name, also in the table, changes nothing). */
  changed: boolean;
  /** The targets named by the query: app names rank the workflows that use them first. */
  targets: string[];
};

/**
 * Replaces the aliases in `q` (search_aliases, matched folded: "G Sheets" is "g sheets"), longest first,
 * left to right; the rest of the query (operators, quotes) is kept as typed. One indexed lookup.
 */
export async function resolveAliases(executor: Executor, q: string): Promise<AliasResolution> {
  const tokens = [...q.matchAll(/[\p{L}\p{N}]+/gu)]
    .slice(0, 8)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldText(m[0]) }));
  const grams = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= MAX_ALIAS_WORDS && i + n <= tokens.length; n++) {
      grams.add(
        tokens
          .slice(i, i + n)
          .map((t) => t.folded)
          .join(' '),
      );
    }
  }
  if (grams.size === 0) return { query: q, changed: false, targets: [] };
  const rows = await queryRows<{ alias: string; target: string }>(
    executor,
    sql`select ${a.alias} as alias, ${a.target} as target from ${a.$table} where ${a.alias} = any(array[${sql.join(
      [...grams].map((g) => sql`${g}`),
      sql`, `,
    )}]::text[])`,
  );
  const targetOf = new Map(rows.map((r) => [r.alias, r.target]));
  let query = '';
  let from = 0;
  const targets: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let n = Math.min(MAX_ALIAS_WORDS, tokens.length - i);
    for (; n > 0; n--) {
      const gram = tokens
        .slice(i, i + n)
        .map((t) => t.folded)
        .join(' ');
      const target = targetOf.get(gram);
      if (target === undefined) continue;
      query += q.slice(from, tokens[i]!.start) + target;
      from = tokens[i + n - 1]!.end;
      targets.push(target);
      break;
    }
    i += Math.max(n, 1);
  }
  query += q.slice(from);
  return { query, changed: foldText(query) !== foldText(q), targets };
}
