import { describe, expect, it } from 'vitest';
import { escapeHtml, renderEmail } from '@/lib/mail/render';

describe('email rendering', () => {
  it('escapes user content in the HTML body and keeps it as written in the text body', () => {
    const email = renderEmail({
      greeting: 'Hello <script>alert(1)</script>,',
      paragraphs: ['Tom & "Jerry"'],
      action: { label: 'Open', url: 'https://shop.example/reset?token=a&b=c' },
      quote: '<img src=x onerror=alert(1)>',
    });
    expect(email.text).toContain('Hello <script>alert(1)</script>,');
    expect(email.text).toContain('Open: https://shop.example/reset?token=a&b=c');
    expect(email.text).toContain('> <img src=x onerror=alert(1)>');
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('Tom &amp; &quot;Jerry&quot;');
    expect(email.html).toContain('href="https://shop.example/reset?token=a&amp;b=c"');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;');
  });
});
