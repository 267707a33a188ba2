import { beforeAll, describe, expect, it } from 'vitest';
import { suggestSearch } from '@/db/queries/catalog/search-suggest';
import { seedDemo } from '@/db/seed/demo';
import { suggestQuerySchema } from '@/lib/validations/search';
import { testHandle } from '../../helpers/db';

// Suggestions while typing (issue 15): the catalog search's own rules (aliases, accents, typos, prefix).
describe('suggestSearch (the demo shop)', () => {
  beforeAll(async () => {
    expect(await seedDemo(testHandle().db, () => {})).toEqual({ seeded: true });
  }, 120_000);

  it('suggests the app an alias names first, then up to 5 titles that use it', async () => {
    const suggestions = await suggestSearch('gsheet');
    expect(suggestions[0]).toEqual({ kind: 'app', label: 'Google Sheets', href: '/workflows?app=Google+Sheets' });
    const titles = suggestions.filter((s) => s.kind === 'workflow');
    expect(titles.length).toBe(5);
    expect(titles[0]!.label).toMatch(/Google Sheets/);
    for (const t of titles) expect(t.href).toMatch(/^\/workflows\/[a-z0-9-]+$/);
  });

  it('completes the last word, corrects typos and reads words without accents', async () => {
    const slac = await suggestSearch('slac');
    expect(slac[0]).toMatchObject({ kind: 'app', label: 'Slack' });
    expect(slac.some((s) => s.kind === 'workflow' && s.label.includes('Slack'))).toBe(true);
    expect((await suggestSearch('shopfy'))[0]).toMatchObject({ kind: 'app', label: 'Shopify' });
    expect((await suggestSearch('hoa don')).map((s) => s.label)).toEqual(
      expect.arrayContaining([
        'Monthly invoice reminders from Google Sheets via Gmail',
        'Extract invoice data from Gmail attachments with OpenAI',
      ]),
    );
  });

  it('suggests nothing for nothing typed or words that match nothing', async () => {
    expect(await suggestSearch('  ')).toEqual([]);
    expect(await suggestSearch('qqqzzzxxx')).toEqual([]);
  });

  it('refuses a query longer than a search being typed, and cleans what it takes', () => {
    expect(suggestQuerySchema.safeParse('x'.repeat(101)).success).toBe(false);
    expect(suggestQuerySchema.parse('  gsheet\u0000 ')).toBe('gsheet');
  });
});
