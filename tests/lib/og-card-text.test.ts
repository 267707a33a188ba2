/**
 * Issue 14: the Open Graph cards speak the page's language. A Vietnamese page's card is drawn from the
 * Vietnamese words (messages/vi/og.json, the workflow's or category's Vietnamese title and description,
 * English where it has none) and lives at its own URL (lib/og/meta.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { categoryCardText, homeCardText, workflowCardText } from '@/lib/og/card-text';
import { ogCardLocale, ogImagePath, OG_PREFIXED_LOCALES } from '@/lib/og/meta';
import en from '@/messages/en/og.json';
import vi_ from '@/messages/vi/og.json';

vi.mock('next-intl/server', () => import('@/tests/helpers/next-intl-server'));

const workflow = {
  title: 'Send invoices automatically',
  titleVi: 'Gửi hoá đơn tự động',
  shortDescription: 'Creates and mails an invoice for every paid order.',
  shortDescriptionVi: 'Tạo và gửi hoá đơn cho mỗi đơn hàng đã thanh toán.',
  categories: [
    { name: 'Finance', nameVi: 'Tài chính' },
    { name: 'E-commerce', nameVi: null },
  ],
};

const category = {
  name: 'Finance',
  nameVi: 'Tài chính',
  description: 'Invoices, payments and bookkeeping.',
  descriptionVi: 'Hoá đơn, thanh toán và sổ sách.',
};

describe('the card of the home page and the catalog', () => {
  it('is in Vietnamese for a Vietnamese page, from messages/vi/og.json', async () => {
    const card = await homeCardText('vi');
    expect(card).toEqual({
      eyebrow: vi_.homeEyebrow,
      title: vi_.homeTitle,
      description: vi_.homeDescription,
      alt: `${vi_.homeEyebrow}: ${vi_.homeTitle}`,
    });
    expect(card.title).toBe('Quy trình tự động hóa, nhập vào là chạy.');
  });

  it('is in English for an English page', async () => {
    const card = await homeCardText('en');
    expect(card.title).toBe(en.homeTitle);
    expect(card.eyebrow).toBe(en.homeEyebrow);
    expect(card.description).toBe(en.homeDescription);
  });
});

describe('a workflow’s card', () => {
  it('shows its Vietnamese title, short description and category names on a Vietnamese page', async () => {
    const card = await workflowCardText(workflow, 'vi');
    expect(card.title).toBe('Gửi hoá đơn tự động');
    expect(card.description).toBe('Tạo và gửi hoá đơn cho mỗi đơn hàng đã thanh toán.');
    // A category without a Vietnamese name keeps its English one.
    expect(card.eyebrow).toBe('Quy trình n8n · Tài chính · E-commerce');
    expect(card.alt).toBe('Quy trình n8n: Gửi hoá đơn tự động');
  });

  it('falls back to English, field by field, where the workflow has no Vietnamese', async () => {
    const card = await workflowCardText({ ...workflow, titleVi: null, shortDescriptionVi: '  ' }, 'vi');
    expect(card.title).toBe('Send invoices automatically');
    expect(card.description).toBe('Creates and mails an invoice for every paid order.');
    expect(card.eyebrow.startsWith('Quy trình n8n')).toBe(true);
  });

  it('is all English on an English page', async () => {
    const card = await workflowCardText(workflow, 'en');
    expect(card).toEqual({
      eyebrow: 'n8n workflow · Finance · E-commerce',
      title: 'Send invoices automatically',
      description: 'Creates and mails an invoice for every paid order.',
      alt: 'n8n workflow: Send invoices automatically',
    });
  });
});

describe('a category’s card', () => {
  it('shows its Vietnamese name and description on a Vietnamese page', async () => {
    expect(await categoryCardText(category, 'vi')).toEqual({
      eyebrow: 'Danh mục quy trình',
      title: 'Quy trình Tài chính',
      description: 'Hoá đơn, thanh toán và sổ sách.',
      alt: 'Danh mục quy trình: Quy trình Tài chính',
    });
  });

  it('is English on an English page, without a description line when there is none', async () => {
    const card = await categoryCardText({ ...category, description: '', descriptionVi: null }, 'en');
    expect(card).toEqual({
      eyebrow: 'Workflow category',
      title: 'Finance workflows',
      description: undefined,
      alt: 'Workflow category: Finance workflows',
    });
  });
});

describe('the cards’ URLs (lib/og/meta.ts)', () => {
  it('keeps English at the paths it always had and puts Vietnamese under /og/vi', () => {
    expect(ogImagePath.home('en')).toBe('/og/opengraph-image');
    expect(ogImagePath.home('vi')).toBe('/og/vi/opengraph-image');
    expect(ogImagePath.workflow('x', 'en')).toBe('/workflows/x/opengraph-image');
    expect(ogImagePath.workflow('x', 'vi')).toBe('/og/vi/workflows/x/opengraph-image');
    expect(ogImagePath.category('y', 'en')).toBe('/categories/y/opengraph-image');
    expect(ogImagePath.category('y', 'vi')).toBe('/og/vi/categories/y/opengraph-image');
  });

  it('answers app/og/[locale] for the other languages only, so no card has two URLs', () => {
    expect(OG_PREFIXED_LOCALES).toEqual(['vi']);
    expect(ogCardLocale('vi')).toBe('vi');
    expect(ogCardLocale('en')).toBeNull();
    expect(ogCardLocale('fr')).toBeNull();
  });
});
