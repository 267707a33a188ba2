/**
 * PostgreSQL's text-search values and `ts_rank`, in process: parsers of the text Postgres prints for a
 * tsquery and a tsvector, and an exact re-implementation of Postgres 15's `ts_rank(vector, query)`
 * (src/backend/utils/adt/tsrank.c: calc_rank, calc_rank_and, calc_rank_or, SortAndUniqItems,
 * find_wordentry, word_distance; tsCompareString in tsvector_op.c; the qsort of src/include/lib/
 * sort_template.h), bit for bit: every point where the C code rounds to `float` is a Math.fround here,
 * and nowhere else. Pure: no database, no app imports. tests/db/search/ts-rank.test.ts checks it against
 * both drivers.
 */

export type TsQueryNode =
  | { kind: 'lexeme'; lexeme: string; prefix: boolean; weights: string } // weights: '' or letters among 'ABCD' as printed, e.g. 'AB'
  | { kind: 'not'; arg: TsQueryNode }
  | { kind: 'and' | 'or'; left: TsQueryNode; right: TsQueryNode }
  | { kind: 'phrase'; distance: number; left: TsQueryNode; right: TsQueryNode }; // `<->` is distance 1, `<N>` is N

/** One lexeme of a tsvector with its positions (1..16383) and weights. */
export type TsVectorEntry = {
  lexeme: string;
  positions: number[];
  /** One letter A|B|C|D per position, same length; '' when no positions. */
  weights: string;
};

// ---------------------------------------------------------------------------------------------------
// Parsing

class Cursor {
  i = 0;
  constructor(readonly text: string) {}
  skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i]!)) this.i++;
  }
  peek(): string | undefined {
    return this.text[this.i];
  }
  fail(what: string): never {
    throw new Error(`${what} at offset ${this.i} of ${JSON.stringify(this.text)}`);
  }
  /** A single-quoted lexeme: `''` is a quote, a backslash escapes the next character. */
  quoted(): string {
    if (this.text[this.i] !== "'") this.fail('expected a quoted lexeme');
    this.i++;
    let out = '';
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined) this.fail('unterminated lexeme');
      if (ch === '\\') {
        const next = this.text[this.i + 1];
        if (next === undefined) this.fail('dangling backslash');
        out += next;
        this.i += 2;
      } else if (ch === "'") {
        if (this.text[this.i + 1] === "'") {
          out += "'";
          this.i += 2;
        } else {
          this.i++;
          return out;
        }
      } else {
        out += ch;
        this.i++;
      }
    }
  }
}

// Priorities as tsquery.c's: ! (4) > <-> / <N> (3) > & (2) > | (1); binary operators associate left.
const PRIORITY = { or: 1, and: 2, phrase: 3 } as const;

type BinaryToken = { kind: 'and' | 'or' } | { kind: 'phrase'; distance: number };

function binaryOperator(c: Cursor): BinaryToken | null {
  c.skipSpace();
  const ch = c.peek();
  if (ch === '&' || ch === '|') {
    c.i++;
    return { kind: ch === '&' ? 'and' : 'or' };
  }
  if (ch !== '<') return null;
  const m = /^<(-|\d+)>/.exec(c.text.slice(c.i));
  if (!m) c.fail('bad phrase operator');
  c.i += m[0].length;
  return { kind: 'phrase', distance: m[1] === '-' ? 1 : Number(m[1]) };
}

function parseOperand(c: Cursor): TsQueryNode {
  c.skipSpace();
  const ch = c.peek();
  if (ch === '!') {
    c.i++;
    return { kind: 'not', arg: parseOperand(c) };
  }
  if (ch === '(') {
    c.i++;
    const inner = parseExpression(c, 0);
    c.skipSpace();
    if (c.peek() !== ')') c.fail('expected )');
    c.i++;
    return inner;
  }
  const lexeme = c.quoted();
  let prefix = false;
  const flags = new Set<string>();
  if (c.peek() === ':') {
    c.i++;
    for (let f = c.peek(); f !== undefined && /[*abcdABCD]/.test(f); f = c.peek()) {
      if (f === '*') prefix = true;
      else flags.add(f.toUpperCase());
      c.i++;
    }
  }
  const weights = ['A', 'B', 'C', 'D'].filter((w) => flags.has(w)).join('');
  return { kind: 'lexeme', lexeme, prefix, weights };
}

/** Precedence climbing: operators of priority above `minPriority` bind here. */
function parseExpression(c: Cursor, minPriority: number): TsQueryNode {
  let left = parseOperand(c);
  for (;;) {
    const save = c.i;
    const op = binaryOperator(c);
    if (!op || PRIORITY[op.kind] <= minPriority) {
      c.i = save;
      return left;
    }
    const right = parseExpression(c, PRIORITY[op.kind]);
    left =
      op.kind === 'phrase' ? { kind: 'phrase', distance: op.distance, left, right } : { kind: op.kind, left, right };
  }
}

/**
 * Parses the text form Postgres prints for a tsquery (`select q::text`), e.g. `'slack' | 'googl':* & !'sheet'`,
 * `( 'a' | 'b' ) <-> 'c'`, `'x':*AB`. Returns null for the empty query (''). Lexemes are single-quoted with ''
 * for a quote and \\ escapes, as tsquery_out prints them. Precedence as Postgres: ! > <-> / <N> > & > |.
 */
export function parseTsquery(text: string): TsQueryNode | null {
  const c: Cursor = new Cursor(text);
  c.skipSpace();
  if (c.i === text.length) return null;
  const node = parseExpression(c, 0);
  c.skipSpace();
  if (c.i !== text.length) c.fail('unexpected text');
  return node;
}

const WEIGHT_LETTERS = 'ABCD';

/**
 * Parses tsvector text output (`select v::text`), e.g. `'google':3A 'sheet':4A,9 'slack':1A`. Entries come
 * sorted as Postgres sorts them; their order is kept.
 */
export function parseTsvector(text: string): TsVectorEntry[] {
  const c: Cursor = new Cursor(text);
  const entries: TsVectorEntry[] = [];
  for (c.skipSpace(); c.i < text.length; c.skipSpace()) {
    const lexeme = c.quoted();
    const positions: number[] = [];
    let weights = '';
    if (c.peek() === ':') {
      c.i++;
      for (;;) {
        const m = /^(\d+)([ABCDabcd]?)/.exec(text.slice(c.i));
        if (!m) c.fail('bad position');
        c.i += m[0].length;
        positions.push(Number(m[1]));
        weights += m[2] ? m[2].toUpperCase() : 'D';
        if (c.peek() !== ',') break;
        c.i++;
      }
    }
    entries.push({ lexeme, positions, weights });
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------------
// ts_rank

/** A UTF-16 code unit moved so that code units compare as code points do (surrogates after U+E000–U+FFFF). */
const fixup = (unit: number) => (unit >= 0xd800 ? (unit >= 0xe000 ? unit - 0x800 : unit + 0x2000) : unit);

/**
 * tsCompareString (tsvector_op.c): memcmp of the UTF-8 bytes, then the shorter first; as a prefix test when
 * `prefix`. UTF-8 byte order is code point order, compared here on the strings themselves.
 */
function compareLexemes(a: string, b: string, prefix: boolean): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) < fixup(y) ? -1 : 1;
  }
  if (prefix) return a.length > b.length ? 1 : 0;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

type Operand = { lexeme: string; prefix: boolean };

/**
 * The query's operands in the order of its QueryItem array: Postgres stores the tree in prefix order with
 * each operator's right operand first, so for any tree shape that is the textual order reversed.
 */
function operandItems(query: TsQueryNode): Operand[] {
  const out: Operand[] = [];
  const walk = (node: TsQueryNode): void => {
    if (node.kind === 'lexeme') out.push({ lexeme: node.lexeme, prefix: node.prefix });
    else if (node.kind === 'not') walk(node.arg);
    else {
      walk(node.right);
      walk(node.left);
    }
  };
  walk(query);
  return out;
}

/** Postgres's qsort_arg (sort_template.h: Bentley–McIlroy with a presorted check), step for step: not stable. */
function pgQsort<T>(x: T[], cmp: (a: T, b: T) => number): void {
  const swap = (i: number, j: number): void => {
    const t = x[i]!;
    x[i] = x[j]!;
    x[j] = t;
  };
  const swapn = (i: number, j: number, n: number): void => {
    for (let k = 0; k < n; k++) swap(i + k, j + k);
  };
  const med3 = (a: number, b: number, c: number): number =>
    cmp(x[a]!, x[b]!) < 0
      ? cmp(x[b]!, x[c]!) < 0
        ? b
        : cmp(x[a]!, x[c]!) < 0
          ? c
          : a
      : cmp(x[b]!, x[c]!) > 0
        ? b
        : cmp(x[a]!, x[c]!) < 0
          ? a
          : c;
  const sort = (a: number, n: number): void => {
    for (;;) {
      if (n < 7) {
        for (let pm = a + 1; pm < a + n; pm++)
          for (let pl = pm; pl > a && cmp(x[pl - 1]!, x[pl]!) > 0; pl--) swap(pl, pl - 1);
        return;
      }
      let presorted = true;
      for (let pm = a + 1; pm < a + n; pm++) {
        if (cmp(x[pm - 1]!, x[pm]!) > 0) {
          presorted = false;
          break;
        }
      }
      if (presorted) return;
      let pm = a + Math.floor(n / 2);
      if (n > 7) {
        let pl = a;
        let pn = a + n - 1;
        if (n > 40) {
          const d = Math.floor(n / 8);
          pl = med3(pl, pl + d, pl + 2 * d);
          pm = med3(pm - d, pm, pm + d);
          pn = med3(pn - 2 * d, pn - d, pn);
        }
        pm = med3(pl, pm, pn);
      }
      swap(a, pm);
      let pa = a + 1;
      let pb = a + 1;
      let pc = a + n - 1;
      let pd = a + n - 1;
      for (;;) {
        let r: number;
        while (pb <= pc && (r = cmp(x[pb]!, x[a]!)) <= 0) {
          if (r === 0) swap(pa++, pb);
          pb++;
        }
        while (pb <= pc && (r = cmp(x[pc]!, x[a]!)) >= 0) {
          if (r === 0) swap(pc, pd--);
          pc--;
        }
        if (pb > pc) break;
        swap(pb++, pc--);
      }
      const pn = a + n;
      let d1 = Math.min(pa - a, pb - pa);
      swapn(a, pb - d1, d1);
      d1 = Math.min(pd - pc, pn - pd - 1);
      swapn(pb, pn - d1, d1);
      d1 = pb - pa;
      const d2 = pd - pc;
      if (d1 <= d2) {
        if (d1 > 1) sort(a, d1);
        if (d2 <= 1) return;
        a = pn - d2;
        n = d2;
      } else {
        if (d2 > 1) sort(pn - d2, d2);
        if (d1 <= 1) return;
        n = d1;
      }
    }
  };
  sort(0, x.length);
}

/** SortAndUniqItems: every operand (those under ! too), sorted, de-duplicated by lexeme (the first kept). */
function sortAndUniqItems(query: TsQueryNode): Operand[] {
  const items = operandItems(query);
  if (items.length < 2) return items;
  const cmp = (a: Operand, b: Operand) => compareLexemes(a.lexeme, b.lexeme, false);
  pgQsort(items, cmp);
  const out = [items[0]!];
  for (let i = 1; i < items.length; i++) if (cmp(items[i]!, out[out.length - 1]!) !== 0) out.push(items[i]!);
  return out;
}

/** A tsvector entry as ts_rank reads it: `weight` per position, WEP_GETWEIGHT (3 = A … 0 = D). */
type Entry = { readonly lexeme: string; readonly id: number; readonly pos: number[]; readonly weight: number[] };

/** A tsvector made ready for ranking (rankVector), as an index keeps it. */
export type RankVector = readonly Entry[];

/** find_wordentry: the run of entries `item` matches (one, or for a prefix every entry it starts). */
const f = Math.fround;
/** `static const float weights[] = {0.1f, 0.2f, 0.4f, 1.0f}`, indexed by weight D, C, B, A. */
const WEIGHTS = [f(0.1), f(0.2), f(0.4), f(1.0)];
const MAXENTRYPOS = 1 << 14;
/** calc_rank_and's dummy for an entry without positions: position MAXENTRYPOS - 1, weight D. */
const POSNULL_AND: Entry = { lexeme: '', id: -1, pos: [MAXENTRYPOS - 1], weight: [0] };
const WEIGHT_D = [0];

/** word_distance: a float4. */
function wordDistance(w: number): number {
  if (w > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(w) / 1.5 - 2)));
}

/**
 * `entries[i]`: the vector's entries operand i matches, in the vector's order (find_wordentry: the entry
 * equal to it, or for a prefix the run of entries it starts).
 */
type Matches = number[][];

function calcRankOr(vector: RankVector, items: Operand[], entries: Matches): number {
  let res = 0;
  for (let i = 0; i < items.length; i++) {
    for (const e of entries[i]!) {
      const entry = vector[e]!;
      // calc_rank_or's own dummy for an entry without positions: position 0, weight D.
      const weights = entry.pos.length > 0 ? entry.weight : WEIGHT_D;
      let resj = 0;
      let wjm = -1;
      let jm = 0;
      for (let j = 0; j < weights.length; j++) {
        const wj = WEIGHTS[weights[j]!]!;
        resj = f(resj + f(wj / ((j + 1) * (j + 1))));
        if (wj > wjm) {
          wjm = wj;
          jm = j;
        }
      }
      res = f(res + f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
    }
  }
  if (items.length > 0) res = f(res / items.length);
  return res;
}

function calcRankAnd(vector: RankVector, items: Operand[], entries: Matches): number {
  if (items.length < 2) return calcRankOr(vector, items, entries);
  const pos: (Entry | undefined)[] = [];
  let res = -1;
  for (let i = 0; i < items.length; i++) {
    for (const e of entries[i]!) {
      const entry = vector[e]!;
      const current = entry.pos.length > 0 ? entry : POSNULL_AND;
      pos[i] = current;
      for (let k = 0; k < i; k++) {
        const other = pos[k];
        if (!other) continue;
        for (let l = 0; l < current.pos.length; l++) {
          for (let p = 0; p < other.pos.length; p++) {
            let dist = Math.abs(current.pos[l]! - other.pos[p]!);
            if (dist || current === POSNULL_AND || other === POSNULL_AND) {
              if (!dist) dist = MAXENTRYPOS;
              const curw = f(
                Math.sqrt(f(f(WEIGHTS[current.weight[l]!]! * WEIGHTS[other.weight[p]!]!) * wordDistance(dist))),
              );
              res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
            }
          }
        }
      }
    }
  }
  return res;
}

/**
 * A tsvector made ready for ranking: the weights as numbers (rankVector once, rank many times). `idOf`
 * numbers the lexemes (an index's dictionary: `ranker(query, lexemes)` then looks each one up by number).
 */
export function rankVector(vector: TsVectorEntry[], idOf?: (lexeme: string) => number): RankVector {
  return vector.map((e) => ({
    lexeme: e.lexeme,
    id: idOf ? idOf(e.lexeme) : -1,
    pos: e.positions,
    weight: [...e.weights].map((letter) => 3 - WEIGHT_LETTERS.indexOf(letter)),
  }));
}

/**
 * `ts_rank(·, query)` with the query's operands sorted once, for ranking many vectors (rankVector) by one
 * query: exactly what Postgres 15's `ts_rank(vector, query)` returns (default weights {0.1, 0.2, 0.4, 1.0}
 * for D, C, B, A, normalization 0), as a JS number equal to the float4 result. Like Postgres, it ignores
 * the query's weight restrictions and counts operands under ! like any other.
 */
export function ranker(query: TsQueryNode | null, lexemes?: readonly string[]): (vector: RankVector) => number {
  if (!query) return () => 0;
  const items = sortAndUniqItems(query);
  const and = query.kind === 'and' || query.kind === 'phrase';
  // Which operands each lexeme matches, worked out once per lexeme: ranking thousands of vectors then
  // costs a lookup per entry, not a binary search per operand (the same entries, in the same order).
  // With numbered lexemes (`lexemes`, by id), the answers are kept by number: no string hashing per entry.
  const operandsOf = new Map<string, number[]>();
  // Filled up front: an array written at scattered indices would turn into a slow dictionary.
  const byId: (number[] | null)[] = lexemes ? new Array<number[] | null>(lexemes.length).fill(null) : [];
  const none: number[] = [];
  const compute = (lexeme: string) => {
    let found = none;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.prefix ? compareLexemes(item.lexeme, lexeme, true) === 0 : item.lexeme === lexeme) {
        if (found === none) found = [];
        found.push(i);
      }
    }
    return found;
  };
  const matching = (entry: Entry) => {
    if (lexemes && entry.id >= 0 && entry.id < byId.length) return (byId[entry.id] ??= compute(lexemes[entry.id]!));
    let found = operandsOf.get(entry.lexeme);
    if (!found) operandsOf.set(entry.lexeme, (found = compute(entry.lexeme)));
    return found;
  };
  const entries: Matches = items.map(() => []);
  // A vector without any operand's lexeme: the same rank for all (0, or 1e-20 under an AND).
  const unmatched = and && items.length >= 2 ? f(1e-20) : 0;
  return (vector) => {
    if (vector.length === 0) return 0;
    let any = false;
    for (let e = 0; e < vector.length; e++) {
      if (matching(vector[e]!).length > 0) {
        any = true;
        break;
      }
    }
    if (!any) return unmatched;
    for (const list of entries) list.length = 0;
    for (let e = 0; e < vector.length; e++) for (const i of matching(vector[e]!)) entries[i]!.push(e);
    const res = and ? calcRankAnd(vector, items, entries) : calcRankOr(vector, items, entries);
    return res < 0 ? f(1e-20) : res;
  };
}

/** `ts_rank(vector, query)` of one vector (ranker and rankVector, for a single use). */
export function tsRank(vector: TsVectorEntry[], query: TsQueryNode | null): number {
  return ranker(query)(rankVector(vector));
}
