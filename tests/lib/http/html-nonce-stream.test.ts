import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NonceScanner } from '@/lib/http/nonce-scanner';
import { addScriptNonce, joinSlots, nonceAttribute, scriptNonceSlots, sliceAt } from '@/lib/http/html-nonce';

const N = 'AbC123+/xyz=';
const ATTR = Buffer.from(nonceAttribute(N));
const flight = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])';
const turbopack =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

/** `html` fed to one scanner in the pieces `cuts` makes of it (byte offsets), then stamped and joined. */
function streamed(html: Buffer, cuts: number[]): string {
  const scanner = new NonceScanner();
  const out: Buffer[] = [];
  const bounds = [...new Set(cuts)].filter((c) => c > 0 && c < html.length).sort((a, b) => a - b);
  let from = 0;
  for (const to of [...bounds, html.length]) {
    const { bytes, cuts: at } = scanner.push(html.subarray(from, to), false);
    out.push(joinSlots(sliceAt(bytes, at), ATTR));
    from = to;
  }
  const { bytes, cuts: at } = scanner.push(Buffer.alloc(0), true);
  out.push(joinSlots(sliceAt(bytes, at), ATTR));
  return Buffer.concat(out).toString('utf8');
}

/**
 * A page as a prerendered shell looks (no nonce on Next's scripts), with every place the text `<script`
 * or `<link` may appear without being a tag Next emitted: in a comment, an attribute value, raw text
 * elements and another script's body; non-ASCII text too, so a split can fall inside a character.
 */
const shell = [
  '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1p.js"/>',
  '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
  '<script src="/_next/static/chunks/3j.js" async=""></script>',
  '<title>Quy trình &lt;script&gt; — Tự động hoá</title>',
  '<style>.x::after{content:"<script src=\\"/_next/static/chunks/s.js\\"></script>"}</style>',
  '<!-- <script src="/_next/static/chunks/c.js"></script> <link rel="preload" as="script" href="/_next/static/x.js"> -->',
  '</head><body><div title=\'<script src="/_next/static/chunks/t.js"></script>\' data-x="a>b">Xin chào</div>',
  '<textarea><script src="/_next/static/chunks/ta.js"></script></textarea>',
  '<script>var s = "<script src=\'/_next/static/chunks/in.js\'></scr" + "ipt>";</script>',
  `<script id="_R_">${turbopack}</script>`,
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  `<script>${flight}</script>`,
  '<script type="application/ld+json">{"name":"Đồng bộ <\\/script>"}</script>',
  '<SCRIPT src="/_next/static/chunks/up.js" async=""></SCRIPT>',
  '<script>alert(1)</script>',
  '</body></html>',
].join('');

const stamped = shell
  .replace(
    '<link rel="preload" as="script" fetchPriority',
    `<link nonce="${N}" rel="preload" as="script" fetchPriority`,
  )
  .replace('<script src="/_next/static/chunks/3j.js"', `<script nonce="${N}" src="/_next/static/chunks/3j.js"`)
  .replace('<script id="_R_">', `<script nonce="${N}" id="_R_">`)
  .replace('<script>(self.__next_f', `<script nonce="${N}">(self.__next_f`)
  .replace(`<script>${flight}`, `<script nonce="${N}">${flight}`)
  .replace('<SCRIPT src=', `<SCRIPT nonce="${N}" src=`);

describe('NonceScanner: the nonce on the scripts Next emitted, read as a browser reads the HTML', () => {
  it("stamps Next's chunk scripts, script preloads and bootstrap scripts, and nothing that only looks like them", () => {
    expect(addScriptNonce(shell, N)).toBe(stamped);
    // Six stamps: the ones above, no more.
    expect(addScriptNonce(shell, N).split(`nonce="${N}"`)).toHaveLength(7);
  });

  it('leaves a page whose scripts already carry a nonce byte for byte as it is (a page rendered per request)', () => {
    const rendered = stamped.replaceAll(N, 'Zm9yIE5leHQ=');
    expect(addScriptNonce(rendered, N)).toBe(rendered);
    expect(streamed(Buffer.from(rendered), [100, 101, 2000])).toBe(rendered);
  });

  it("reads a script's body with the spec's escape states: `<!--<script>` hides a `</script>`", () => {
    // The browser's script body runs on to the second </script>: not Next's Flight push, so no nonce.
    const html = '<script>self.__next_f.push([1,"<!--<script>"])</script>alert(1)//])</script><p>after</p>';
    expect(addScriptNonce(html, N)).toBe(html);
    // Leaving the double-escaped state (`</script>`, then `-->`) ends the body at the next </script>.
    const closed = `<script>var a = "<!--<script></script>-->";</script><script>${flight}</script>`;
    expect(addScriptNonce(closed, N)).toBe(closed.replace(`<script>${flight}`, `<script nonce="${N}">${flight}`));
  });

  it('stamps the same bytes however the page is split, at any single offset', () => {
    const html = Buffer.from(shell);
    for (let at = 0; at <= html.length; at++) expect(streamed(html, [at])).toBe(stamped);
  });

  it('stamps the same bytes however the page is split into many pieces (property)', () => {
    const html = Buffer.from(shell);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: html.length }), { maxLength: 40 }), (cuts) => {
        expect(streamed(html, cuts)).toBe(stamped);
      }),
      { numRuns: 500 },
    );
  });

  it('streamed and whole give the same page for any mix of markup and any split (property)', () => {
    const pieces = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      `<script>${flight}</script>`,
      '<script nonce="x">self.__next_f.push([0])</script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>',
      '<!--',
      '-->',
      '<!-- <script> -->',
      '<style>',
      '</style>',
      '<script>',
      '</script>',
      '<!--<script>',
      '<div class="a" title=\'"<script>\'>',
      '</div>',
      '<p>Đà Nẵng < 3 </p>',
      '<',
      '>',
      '"',
      '<title>',
      '</title>',
      '<plaintext>',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (parts, offsets) => {
          const html = Buffer.from(parts.join(''));
          const whole = joinSlots(scriptNonceSlots(html), ATTR).toString('utf8');
          expect(
            streamed(
              html,
              offsets.map((o) => o % (html.length + 1)),
            ),
          ).toBe(whole);
          // Only the nonce attribute is ever added.
          expect(whole.replaceAll(ATTR.toString(), '')).toBe(html.toString('utf8'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lets bytes leave at once, holding back only an unfinished tag or one of Next inline scripts', () => {
    const scanner = new NonceScanner();
    const text = scanner.push(Buffer.from('<main><p>Xin chào</p><div class="a'), false);
    expect(text.bytes.toString()).toBe('<main><p>Xin chào</p>');
    const script = scanner.push(Buffer.from('">x</div><script>self.__next_f.push([1,"a'), false);
    expect(script.bytes.toString()).toBe('<div class="a">x</div>');
    const rest = scanner.push(Buffer.from('"])</script><p>'), false);
    expect(joinSlots(sliceAt(rest.bytes, rest.cuts), ATTR).toString()).toBe(
      `<script nonce="${N}">self.__next_f.push([1,"a"])</script><p>`,
    );
  });
});
