import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { createSearchAlias, deleteSearchAlias, listSearchAliases } from '@/db/queries/admin/search-aliases';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { auditLog, searchAliases } from '@/db/schema';
import { parseCatalogSearch } from '@/lib/validations/catalog';
import { createTestUser, createTestWorkflow } from '../../../helpers/factories';

const titles = async (q: string) => (await searchWorkflows(parseCatalogSearch({ q }))).items.map((i) => i.title);

describe('admin search aliases', () => {
  let adminId: string;
  beforeAll(async () => {
    adminId = (await createTestUser({ role: 'ADMIN' })).id;
    await createTestWorkflow({
      title: 'Post WhatsApp replies from a helpdesk',
      slug: 'post-whatsapp-replies',
      metadata: { apps: ['WhatsApp'] },
    });
    await createTestWorkflow({ title: 'Mention whatsapp in passing', slug: 'mention-whatsapp' });
  });

  it('adds an alias the search reads at once (folded), ranks the app users first, and removes it, audited', async () => {
    expect(await titles('wazzup')).toEqual([]);
    const alias = await createSearchAlias(adminId, { alias: '  WazzUp ', target: 'WhatsApp' });
    expect(alias).toMatchObject({ alias: 'wazzup', target: 'WhatsApp' });
    const found = await searchWorkflows(parseCatalogSearch({ q: 'Wazzup' }));
    expect(found.items.map((i) => i.title)).toEqual([
      'Post WhatsApp replies from a helpdesk',
      'Mention whatsapp in passing',
    ]);
    expect(found.didYouMean).toBe('WhatsApp');
    expect((await listSearchAliases(adminId)).map((a) => a.alias)).toContain('wazzup');

    await deleteSearchAlias(adminId, alias.id);
    expect(await titles('wazzup')).toEqual([]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, alias.id)).orderBy(auditLog.createdAt);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['search_alias.create', adminId],
      ['search_alias.delete', adminId],
    ]);
  });

  it('refuses a second alias with the same folded words as a field error, changing nothing', async () => {
    await createSearchAlias(adminId, { alias: 'g sheets', target: 'Google Sheets' });
    await expect(createSearchAlias(adminId, { alias: 'G  Sheets', target: 'Other' })).rejects.toMatchObject({
      code: 'conflict',
      field: 'alias',
    });
    expect(await db.select().from(searchAliases).where(eq(searchAliases.alias, 'g sheets'))).toHaveLength(1);
  });

  it('refuses shoppers', async () => {
    const shopper = (await createTestUser()).id;
    await expect(createSearchAlias(shopper, { alias: 'x', target: 'Y' })).rejects.toBeTruthy();
    await expect(listSearchAliases(shopper)).rejects.toBeTruthy();
  });
});
