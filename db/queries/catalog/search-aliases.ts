import 'server-only';
import { sql } from 'drizzle-orm';
import { dbHandle, queryRows, type Database, type Executor } from '@/db';
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
  /**
   * When resolved from this process's copy of the table: that copy's version. The search's first statement
   * reads the table's own (aliasesVersion); when they differ, the copy is dropped and the search runs again.
   */
  version?: string;
};

/** A version of the whole table (a digest of its rows), read beside a search: one small scan of a few dozen rows. */
export const aliasesVersion = sql`(select md5(coalesce(string_agg(${a.alias} || chr(1) || ${a.target}, chr(2) order by ${a.alias}), ''))
  from ${a.$table})`;

type AliasCopy = { version: string; targetOf: Map<string, string> };
// The copy of each database handle (a test opens another), on globalThis: one per process.
const copies = ((globalThis as { __usitechAliases?: WeakMap<Database, AliasCopy> }).__usitechAliases ??= new WeakMap<
  Database,
  AliasCopy
>());

/** Drops this process's copy of the aliases (its version was found stale): the next search reads them again. */
export function dropAliasCopy(): void {
  copies.delete(dbHandle().db);
}

/**
 * Replaces the aliases in `q` (search_aliases, matched folded: "G Sheets" is "g sheets"), longest first,
 * left to right; the rest of the query (operators, quotes) is kept as typed. With `executor` (a transaction)
 * one indexed lookup; without, through the app's database, from this process's copy of the table (read
 * whole on first use, a few dozen rows; `version` says which copy).
 */
export async function resolveAliases(executor: Executor | null, q: string): Promise<AliasResolution> {
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
  if (executor === null) {
    const copy = await aliasCopy();
    return { ...replaceAliases(q, tokens, copy.targetOf), version: copy.version };
  }
  const rows = await queryRows<{ alias: string; target: string }>(
    executor,
    sql`select ${a.alias} as alias, ${a.target} as target from ${a.$table} where ${a.alias} = any(array[${sql.join(
      [...grams].map((g) => sql`${g}`),
      sql`, `,
    )}]::text[])`,
  );
  return replaceAliases(q, tokens, new Map(rows.map((r) => [r.alias, r.target])));
}

/** This process's copy of the aliases, read whole with its version on first use. */
async function aliasCopy(): Promise<AliasCopy> {
  const database = dbHandle().db;
  const kept = copies.get(database);
  if (kept) return kept;
  const [row] = await queryRows<{ pairs: [string, string][] | string | null; version: string }>(
    database,
    sql`select (select json_agg(json_build_array(${a.alias}, ${a.target})) from ${a.$table}) as pairs, ${aliasesVersion} as version`,
  );
  const pairs = (typeof row?.pairs === 'string' ? JSON.parse(row.pairs) : row?.pairs) as [string, string][] | null;
  const copy = { version: row!.version, targetOf: new Map(pairs ?? []) };
  copies.set(database, copy);
  return copy;
}

function replaceAliases(
  q: string,
  tokens: { start: number; end: number; folded: string }[],
  targetOf: Map<string, string>,
): AliasResolution {
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
