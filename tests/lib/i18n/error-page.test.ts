/**
 * The page shown when a page fails to render (app/[locale]/error.tsx) reads in the page's language: it
 * was English on /vi pages.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

const params = vi.hoisted((): { locale?: string } => ({ locale: 'vi' }));
vi.mock('next/navigation', () => ({ useParams: () => params }));

const { default: ErrorPage } = await import('@/app/[locale]/error');

function render(locale: string | undefined, digest?: string): string {
  params.locale = locale;
  const error = Object.assign(new Error('boom'), digest ? { digest } : {});
  return renderToStaticMarkup(createElement(ErrorPage, { error, reset: () => undefined }));
}

describe('the error page', () => {
  it('is Vietnamese on a Vietnamese page, with the reference to quote', () => {
    const html = render('vi', '12345');
    expect(html).toContain('<h1 class="text-3xl font-semibold">Đã có lỗi xảy ra</h1>');
    expect(html).toContain('Chúng tôi không tải được trang này. Vui lòng thử lại.');
    expect(html).toContain('Mã tham chiếu để được hỗ trợ: <code class="font-mono">12345</code>');
    expect(html).toContain('>Thử lại</button>');
  });

  it('is English on an English page', () => {
    const html = render('en');
    expect(html).toContain('Something went wrong');
    expect(html).toContain('We could not load this page. Please try again.');
    expect(html).toContain('>Try again</button>');
  });
});
