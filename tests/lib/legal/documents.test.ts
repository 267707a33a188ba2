/**
 * The shop's legal texts (content/legal): placeholders filled from the configuration, an unknown or broken
 * placeholder an error (never shown to customers), and every shipped text renders with what it needs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LEGAL_DOCUMENTS,
  fillPlaceholders,
  legalContentDir,
  legalDocument,
  legalPlaceholders,
  renderLegalDocument,
} from '@/lib/legal/documents';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const VALUES = { shopName: 'Cửa hàng Thử', taxCode: '0312345678' };

describe('fillPlaceholders', () => {
  it('fills every known placeholder, with or without spaces inside the braces', () => {
    expect(fillPlaceholders('{{shopName}} · MST {{ taxCode }} · {{shopName}}', VALUES)).toBe(
      'Cửa hàng Thử · MST 0312345678 · Cửa hàng Thử',
    );
  });

  it('fails on an unknown placeholder, naming it, the file and the known ones', () => {
    expect(() => fillPlaceholders('Sold by {{companyName}} ({{taxCode}})', VALUES, { file: 'terms.md' })).toThrow(
      'terms.md: unknown placeholder {{companyName}}; the known ones are {{shopName}}, {{taxCode}}.',
    );
  });

  it('fails on a placeholder with a brace too few', () => {
    expect(() => fillPlaceholders('a\nMST {{taxCode}', VALUES, { file: 'about.md' })).toThrow(
      'about.md: line 2 has an unclosed placeholder ("{{")',
    );
    expect(() => fillPlaceholders('MST {taxCode}}', VALUES)).toThrow(/unclosed placeholder \("\}\}"\)/);
  });
});

describe('renderLegalDocument', () => {
  const source = (body: string) =>
    `---\ntitle: Terms of {{shopName}}\ndescription: Sold by {{legalName}}.\nupdated: 2026-11-27\n---\n${body}`;
  const values = { shopName: 'Shop', legalName: 'A_B *Co* <b>', supportEmail: 'help_desk@shop.vn' };

  it('fills the front matter as text and the body as Markdown, with configured values shown literally', () => {
    const doc = renderLegalDocument(
      'terms',
      source('By **{{legalName}}**, [mail](mailto:{{supportEmail}}), [Refunds](/refund-policy)'),
      values,
    );
    expect(doc).toMatchObject({
      path: '/terms',
      title: 'Terms of Shop',
      description: 'Sold by A_B *Co* <b>.',
      updated: '2026-11-27',
    });
    expect(doc.html).toContain('<strong>A_B *Co* &lt;b&gt;</strong>');
    expect(doc.html).toContain('href="mailto:help_desk@shop.vn"');
    expect(doc.html).toContain('<a href="/refund-policy">Refunds</a>');
  });

  it('fails without front matter or with an unknown placeholder in it', () => {
    expect(() => renderLegalDocument('about', '# About', values, 'about.md')).toThrow(
      /about\.md: starts without its front matter/,
    );
    expect(() => renderLegalDocument('terms', source('{{taxCode}}'), values, 'terms.md')).toThrow(
      /terms\.md: unknown placeholder \{\{taxCode\}\}/,
    );
  });
});

describe('the texts in content/legal/en', () => {
  it.each(LEGAL_DOCUMENTS)('%s uses only known placeholders and shows the configured seller', (name) => {
    vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Thử Nghiệm');
    vi.stubEnv('SHOP_TAX_CODE', '0312345678-001');
    vi.stubEnv('SHOP_SUPPORT_EMAIL', 'hotro@thu.vn');
    const doc = legalDocument(name);
    const raw = readFileSync(path.join(legalContentDir(), 'en', `${name}.md`), 'utf8');
    expect(doc.path).toBe(`/${name}`);
    expect(doc.html).not.toMatch(/\{\{|\}\}/);
    // Every placeholder the file uses comes out as its configured value.
    for (const [key, value] of Object.entries(legalPlaceholders())) {
      if (raw.includes(`{{${key}}}`)) expect(`${doc.title} ${doc.description} ${doc.html}`).toContain(value);
    }
  });

  it('name the seller, its tax code and address on About, and the governing law in the Terms', () => {
    vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Thử Nghiệm');
    vi.stubEnv('SHOP_TAX_CODE', '0312345678');
    vi.stubEnv('SHOP_ADDRESS', '12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh');
    const about = legalDocument('about').html;
    expect(about).toContain('<td>Công ty TNHH Thử Nghiệm</td>');
    expect(about).toContain('<td>0312345678</td>');
    expect(about).toContain('<td>12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh</td>');
    expect(legalDocument('terms').html).toContain('<strong>law of Vietnam</strong>');
    expect(legalDocument('privacy').html).toContain('Decree 13/2023/ND-CP');
  });
});

describe('legalDocument kept between requests', () => {
  it('gives the same rendered text again without rendering it anew, and renders again when the configuration changes', () => {
    vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Một');
    const first = legalDocument('about', 'vi');
    expect(legalDocument('about', 'vi')).toBe(first);
    expect(first.html).toContain('Công ty TNHH Một');
    vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Hai');
    const changed = legalDocument('about', 'vi');
    expect(changed.html).toContain('Công ty TNHH Hai');
    expect(changed.html).not.toContain('Công ty TNHH Một');
  });
});

describe('the texts in content/legal/vi', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
  const links = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

  it.each(LEGAL_DOCUMENTS)(
    '%s exists in Vietnamese, with the English placeholders, its links to the shop in Vietnamese',
    (name) => {
      vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Thử Nghiệm');
      vi.stubEnv('SHOP_TAX_CODE', '0312345678-001');
      const raw = (locale: string) => readFileSync(path.join(legalContentDir(), locale, `${name}.md`), 'utf8');
      expect(placeholders(raw('vi'))).toEqual(placeholders(raw('en')));
      const doc = legalDocument(name, 'vi');
      const english = legalDocument(name, 'en');
      expect(doc).toMatchObject({ path: `/${name}`, locale: 'vi' });
      expect(doc.title).not.toBe(english.title);
      expect(doc.html).not.toMatch(/\{\{|\}\}/);
      // The same links as the English text, each page of the shop under /vi.
      expect(links(doc.html)).toEqual(links(english.html).map((href) => (href.startsWith('/') ? `/vi${href}` : href)));
    },
  );

  it('say the Terms are governed by Vietnamese law and name the decree in the Privacy policy', () => {
    expect(legalDocument('terms', 'vi').title).toBe('Điều khoản dịch vụ');
    expect(legalDocument('terms', 'vi').html).toContain('<strong>pháp luật Việt Nam</strong>');
    expect(legalDocument('privacy', 'vi').html).toContain('Nghị định 13/2023/NĐ-CP');
  });

  it("fall back to the English text, marked English, with links in the reader's language, when one is missing", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'legal-'));
    try {
      cpSync(path.join(legalContentDir(), 'en'), path.join(root, 'content', 'legal', 'en'), { recursive: true });
      vi.spyOn(process, 'cwd').mockReturnValue(root);
      const doc = legalDocument('about', 'vi');
      expect(doc).toMatchObject({ locale: 'en', title: 'About us' });
      expect(doc.html).toContain('<a href="/vi/contact">contact form</a>');
      expect(legalDocument('about', 'en').html).toContain('<a href="/contact">contact form</a>');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
