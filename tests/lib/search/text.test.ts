import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  deletes,
  foldText,
  normalizeAlias,
  otherTonePlacement,
  partsText,
  queryParts,
  typoBudget,
} from '@/lib/search/text';

describe('search text rules', () => {
  it('folds accents, "đ" and both tone-mark placements to the same text', () => {
    expect(foldText('Hóa Đơn')).toBe('hoa don');
    expect(foldText('hoá đơn')).toBe('hoa don');
    expect(foldText('ho\u0301a')).toBe('hoa'); // decomposed input
    expect(foldText('Trích xuất dữ liệu')).toBe('trich xuat du lieu');
  });

  it('swaps the old and new tone-mark placement of oa, oe, uy at the end of a word', () => {
    expect(otherTonePlacement('hóa đơn')).toBe('hoá đơn');
    expect(otherTonePlacement('hoá đơn')).toBe('hóa đơn');
    expect(otherTonePlacement('thúy')).toBe('thuý');
    expect(otherTonePlacement('hoàn')).toBe('hoàn'); // a final consonant: one placement only
    expect(otherTonePlacement('slack')).toBe('slack');
  });

  it("counts Damerau edits and allows Meilisearch's typo budget", () => {
    expect(damerauLevenshtein('slcak', 'slack')).toBe(1);
    expect(damerauLevenshtein('openia', 'openai')).toBe(1);
    expect(damerauLevenshtein('openia', 'open')).toBe(2);
    expect(damerauLevenshtein('shopfy', 'shopify')).toBe(1);
    expect(damerauLevenshtein('invocie', 'invoice')).toBe(1);
    expect([1, 4, 5, 8, 9, 12].map((n) => typoBudget('x'.repeat(n)))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('lists the deletes a dictionary lookup needs', () => {
    expect(deletes('slack', 0)).toEqual(['slack']);
    expect(new Set(deletes('abc', 1))).toEqual(new Set(['abc', 'bc', 'ac', 'ab']));
    expect(deletes('abcd', 2)).toContain('ad');
  });

  it('keeps aliases folded, one space between words', () => {
    expect(normalizeAlias('  G  Sheets! ')).toBe('g sheets');
    expect(normalizeAlias('--')).toBe('');
  });

  it('reads phrases, negations and plain words as websearch syntax does, and writes them back', () => {
    const parts = queryParts('"pull reqeust" -discord gsheets -"cold email" stand-up "open quote', 20);
    expect(parts).toEqual([
      { words: ['pull', 'reqeust'], phrase: true, negated: false },
      { words: ['discord'], phrase: false, negated: true },
      { words: ['gsheets'], phrase: false, negated: false },
      { words: ['cold', 'email'], phrase: true, negated: true },
      { words: ['stand'], phrase: false, negated: false },
      { words: ['up'], phrase: false, negated: false },
      { words: ['open', 'quote'], phrase: true, negated: false },
    ]);
    expect(partsText(parts, (w) => (w === 'reqeust' ? 'request' : w))).toBe(
      '"pull request" -discord gsheets -"cold email" stand up "open quote"',
    );
    expect(queryParts('"" - "!!"')).toEqual([]);
    expect(queryParts('a b c d e f g h i j').flatMap((p) => p.words)).toHaveLength(8);
  });
});
