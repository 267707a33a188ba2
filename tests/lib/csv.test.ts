import { describe, expect, it } from 'vitest';
import { csvField, csvLine, csvStream } from '@/lib/csv';
import { readCsv as parseCsv, readStream as readAll } from '../helpers/csv';

describe('csv', () => {
  it('quotes commas, double quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField(' spaced ')).toBe(' spaced ');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField(new Date('2026-11-25T01:02:03Z'))).toBe('2026-11-25T08:02:03+07:00'); // the shop's time, with its offset;
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+84 900')).toBe("'+84 900");
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('199000.00')).toBe('199000.00');
  });

  it('streams a header and batches that read back to the same values', async () => {
    const tricky = ['Nguyễn, "An"', 'two\nlines', 'comma,', '"', ''];
    async function* batches() {
      yield [tricky, ['x', 'y', 'z', 'w', 'v']];
      yield [['last', '1', '2', '3', '4']];
    }
    const text = await readAll(csvStream(['a', 'b', 'c', 'd', 'e'], batches()));
    expect(text.startsWith('\uFEFFa,b,c,d,e\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toEqual([['a', 'b', 'c', 'd', 'e'], tricky, ['x', 'y', 'z', 'w', 'v'], ['last', '1', '2', '3', '4']]);
  });

  it('stops fetching when the reader goes away', async () => {
    let fetched = 0;
    let finished = false;
    async function* batches() {
      try {
        for (;;) {
          fetched++;
          yield [[String(fetched)]];
        }
      } finally {
        finished = true;
      }
    }
    const reader = csvStream(['n'], batches()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
    expect(fetched).toBeLessThan(5);
  });
});
