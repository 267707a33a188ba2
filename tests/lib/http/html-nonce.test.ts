import { describe, expect, it } from 'vitest';
import { addScriptNonce } from '@/lib/http/html-nonce';

const N = 'AbC123+/xyz=';
const flight = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])';
const turbopack =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

describe('addScriptNonce: the nonce goes on the scripts Next emitted, and on nothing else', () => {
  it("puts the nonce on Next's chunk scripts, script preloads and bootstrap scripts", () => {
    const html =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1p.js"/>' +
      '<script src="/_next/static/chunks/3j.js" async=""></script>' +
      '<script src="/_next/static/chunks/0c.js" noModule=""></script>' +
      `<script id="_R_">${turbopack}</script>` +
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
      `<script>${flight}</script>`;
    const out = addScriptNonce(html, N);
    expect(out.match(/<script nonce="AbC123\+\/xyz="/g)).toHaveLength(5);
    expect(out).toContain(
      `<link nonce="${N}" rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1p.js"/>`,
    );
    expect(out).toContain(`<script nonce="${N}">${flight}</script>`);
  });

  it('stamps the shapes Next 16.4.6 emits with Cache Components on: id="_R_" on the runtime chunk, none on the Turbopack push', () => {
    // As in a prerendered page of that build (.next/server/app/en/public-view/about.html).
    const html =
      '<script src="/_next/static/chunks/0a1b.js" id="_R_" async=""></script>' +
      `<script>${turbopack}</script>` +
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>';
    const out = addScriptNonce(html, N);
    expect(out).toBe(
      `<script nonce="${N}" src="/_next/static/chunks/0a1b.js" id="_R_" async=""></script>` +
        `<script nonce="${N}">${turbopack}</script>` +
        `<script nonce="${N}">(self.__next_f=self.__next_f||[]).push([0])</script>`,
    );
  });

  it('leaves injected or foreign scripts without it, so the policy refuses them', () => {
    const injected = [
      '<script>alert(1)</script>',
      '<script src="/media/evil.js"></script>',
      '<script src="https://evil.example/_next/static/x.js"></script>',
      '<script src="/_next/static/x.js" onload="alert(1)"></script>',
      // Shaped like the Flight push, but not JSON: code after the array.
      '<script>self.__next_f.push([1,"a"]);alert(1)//])</script>',
      '<script>self.__next_f.push([alert(1)])</script>',
      `<script id="other">${turbopack}</script>`,
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1))</script>',
      '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1});alert(1)</script>',
      '<script src="/_next/static/x.js" id="other"></script>',
      '<link rel="preload" as="script" href="https://evil.example/x.js"/>',
    ];
    for (const html of injected) expect(addScriptNonce(html, N)).toBe(html);
  });

  it('keeps data blocks and scripts that already carry a nonce as they are', () => {
    const html =
      '<script type="application/ld+json">{"a":1}</script><script nonce="old">self.__next_f.push([0])</script>';
    expect(addScriptNonce(html, N)).toBe(html);
  });

  it('refuses a nonce that could break out of the attribute', () => {
    expect(() => addScriptNonce('<p></p>', '"><script>')).toThrow();
  });
});
