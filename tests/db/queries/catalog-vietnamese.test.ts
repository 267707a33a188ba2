import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, queryRows } from '@/db';
import { updateCategory } from '@/db/queries/admin/categories';
import { getCategoryBySlug } from '@/db/queries/catalog/categories';
import { getWorkflowBySlug } from '@/db/queries/catalog/get-workflow';
import { getHomeData } from '@/db/queries/catalog/home';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { categories, workflows } from '@/db/schema';
import { parseCatalogSearch } from '@/lib/validations/catalog';
import { localizedCategory, localizedWorkflow } from '@/lib/workflows/localized';
import { createTestCategory, createTestUser, createTestWorkflow } from '../../helpers/factories';

const titles = async (q: string) => (await searchWorkflows(parseCatalogSearch({ q }))).items.map((i) => i.title);

describe('Vietnamese workflow and category texts (issue 14)', () => {
  let categoryId: string;
  beforeAll(async () => {
    categoryId = (await createTestCategory('Finance & Accounting')).id;
    await db
      .update(categories)
      .set({ nameVi: 'Tài chính & Kế toán', descriptionVi: 'Hóa đơn và đối soát.' })
      .where(eq(categories.id, categoryId));
    await createTestWorkflow({
      title: 'Monthly payment reminders by email',
      slug: 'monthly-payment-reminders',
      shortDescription: 'Polite reminder emails for overdue bills.',
      description: 'Sends a reminder for every overdue bill.',
      titleVi: 'Nhắc lịch hẹn thanh toán hằng tháng qua Zalo',
      shortDescriptionVi: 'Gửi tin nhắn nhắc khách thanh toán hóa đơn quá hạn.',
      descriptionVi: 'Mỗi sáng thứ Hai, quy trình gửi lời nhắc cho từng hóa đơn quá hạn.',
      categoryIds: [categoryId],
    });
    await createTestWorkflow({ title: 'Slack digest of new orders', slug: 'slack-digest', categoryIds: [categoryId] });
  });

  it('returns both languages to the workflow page, the cards and the category page, and picks the reader’s', async () => {
    const detail = await getWorkflowBySlug('monthly-payment-reminders');
    expect(detail).toMatchObject({
      title: 'Monthly payment reminders by email',
      titleVi: 'Nhắc lịch hẹn thanh toán hằng tháng qua Zalo',
      descriptionVi: 'Mỗi sáng thứ Hai, quy trình gửi lời nhắc cho từng hóa đơn quá hạn.',
      categories: [{ name: 'Finance & Accounting', nameVi: 'Tài chính & Kế toán' }],
    });
    const vi = localizedWorkflow(detail!, 'vi');
    expect(vi).toMatchObject({
      title: 'Nhắc lịch hẹn thanh toán hằng tháng qua Zalo',
      shortDescription: 'Gửi tin nhắn nhắc khách thanh toán hóa đơn quá hạn.',
      description: 'Mỗi sáng thứ Hai, quy trình gửi lời nhắc cho từng hóa đơn quá hạn.',
      lang: 'vi',
      categories: [{ name: 'Tài chính & Kế toán' }],
    });
    expect(localizedWorkflow(detail!, 'en').title).toBe('Monthly payment reminders by email');

    const home = await getHomeData();
    const card = home.newest.find((c) => c.slug === 'monthly-payment-reminders');
    expect(card).toMatchObject({ titleVi: 'Nhắc lịch hẹn thanh toán hằng tháng qua Zalo' });
    expect(card?.categories[0]).toMatchObject({ nameVi: 'Tài chính & Kế toán' });
    // No Vietnamese version: the Vietnamese reader sees the English text.
    const english = home.newest.find((c) => c.slug === 'slack-digest')!;
    expect(localizedWorkflow(english, 'vi')).toMatchObject({ title: 'Slack digest of new orders', lang: 'en' });
    expect(home.categories.find((c) => c.id === categoryId)).toMatchObject({ nameVi: 'Tài chính & Kế toán' });

    const category = await getCategoryBySlug((await getWorkflowBySlug('slack-digest'))!.categories[0]!.slug);
    expect(localizedCategory(category!, 'vi')).toMatchObject({
      name: 'Tài chính & Kế toán',
      description: 'Hóa đơn và đối soát.',
    });
  });

  it('finds a workflow by its Vietnamese text, with or without accents, and ranks it by its Vietnamese title', async () => {
    for (const q of ['nhắc lịch hẹn', 'nhac lich hen', 'hoá đơn quá hạn', 'hoa don qua han', 'Nhắc lich hen ZALO']) {
      expect(await titles(q), q).toEqual(['Monthly payment reminders by email']);
    }
    // The English text still finds it.
    expect(await titles('payment reminders')).toEqual(['Monthly payment reminders by email']);
  });

  it('keeps search in step when the Vietnamese title changes, and puts its words in the typo dictionary', async () => {
    await db
      .update(workflows)
      .set({ titleVi: 'Đồng bộ đơn hàng Haravan sang Google Sheets' })
      .where(eq(workflows.slug, 'slack-digest'));
    expect(await titles('haravan')).toEqual(['Slack digest of new orders']);
    expect(await titles('đồng bộ đơn hàng')).toContain('Slack digest of new orders');
    const terms = await queryRows<{ term: string }>(
      db,
      sql`select term from search_terms where term in ('haravan', 'đồng', 'dong') order by term`,
    );
    expect(terms.map((t) => t.term)).toEqual(['dong', 'haravan', 'đồng']);
    // One typo in a word of 7 letters, through the dictionary the Vietnamese title fed.
    expect(await titles('haravna')).toEqual(['Slack digest of new orders']);
    // Removing the Vietnamese version removes its words from the search.
    await db.update(workflows).set({ titleVi: null }).where(eq(workflows.slug, 'slack-digest'));
    expect(await titles('haravan')).toEqual([]);
  });

  it('stores and clears a category’s Vietnamese name through the admin update', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const { id, slug } = await createTestCategory('Customer Support');
    await updateCategory(admin.id, id, {
      name: 'Customer Support',
      slug,
      description: '',
      nameVi: 'Chăm sóc khách hàng',
      descriptionVi: null,
    });
    expect(await getCategoryBySlug(slug)).toMatchObject({ nameVi: 'Chăm sóc khách hàng', descriptionVi: null });
    await updateCategory(admin.id, id, { name: 'Customer Support', slug, description: '', nameVi: null });
    expect(await getCategoryBySlug(slug)).toMatchObject({ nameVi: null });
  });
});
