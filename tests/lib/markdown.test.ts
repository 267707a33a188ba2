import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and links', () => {
    const html = renderMarkdown('Intro **bold**\n\n## How it works\n\n- one\n- two\n\n[docs](https://n8n.io)');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<h2>How it works</h2>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://n8n.io" rel="nofollow noopener noreferrer ugc" target="_blank">docs</a>');
  });

  it('removes raw HTML, scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3)) <iframe src="https://evil"></iframe>\n\n<a href="https://ok" onclick="alert(4)">ok</a>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img/i);
    expect(html).toContain('href="https://ok"');
  });
});
