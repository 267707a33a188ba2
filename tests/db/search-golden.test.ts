import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { seedDemo } from '@/db/seed/demo';
import { parseCatalogSearch } from '@/lib/validations/catalog';
import { testHandle } from '../helpers/db';

type GoldenQuery = { kind: string; q: string; expect: string[]; exclude?: string[] };
const golden = JSON.parse(readFileSync(path.join(import.meta.dirname, '../search/golden.json'), 'utf8')) as {
  queries: GoldenQuery[];
};

const MIN_RECALL = 0.95;
const search = (q: string) => searchWorkflows(parseCatalogSearch({ q }));

describe('search golden set (tests/search/golden.json, the demo shop)', () => {
  beforeAll(async () => {
    expect(await seedDemo(testHandle().db, () => {})).toEqual({ seeded: true });
  }, 120_000);

  it('holds at least 150 queries covering every kind of rule', () => {
    expect(golden.queries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(golden.queries.map((g) => g.kind))).toEqual(
      new Set([
        'english',
        'prefix',
        'swap',
        'deletion',
        'insertion',
        'substitution',
        'two-typos',
        'vietnamese',
        'no-accents',
        'mixed-accents',
        'alias',
        'several-words',
        'negation',
        'phrase',
      ]),
    );
  });

  it(`finds the expected workflows in the first 3 results: recall@3 ≥ ${MIN_RECALL * 100}% for every kind`, async () => {
    const perKind = new Map<string, { found: number; expected: number; misses: string[] }>();
    const excluded: string[] = [];
    for (const g of golden.queries) {
      const result = await search(g.q);
      const titles = result.items.map((i) => i.title);
      const top3 = titles.slice(0, 3);
      const kind = perKind.get(g.kind) ?? { found: 0, expected: 0, misses: [] };
      perKind.set(g.kind, kind);
      for (const title of g.expect) {
        kind.expected++;
        if (top3.includes(title)) kind.found++;
        else kind.misses.push(`"${g.q}" → ${JSON.stringify(top3)} (wanted "${title}")`);
      }
      for (const title of g.exclude ?? []) if (titles.includes(title)) excluded.push(`"${g.q}" lists "${title}"`);
    }
    const report = [...perKind].map(
      ([kind, r]) =>
        `${kind.padEnd(14)} recall@3 ${((100 * r.found) / r.expected).toFixed(1)}% (${r.found}/${r.expected})`,
    );
    const misses = [...perKind.values()].flatMap((r) => r.misses);
    console.log(
      `search golden set, ${process.env.TEST_DRIVER}:\n  ${report.join('\n  ')}\nmisses:\n  ${misses.join('\n  ')}`,
    );
    const failing = [...perKind].filter(([, r]) => r.found / r.expected < MIN_RECALL);
    expect(failing.map(([kind, r]) => `${kind}: ${r.misses.join('; ')}`)).toEqual([]);
    expect(excluded).toEqual([]);
  }, 300_000);

  it('keeps precision: a 4-letter word with a typo, or a word two typos off, matches nothing', async () => {
    for (const q of ['slak', 'jria', 'gmial', 'zalu', 'shpfy', 'notoin slack']) {
      const titles = (await search(q)).items.map((i) => i.title);
      if (q === 'gmial') {
        // 5 letters: one typo allowed ("gmail").
        expect(titles.length).toBeGreaterThan(0);
      } else if (q === 'notoin slack') {
        // "notoin" is two edits from "notion" (6 letters: one allowed): only "slack" matches.
        expect(titles.every((t) => !t.includes('Notion') || t.includes('Slack'))).toBe(true);
      } else {
        expect(titles, q).toEqual([]);
      }
    }
    // "openia" is "openai" with a swap; "open" is two edits away.
    const openia = (await search('openia')).items.map((i) => i.title);
    expect(openia).not.toContain('Open a Slack incident channel from Jira issues');
    expect(openia[0]).toMatch(/OpenAI/);
  });

  it('matches a quoted phrase as a phrase in the typo pass too: its words in order, next to each other', async () => {
    // Each of these has its words in one title, but not in this order or not side by side.
    for (const q of ['"reqeust pull"', '"cart abandoned"', '"cart recovery" -woocommerce', '"summary stand-up"']) {
      expect(
        (await search(q)).items.map((i) => i.title),
        q,
      ).toEqual([]);
    }
    const phrase = await search('"pull reqeust" -discord');
    expect(phrase.items.map((i) => i.title)).toEqual(['GitHub pull request reminders in Slack']);
    expect(phrase.didYouMean).toBe('"pull request" -discord');
  });

  it('says "Did you mean" with the corrected words under a typo or alias match, and not under an exact one', async () => {
    expect((await search('shopfy ordres')).didYouMean).toBe('shopify orders');
    expect((await search('gsheets')).didYouMean).toBe('Google Sheets');
    expect((await search('shopify')).didYouMean).toBeNull();
  });

  it('ranks a workflow using the app named, with it in the title, first; exact accents above folded ones', async () => {
    const sheets = (await searchWorkflows(parseCatalogSearch({ q: 'gsheets' }))).items;
    expect(sheets[0]?.title).toMatch(/Google Sheets/);
    expect(sheets[0]?.apps).toContain('Google Sheets');
    // Either tone-mark placement ("hóa", "hoá") is the same word written with its accents: both workflows
    // that write it rank above those that only match it folded, whichever placement the query uses.
    const accentedFirst = [
      'Extract invoice data from Gmail attachments with OpenAI',
      'Issue MISA meInvoice e-invoices for paid Haravan orders',
      'Monthly invoice reminders from Google Sheets via Gmail',
    ];
    for (const q of ['hóa đơn', 'hoá đơn']) {
      const titles = (await search(q)).items.map((i) => i.title);
      expect(titles.slice(0, 3).sort()).toEqual(accentedFirst);
    }
  });
});
