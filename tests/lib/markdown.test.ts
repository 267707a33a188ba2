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

  it('keeps relative, http(s) and mailto links, drops other schemes and //host; every link opens apart', () => {
    const html = renderMarkdown(
      '[a](docs/setup) [b](mailto:ops@example.com) [c](//evil.example) [d](data:text/html,x)\n\n<a href="java&#9;script:alert(1)">e</a> <a href="https://ok" target="_self" rel="opener">f</a>',
    );
    expect(html).toContain('<a href="docs/setup" rel="nofollow noopener noreferrer ugc" target="_blank">a</a>');
    expect(html).toContain(
      '<a href="mailto:ops@example.com" rel="nofollow noopener noreferrer ugc" target="_blank">b</a>',
    );
    expect(html).not.toMatch(/evil\.example|data:|script:|_self|opener"/);
    expect(html).toContain('<a href="https://ok" rel="nofollow noopener noreferrer ugc" target="_blank">f</a>');
  });

  it('keeps a link to a path of the shop in the tab for the shop’s own texts (sameSiteLinks), no other', () => {
    const source = '[terms](/terms) [docs](docs/setup) [c](https://n8n.io) [m](mailto:a@b.vn) [x](/\\evil.example)';
    const html = renderMarkdown(source, { sameSiteLinks: true });
    expect(html).toContain('<a href="/terms">terms</a>');
    for (const href of ['docs/setup', 'https://n8n.io', 'mailto:a@b.vn']) {
      expect(html).toContain(`<a href="${href}" rel="nofollow noopener noreferrer ugc" target="_blank">`);
    }
    expect(html).not.toMatch(/href="\/\\/);
    expect(renderMarkdown(source)).toContain(
      '<a href="/terms" rel="nofollow noopener noreferrer ugc" target="_blank">',
    );
  });

  it('puts a text shown under its own heading below it (headingsFrom), keeping the distances, at most h6', () => {
    const html = renderMarkdown('### Added\n\n- one\n\n#### Details\n\n##### Deep\n\n###### Deeper', {
      headingsFrom: 4,
    });
    expect(html).toContain('<h4>Added</h4>');
    expect(html).toContain('<h5>Details</h5>');
    expect(html).toContain('<h6>Deep</h6>');
    expect(html).toContain('<h6>Deeper</h6>');
    expect(renderMarkdown('### Added')).toContain('<h3>Added</h3>');
  });

  it('turns h1 into h2 and drops tags outside the list with the content of script-like ones', () => {
    const html = renderMarkdown(
      '# Top\n\n<h1 class="x">Raw</h1>\n\n<div onclick="x">kept text</div><style>body{}</style><textarea>gone</textarea>',
    );
    expect(html).toContain('<h2>Top</h2>');
    expect(html).toContain('<h2>Raw</h2>');
    expect(html).toContain('kept text');
    expect(html).not.toMatch(/<h1|<div|onclick|body\{|gone/);
  });
});
