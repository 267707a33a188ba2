/**
 * lib/search/tsquery.ts against the database it re-implements: `tsRank(parseTsvector(v::text),
 * parseTsquery(q::text))` is bit for bit the float4 Postgres's `ts_rank(v, q)` returns, over random vectors
 * and queries (a small lexeme alphabet, so that queries hit; prefixes, weights, !, <N>, queries from
 * websearch_to_tsquery), and parseTsquery reads back exactly what Postgres prints. Runs on both drivers.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { packVector, parseTsquery, parseTsvector, ranker, tsRank, type TsQueryNode } from '@/lib/search/tsquery';
import { testHandle } from '../../helpers/db';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const BATCH = 50;

const WORDS = ['a', 'ab', 'abc', 'b', 'ba', 'đơn', 'don', 'googl', 'sheet'];
const LEXEMES = [...WORDS, "it's", 'x\\y', 'a b'];

/** Quotes a lexeme for tsvector / tsquery input (and as both print it): '' for a quote, \\ for a backslash. */
const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;

// ---------------------------------------------------------------------------------------------------
// Vectors

const position = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 130 }) },
  { weight: 1, arbitrary: fc.integer({ min: 16_270, max: 16_383 }) },
);
/** Positions with their weight letters ('' for the default D); sometimes none at all, as strip() leaves. */
const positions: fc.Arbitrary<[number, string][]> = fc.array(
  fc.tuple(position, fc.constantFrom('A', 'B', 'C', 'D', '')),
  { maxLength: 4 },
);
const vectorEntry = fc.record({
  lexeme: fc.constantFrom(...LEXEMES),
  positions: fc.oneof(
    { weight: 1, arbitrary: fc.constant<[number, string][]>([]) },
    { weight: 5, arbitrary: positions },
  ),
});
/** tsvector input text (Postgres merges repeated lexemes and positions itself). */
const vectorText = fc
  .array(vectorEntry, { maxLength: 6 })
  .map((entries) =>
    entries
      .map(({ lexeme, positions }) =>
        positions.length ? `${quote(lexeme)}:${positions.map(([p, w]) => `${p}${w}`).join(',')}` : quote(lexeme),
      )
      .join(' '),
  );

/** Vectors over three lexemes, positions 1–4, weights A or D: many share their matched entries, or nearly. */
const alikeVector = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'ab', 'b'),
      fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('A', '')), { minLength: 1, maxLength: 2 }),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((entries) =>
    entries.map(([lexeme, ps]) => `${quote(lexeme)}:${ps.map(([p, w]) => `${p}${w}`).join(',')}`).join(' '),
  );

function printTsvector(entries: ReturnType<typeof parseTsvector>): string {
  return entries
    .map((e) => {
      const positions = e.positions.map((p, i) => `${p}${e.weights[i] === 'D' ? '' : e.weights[i]}`).join(',');
      return positions ? `${quote(e.lexeme)}:${positions}` : quote(e.lexeme);
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------
// Queries

const lexemeNode: fc.Arbitrary<TsQueryNode> = fc.record({
  kind: fc.constant('lexeme' as const),
  lexeme: fc.constantFrom(...LEXEMES),
  prefix: fc.boolean(),
  weights: fc.oneof(
    fc.constant(''),
    fc.subarray(['A', 'B', 'C', 'D'], { minLength: 1 }).map((w) => w.join('')),
  ),
});
const { node: queryNode } = fc.letrec<{ node: TsQueryNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'query' },
    { weight: 4, arbitrary: lexemeNode },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('not' as const), arg: tie('node') }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constantFrom('and' as const, 'or' as const),
        left: tie('node'),
        right: tie('node'),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('phrase' as const),
        distance: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 4 })),
        left: tie('node'),
        right: tie('node'),
      }),
    },
  ),
}));

/**
 * tsquery input text of a tree, fully parenthesized so Postgres builds exactly this tree, with the
 * spellings its input accepts and its output never uses (lower-case weights, `:A*`, `<1>`, odd spacing).
 */
function looseText(node: TsQueryNode, style: number): string {
  let state = style >>> 0 || 1;
  const pick = (n: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 16) % n;
  };
  const space = () => [' ', '', '  '][pick(3)];
  const walk = (n: TsQueryNode): string => {
    switch (n.kind) {
      case 'lexeme': {
        const weights = pick(2) ? n.weights.toLowerCase() : n.weights;
        const flags = pick(2) ? `${n.prefix ? '*' : ''}${weights}` : `${weights}${n.prefix ? '*' : ''}`;
        return flags ? `${quote(n.lexeme)}:${flags}` : quote(n.lexeme);
      }
      case 'not':
        return `!${space()}(${walk(n.arg)})`;
      default: {
        const op =
          n.kind !== 'phrase'
            ? n.kind === 'and'
              ? '&'
              : '|'
            : n.distance === 1 && pick(2)
              ? '<->'
              : `<${n.distance}>`;
        return `(${space()}${walk(n.left)}${space()}${op}${space()}${walk(n.right)}${space()})`;
      }
    }
  };
  return walk(node);
}

const PRIORITY = { not: 4, phrase: 3, and: 2, or: 1 } as const;

/** tsquery_out's infix(), for the tree parseTsquery returns. */
function printTsquery(node: TsQueryNode | null): string {
  const walk = (n: TsQueryNode, parentPriority: number, rightPhraseOp: boolean): string => {
    if (n.kind === 'lexeme') {
      const flags = `${n.prefix ? '*' : ''}${n.weights}`;
      return flags ? `${quote(n.lexeme)}:${flags}` : quote(n.lexeme);
    }
    if (n.kind === 'not') return `!${walk(n.arg, PRIORITY.not, false)}`;
    const priority = PRIORITY[n.kind];
    const op = n.kind !== 'phrase' ? (n.kind === 'and' ? '&' : '|') : n.distance === 1 ? '<->' : `<${n.distance}>`;
    const text = `${walk(n.left, priority, false)} ${op} ${walk(n.right, priority, n.kind === 'phrase')}`;
    return priority < parentPriority || (n.kind === 'phrase' && rightPhraseOp) ? `( ${text} )` : text;
  };
  return node ? walk(node, -1, false) : '';
}

/** Text for websearch_to_tsquery('simple', …): words, "phrases", `or`, `-word`; never without a word. */
const webText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...WORDS).map((w) => `-${w}`),
      fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`),
      fc.constant('or'),
    ),
    { maxLength: 6 },
  )
  .chain((parts) => fc.constantFrom(...WORDS).map((w) => [w, ...parts].join(' ')));

/**
 * 7 to 14 operands over three lexemes, prefixes or not: Postgres sorts them with its quicksort (no longer
 * the stable insertion sort of fewer than 7), and which duplicate survives decides the prefix flag.
 */
const manyOperands = fc
  .array(fc.tuple(fc.constantFrom('a', 'ab', 'b'), fc.boolean(), fc.constantFrom(' & ', ' | ', ' <-> ', ' & !')), {
    minLength: 7,
    maxLength: 14,
  })
  .map((ops) => ops.map(([lexeme, prefix, op], i) => `${i ? op : ''}${quote(lexeme)}${prefix ? ':*' : ''}`).join(''));

type Case = { v: string; q: string; web: boolean };
const rankCase: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(vectorText, queryNode, fc.integer())
      .map(([v, node, style]) => ({ v, q: looseText(node, style), web: false })),
  },
  { weight: 1, arbitrary: fc.tuple(vectorText, manyOperands).map(([v, q]) => ({ v, q, web: false })) },
  { weight: 1, arbitrary: fc.tuple(vectorText, webText).map(([v, q]) => ({ v, q, web: true })) },
);

type RankRow = { n: number; vt: string; qt: string; r: number };

async function pgRanks(cases: Case[]): Promise<RankRow[]> {
  const json = JSON.stringify(cases.map((c, n) => ({ n, ...c })));
  return queryRows<RankRow>(
    testHandle().db,
    sql`select t.n, t.v::tsvector::text as vt, q.q::text as qt, ts_rank(t.v::tsvector, q.q)::float8 as r
        from jsonb_to_recordset(${json}::jsonb) as t(n int, v text, q text, web boolean)
        cross join lateral (select case when t.web then websearch_to_tsquery('simple', t.q) else t.q::tsquery end as q) q
        order by t.n`,
  );
}

async function pgPrint(texts: string[]): Promise<string[]> {
  const rows = await queryRows<{ n: number; qt: string }>(
    testHandle().db,
    sql`select t.n, t.q::tsquery::text as qt
        from jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb) with ordinality as t(q, n) order by t.n`,
  );
  return rows.map((r) => r.qt);
}

/** The float4 Postgres returned (as float8), and ours: the same bits, or a readable failure. */
function expectSameRank(row: RankRow, ours: number): void {
  if (!Object.is(Math.fround(Number(row.r)), ours)) {
    expect({ vector: row.vt, query: row.qt, ours }).toEqual({ vector: row.vt, query: row.qt, ours: Number(row.r) });
  }
}

describe('ts_rank in process', () => {
  it('equals ts_rank bit for bit on random vectors and queries', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rankCase, { minLength: BATCH, maxLength: BATCH }), async (cases) => {
        for (const row of await pgRanks(cases)) {
          const vector = parseTsvector(row.vt);
          expect(printTsvector(vector)).toBe(row.vt);
          expectSameRank(row, tsRank(vector, parseTsquery(row.qt)));
          checked++;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(checked).toBeGreaterThanOrEqual(RUNS * BATCH);
  });

  it('ranks many vectors by one query (one ranker, as the search index does) as Postgres does each', async () => {
    // Vectors of a small alphabet repeat the same matched entries: the ranker's memo answers most of them.
    const oneQuery = fc.tuple(
      fc.oneof(
        fc.tuple(queryNode, fc.integer()).map(([node, style]) => ({ q: looseText(node, style), web: false })),
        manyOperands.map((q) => ({ q, web: false })),
        webText.map((q) => ({ q, web: true })),
      ),
      fc.array(fc.oneof({ weight: 1, arbitrary: vectorText }, { weight: 3, arbitrary: alikeVector }), {
        minLength: BATCH,
        maxLength: BATCH,
      }),
    );
    await fc.assert(
      fc.asyncProperty(oneQuery, async ([{ q, web }, vectors]) => {
        const rows = await pgRanks(vectors.map((v) => ({ v, q, web })));
        const lexemes: string[] = [];
        const numbers = new Map<string, number>();
        const numberOf = (lexeme: string) => {
          let n = numbers.get(lexeme);
          if (n === undefined) numbers.set(lexeme, (n = lexemes.push(lexeme) - 1));
          return n;
        };
        const packed = rows.map((row) => {
          const vector = parseTsvector(row.vt);
          return { data: packVector(vector, numberOf), count: vector.length };
        });
        const rank = ranker(parseTsquery(rows[0]!.qt), lexemes);
        rows.forEach((row, i) => expectSameRank(row, rank(packed[i]!.data, 0, packed[i]!.count)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('parses back what Postgres prints for a tsquery, and Postgres reads our print the same', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(queryNode, fc.integer()).map(([node, style]) => looseText(node, style)),
          { minLength: BATCH, maxLength: BATCH },
        ),
        async (texts) => {
          const printed = await pgPrint(texts);
          const ours = printed.map((text) => printTsquery(parseTsquery(text)));
          expect(ours).toEqual(printed);
          expect(await pgPrint(ours)).toEqual(printed);
        },
      ),
      { numRuns: RUNS / 2, seed: SEED },
    );
  });

  it('has word_distance right for every distance up to 100 and past it', async () => {
    // The float4 of word_distance with the database's own exp() (tsrank.c computes it in double).
    const rows = await queryRows<{ d: number; wd: number }>(
      testHandle().db,
      sql`select d, (1.0::float8 / (1.005::float8 + 0.05::float8 * exp(d::float4 / 1.5::float8 - 2)))::float4::float8 as wd
          from generate_series(1, 100) d order by d`,
    );
    for (const { d, wd } of rows) {
      expect([d, Math.fround(1.0 / (1.005 + 0.05 * Math.exp(Math.fround(d) / 1.5 - 2)))]).toEqual([d, Number(wd)]);
    }
    // And the ranks built on it: every distance 1..101, with each pair of weights.
    const cases: Case[] = [];
    for (let d = 1; d <= 101; d++) {
      for (const [w1, w2] of [
        ['A', 'A'],
        ['A', 'D'],
        ['B', 'C'],
        ['', ''],
      ]) {
        cases.push({ v: `'a':1${w1} 'b':${1 + d}${w2}`, q: "'a' & 'b'", web: false });
        cases.push({ v: `'a':1${w1},${2 + d}${w1} 'b':${1 + d}${w2}`, q: "'a' <-> 'b'", web: false });
      }
    }
    for (const row of await pgRanks(cases)) expectSameRank(row, tsRank(parseTsvector(row.vt), parseTsquery(row.qt)));
  });

  it('gives the known values', async () => {
    const known: [vector: string, query: string, rank: number][] = [
      // One word, in the title (weight A): 1 / (pi²/6).
      ["'slack':1A", "'slack'", 0.6079271],
      // Two words side by side, both A: sqrt(word_distance(1)).
      ["'googl':1A 'sheet':2A", "'googl' & 'sheet'", 0.9910322],
      // A prefix over two completions (each counts: (0.1 + 0.4) / (pi²/6)), and the same as a word.
      ["'googl':1A 'google':2 'googles':3B 'sheet':4", "'google':*", 0.30396354],
      ["'googl':1A 'google':2 'googles':3B 'sheet':4", "'google'", 0.06079271],
      // A NOT operand counts like any other (the "XXX: What about NOT?" of tsrank.c).
      ["'a':1 'b':2", "'a' & !'b'", 0.09910322],
      ["'a':1 'b':2", "'a' & 'b'", 0.09910322],
      // Stripped entries sit at position 16383 with weight D (50 from 16333); two of them 16384 apart.
      ["'a' 'b':16333A", "'a' & 'b'", 2.2211e-7],
      ["'a' 'b'", "'a' & 'b'", 1e-16],
      // Duplicate operands: the last one written survives, with its prefix flag (one left: OR-style).
      ["'a':1 'ab':2A", "'a':* & 'a'", 0.06079271],
      ["'a':1 'ab':2A", "'a' & 'a':*", 0.6687198],
      // An empty vector ranks 0, an AND that matches nothing 1e-20.
      ['', "'a'", 0],
      ["'x':1", "'a' & 'b'", 1e-20],
    ];
    const rows = await pgRanks(known.map(([v, q]) => ({ v, q, web: false })));
    rows.forEach((row, i) => {
      const ours = tsRank(parseTsvector(row.vt), parseTsquery(row.qt));
      expectSameRank(row, ours);
      expect(ours).toBe(Math.fround(known[i]![2]));
    });
    expect(tsRank(parseTsvector("'a':1"), parseTsquery(''))).toBe(0);
    expect(parseTsquery('')).toBeNull();
  });
});
