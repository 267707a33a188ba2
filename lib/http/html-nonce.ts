/**
 * The anonymous variant's pages are cached HTML, generated without a nonce (a nonce in shared HTML would
 * be the same for everybody). scripts/serve.ts puts each response's fresh nonce, the one in that
 * response's Content-Security-Policy, on the scripts Next itself emitted, and on nothing else:
 *   - `<script src="/_next/static/…">` and `<link rel="preload" as="script" href="/_next/static/…">`
 *     (Next's own chunks, served by this origin);
 *   - inline scripts whose whole body is Next's bootstrap: `(self.__next_f=self.__next_f||[]).push([0])`,
 *     `self.__next_f.push(<JSON array>)` (the Flight data) and, with id `_R_`, the Turbopack runtime's
 *     `(globalThis["TURBOPACK"] || …).push(<JSON object>);`; the JSON is parsed, so nothing else can ride along.
 * A script anybody managed to inject into the page (or any other inline script) gets no nonce, and the
 * policy refuses to run it, as on every other page. Data blocks (`application/ld+json`) need none.
 *
 * Pure code, no Node or Next imports: scripts/serve.ts and the unit tests load it as is.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const PRELOAD = /<link\b([^>]*)>/gi;
const NEXT_CHUNK_SRC =
  /^\s+(?:src="\/_next\/static\/[^"<>\s]+"|async=""|noModule=""|fetchPriority="[a-z]+"|crossorigin=""|crossOrigin=""|integrity="[A-Za-z0-9+/=-]+")(?:\s+(?:src="\/_next\/static\/[^"<>\s]+"|async=""|noModule=""|fetchPriority="[a-z]+"|crossorigin=""|crossOrigin=""|integrity="[A-Za-z0-9+/=-]+"))*\s*$/;
const FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PUSH = /^self\.__next_f\.push\((\[[\s\S]*\])\)$/;
const TURBOPACK = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isNextInlineScript(attrs: string, body: string): boolean {
  const id = attrs.trim();
  if (id === '') return body === FLIGHT_INIT || (FLIGHT_PUSH.test(body) && isJson(FLIGHT_PUSH.exec(body)![1]!));
  if (id === 'id="_R_"') return TURBOPACK.test(body) && isJson(TURBOPACK.exec(body)![1]!);
  return false;
}

/**
 * `html` cut where Next's own scripts (see above) take a nonce: joining the parts with
 * ` nonce="<nonce>"` gives the page with that nonce. The cut is the same for every response of one
 * cached page, so scripts/serve.ts keeps it and pays only for the join.
 */
export function scriptNonceSlots(html: string): string[] {
  const cuts: number[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    const [, attrs = '', body = ''] = m;
    if (/\bnonce=/i.test(attrs)) continue;
    if (body === '' ? NEXT_CHUNK_SRC.test(attrs) : isNextInlineScript(attrs, body))
      cuts.push(m.index + '<script'.length);
  }
  for (const m of html.matchAll(PRELOAD)) {
    const [, attrs = ''] = m;
    if (/\bnonce=/i.test(attrs) || !/\brel="preload"/.test(attrs) || !/\bas="script"/.test(attrs)) continue;
    if (/\bhref="\/_next\/static\/[^"<>\s]+"/.test(attrs)) cuts.push(m.index + '<link'.length);
  }
  cuts.sort((x, y) => x - y);
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(html.slice(from, cut));
    from = cut;
  }
  parts.push(html.slice(from));
  return parts;
}

/** The attribute joined between the parts of scriptNonceSlots(). The nonce is base64 (no quotes, no `<`). */
export function nonceAttribute(nonce: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new Error('A CSP nonce is base64.');
  return ` nonce="${nonce}"`;
}

/** `html` with `nonce` on Next's own scripts (see above). */
export function addScriptNonce(html: string, nonce: string): string {
  return scriptNonceSlots(html).join(nonceAttribute(nonce));
}
