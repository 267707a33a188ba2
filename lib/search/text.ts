/**
 * Pure text rules of the catalog search (issue 15): accent folding, Vietnamese tone-mark placement, typo
 * budgets and the Damerau–Levenshtein distance. No database: db/queries/catalog applies them.
 */

/** Letters unaccent maps to something else than the letter without its marks. */
const SPECIAL: Record<string, string> = { đ: 'd', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', ß: 'ss' };

/**
 * A word or a query as the folded index holds it (db/sql/search-fold.sql `usi_fold`): lower case, no
 * accents, "đ" → "d". "Hóa đơn" and "hoá đơn" both fold to "hoa don".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đøłæœß]/g, (ch) => SPECIAL[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

const TONES = '\u0300\u0301\u0303\u0309\u0323';

/**
 * The other placement of a Vietnamese tone mark in "oa", "oe", "uy" (old style "hóa", "thúy"; new style
 * "hoá", "thuý"), in NFC; the text itself when it has none.
 */
export function otherTonePlacement(text: string): string {
  const nfd = text.normalize('NFC').normalize('NFD');
  const swapped = nfd.replace(
    new RegExp(`([oOuU])(?:([${TONES}])([aeyAEY])|([aeyAEY])([${TONES}]))(?![\\p{L}\\p{N}])`, 'gu'),
    (_m, v: string, t1?: string, a1?: string, a2?: string, t2?: string) =>
      t1 && a1 ? `${v}${a1}${t1}` : `${v}${t2}${a2}`,
  );
  return swapped.normalize('NFC');
}

/** Typos allowed in a query word (Meilisearch's defaults): none up to 4 letters, one from 5, two from 9. */
export function typoBudget(word: string): number {
  const length = [...word].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and swaps
 * of two adjacent letters each count one edit. Over code points.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const row = rows[i]!;
      const prev = rows[i - 1]!;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
    }
  }
  return rows[s.length]![t.length]!;
}

/**
 * A word and its spellings with up to `edits` letters removed: looked up in the dictionary's deletes
 * index (search_term_variants, which holds each word's own deletes), they reach every word within
 * `edits` Damerau edits of it (and a few more, which the distance then drops).
 */
export function deletes(word: string, edits: number): string[] {
  const found = new Set([word]);
  let level = [word];
  for (let k = 0; k < edits; k++) {
    const next: string[] = [];
    for (const w of level) {
      const letters = [...w];
      for (let i = 0; i < letters.length; i++) {
        const d = [...letters.slice(0, i), ...letters.slice(i + 1)].join('');
        if (!found.has(d)) {
          found.add(d);
          next.push(d);
        }
      }
    }
    level = next;
  }
  return [...found];
}

/** An alias as search_aliases keeps it: folded, words of letters and digits separated by one space. */
export function normalizeAlias(alias: string): string {
  return (foldText(alias).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** A unit of a search box value: a word, a quoted phrase (`"pull request"`), or a negated word or phrase. */
export type QueryPart = { words: string[]; phrase: boolean; negated: boolean };

/**
 * The parts of a search box value as websearch syntax reads them: `"…"` is a phrase (an open quote runs to
 * the end), `-word` and `-"…"` exclude; any other text is plain words (letters and digits, lower-cased).
 * At most `maxWords` words in all; parts left without words are dropped.
 */
export function queryParts(q: string, maxWords = 8): QueryPart[] {
  const parts: QueryPart[] = [];
  let budget = maxWords;
  const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, budget);
  for (const m of q.matchAll(/(-?)"([^"]*)"?|(-?)([^\s"]+)/gu)) {
    const quoted = m[2] !== undefined;
    const negated = (quoted ? m[1] : m[3]) === '-';
    const words = wordsOf(quoted ? m[2]! : m[4]!);
    if (words.length === 0) continue;
    budget -= words.length;
    // Unquoted words each stand alone ("stand-up" is two words), unless negated: `-stand-up` excludes the pair.
    if (quoted || negated) parts.push({ words, phrase: quoted || words.length > 1, negated });
    else for (const word of words) parts.push({ words: [word], phrase: false, negated: false });
    if (budget <= 0) break;
  }
  return parts;
}

/** The parts written back as a search box value: `"…"` around a phrase, `-` before a negated part. */
export function partsText(parts: QueryPart[], wordOf: (word: string) => string = (word) => word): string {
  return parts
    .map(({ words, phrase, negated }) => {
      const text = words.map(wordOf).join(' ');
      return `${negated ? '-' : ''}${phrase ? `"${text}"` : text}`;
    })
    .join(' ');
}
