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
const f = Math.fround;
/** `static const float weights[] = {0.1f, 0.2f, 0.4f, 1.0f}`, indexed by weight D, C, B, A. */
const WEIGHTS = [f(0.1), f(0.2), f(0.4), f(1.0)];
const MAXENTRYPOS = 1 << 14;
/** calc_rank_and's dummy for an entry without positions (position MAXENTRYPOS - 1, weight D), as an offset. */
const POSNULL = -2;
/** An item without an entry yet (calc_rank_and's NULL). */
const NONE = -1;

/** word_distance: a float4. */
function wordDistance(w: number): number {
  if (w > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(w) / 1.5 - 2)));
}

/*
 * A tsvector packed for ranking, into a list of numbers (an index keeps thousands of them in one Int32Array):
 * per entry, in the vector's order, its lexeme's number, its count n of positions, then n values
 * `position << 2 | weight` (WEP_GETWEIGHT: 3 = A … 0 = D). `lexemes` (ranker) turns the numbers back into text.
 */

/** Appends `vector` packed (see above) to `out`, its lexemes numbered by `idOf`. */
export function packVector(vector: TsVectorEntry[], idOf: (lexeme: string) => number, out: number[] = []): number[] {
  for (const e of vector) {
    out.push(idOf(e.lexeme), e.positions.length);
    for (let j = 0; j < e.positions.length; j++) {
      out.push((e.positions[j]! << 2) | (3 - WEIGHT_LETTERS.indexOf(e.weights[j]!)));
    }
  }
  return out;
}

/**
 * `lists[i]`: the offsets of the entries operand i matches, in the vector's order (find_wordentry: the entry
 * equal to it, or for a prefix the run of entries it starts).
 */
type Matches = number[][];

function calcRankOr(data: ArrayLike<number>, size: number, lists: Matches): number {
  let res = 0;
  for (let i = 0; i < size; i++) {
    for (const p of lists[i]!) {
      // calc_rank_or's own dummy for an entry without positions: position 0, weight D.
      const n = data[p + 1]!;
      let resj = 0;
      let wjm = -1;
      let jm = 0;
      for (let j = 0; j < (n > 0 ? n : 1); j++) {
        const wj = WEIGHTS[n > 0 ? data[p + 2 + j]! & 3 : 0]!;
        resj = f(resj + f(wj / ((j + 1) * (j + 1))));
        if (wj > wjm) {
          wjm = wj;
          jm = j;
        }
      }
      res = f(res + f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
    }
  }
  if (size > 0) res = f(res / size);
  return res;
}

function calcRankAnd(data: ArrayLike<number>, size: number, lists: Matches, pos: number[]): number {
  if (size < 2) return calcRankOr(data, size, lists);
  pos.fill(NONE, 0, size);
  let res = -1;
  for (let i = 0; i < size; i++) {
    for (const p of lists[i]!) {
      const current = data[p + 1]! > 0 ? p : POSNULL;
      pos[i] = current;
      const dimt = current === POSNULL ? 1 : data[p + 1]!;
      for (let k = 0; k < i; k++) {
        const other = pos[k]!;
        if (other === NONE) continue;
        const lenct = other === POSNULL ? 1 : data[other + 1]!;
        for (let l = 0; l < dimt; l++) {
          const post = current === POSNULL ? (MAXENTRYPOS - 1) << 2 : data[current + 2 + l]!;
          for (let q = 0; q < lenct; q++) {
            const ct = other === POSNULL ? (MAXENTRYPOS - 1) << 2 : data[other + 2 + q]!;
            let dist = Math.abs((post >> 2) - (ct >> 2));
            if (dist || current === POSNULL || other === POSNULL) {
              if (!dist) dist = MAXENTRYPOS;
              const curw = f(Math.sqrt(f(f(WEIGHTS[post & 3]! * WEIGHTS[ct & 3]!) * wordDistance(dist))));
              res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
            }
          }
        }
      }
    }
  }
  return res;
}

/** Ranks packed vectors (packVector) by one query: `(data, start, count)`, `count` entries from `start`. */
export type Ranker = (data: ArrayLike<number>, start: number, count: number) => number;

/**
 * `ts_rank(·, query)` with the query's operands sorted once, for ranking many packed vectors by one query
 * (`lexemes`: the text of each lexeme number): exactly what Postgres 15's `ts_rank(vector, query)` returns
 * (default weights {0.1, 0.2, 0.4, 1.0} for D, C, B, A, normalization 0), as a JS number equal to the float4
 * result. Like Postgres, it ignores the query's weight restrictions and counts operands under ! like any other.
 */
export function ranker(query: TsQueryNode | null, lexemes: readonly string[]): Ranker {
  if (!query) return () => 0;
  const items = sortAndUniqItems(query);
  const size = items.length;
  const and = query.kind === 'and' || query.kind === 'phrase';
  // Which operands each lexeme matches, worked out once per lexeme number: ranking thousands of vectors then
  // costs a lookup per entry, not a binary search per operand (the same entries, in the same order). Filled
  // up front: an array written at scattered indices would turn into a slow dictionary.
  const none: number[] = [];
  const table: (number[] | null)[] = new Array<number[] | null>(lexemes.length).fill(null);
  const compute = (lexeme: string) => {
    let found = none;
    for (let i = 0; i < size; i++) {
      const item = items[i]!;
      if (item.prefix ? compareLexemes(item.lexeme, lexeme, true) === 0 : item.lexeme === lexeme) {
        if (found === none) found = [];
        found.push(i);
      }
    }
    return found;
  };
  const matching = (id: number) => (id < table.length ? (table[id] ??= compute(lexemes[id]!)) : compute(lexemes[id]!));
  const lists: Matches = items.map(() => []);
  const pos = new Array<number>(size).fill(NONE);
  // A vector without any operand's lexeme: the same rank for all (0, or 1e-20 under an AND).
  const unmatched = and && size >= 2 ? f(1e-20) : 0;
  // The rank depends only on the matched entries (their lexemes, in order, with their positions and
  // weights): vectors alike in those share one computation, found by a hash of them and checked in full.
  const known = new Map<number, { key: Int32Array; rank: number }[]>();
  let key = new Int32Array(64);
  const keep = (length: number, value: number) => {
    if (length === key.length) {
      const grown = new Int32Array(key.length * 2);
      grown.set(key);
      key = grown;
    }
    key[length] = value;
  };
  return (data, start, count) => {
    if (count === 0) return 0;
    let length = 0;
    let hash = 0x811c9dc5;
    for (let e = 0, p = start; e < count; e++, p += 2 + data[p + 1]!) {
      const id = data[p]!;
      if (matching(id).length === 0) continue;
      const n = data[p + 1]!;
      for (let j = -2; j < n; j++) {
        const value = j === -2 ? id : j === -1 ? n : data[p + 2 + j]!;
        keep(length++, value);
        hash = Math.imul(hash ^ value, 16_777_619);
      }
    }
    if (length === 0) return unmatched;
    let alike = known.get(hash);
    for (const memo of alike ?? []) {
      if (memo.key.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = memo.key[i] === key[i];
      if (same) return memo.rank;
    }
    for (const list of lists) list.length = 0;
    for (let e = 0, p = start; e < count; e++, p += 2 + data[p + 1]!)
      for (const i of matching(data[p]!)) lists[i]!.push(p);
    const rank = and ? calcRankAnd(data, size, lists, pos) : calcRankOr(data, size, lists);
    const res = rank < 0 ? f(1e-20) : rank;
    if (!alike) known.set(hash, (alike = []));
    alike.push({ key: key.slice(0, length), rank: res });
    return res;
  };
}

/** `ts_rank(vector, query)` of one vector. */
export function tsRank(vector: TsVectorEntry[], query: TsQueryNode | null): number {
  const lexemes: string[] = [];
  const data = packVector(vector, (lexeme) => lexemes.push(lexeme) - 1);
  return ranker(query, lexemes)(data, 0, vector.length);
}
