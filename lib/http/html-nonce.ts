/**
 * Puts a response's CSP nonce (the one in that response's Content-Security-Policy) on the scripts Next itself
 * emitted into HTML that carries none: the anonymous variant's cached pages (generated without a nonce: a
 * nonce in shared HTML would be the same for everybody) and, with Partial Prerendering, the prerendered shell
 * of a personal page. It stamps these, and nothing else:
 *   - `<script src="/_next/static/…">` and `<link rel="preload" as="script" href="/_next/static/…">`
 *     (Next's own chunks, served by this origin);
 *   - inline scripts whose whole body is Next's bootstrap: `(self.__next_f=self.__next_f||[]).push([0])`,
 *     `self.__next_f.push(<JSON array>)` (the Flight data) and, with or without id `_R_`, the Turbopack runtime's
 *     `(globalThis["TURBOPACK"] || …).push(<JSON object>);`; the JSON is parsed, so nothing else can ride along.
 *     (With Cache Components on, Next 16.4.6 moves `id="_R_"` from that inline script to the runtime chunk's
 *     `<script src="/_next/static/…" id="_R_" async="">`.)
 * A script anybody managed to inject into the page (or any other inline script) gets no nonce, and the
 * policy refuses to run it, as on every other page. Data blocks (`application/ld+json`) need none, and a tag
 * that already carries a nonce (a page rendered per request: Next put its own) is left as it is.
 *
 * One implementation for both paths: NonceScanner (lib/http/nonce-scanner.ts, with the rules of lib/http/next-scripts.ts) reads the HTML as the browser's tokenizer does (tags and
 * their quoted attribute values, comments, the raw text of <style>, <textarea>, <title>…, and a script's body
 * with the HTML spec's script-data escape states), so text that merely looks like `<script` (inside a script's
 * body, a comment or an attribute value) is never touched. It works on bytes as they arrive, holding back only
 * what it cannot decide yet (an unfinished tag, or a candidate script until its `</script>`); scriptNonceSlots()
 * runs it over a whole cached page, addScriptNonce() over a string, and lib/http/variant-response.ts over a
 * streamed response.
 *
 * Pure code, no Node or Next imports beyond Buffer: scripts/serve.ts and the unit tests load it as is.
 */
import { NonceScanner } from './nonce-scanner';

/** The attribute inserted at each cut. The nonce is base64 (no quotes, no `<`). */
export function nonceAttribute(nonce: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new Error('A CSP nonce is base64.');
  return ` nonce="${nonce}"`;
}

/**
 * `html` cut where Next's own scripts (see above) take a nonce: joining the parts with nonceAttribute()
 * gives the page with that nonce. The cut is the same for every response of one cached page, so
 * scripts/serve.ts keeps it and pays only for the join.
 */
export function scriptNonceSlots(html: Buffer): Buffer[] {
  const { bytes, cuts } = new NonceScanner().push(html, true);
  return sliceAt(bytes, cuts);
}

export function sliceAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(bytes.subarray(from, cut));
    from = cut;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

/** `parts` joined with `attribute` between them, in one buffer. */
export function joinSlots(parts: Buffer[], attribute: Buffer): Buffer {
  if (parts.length === 1) return parts[0]!;
  const pieces: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) pieces.push(attribute);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}

/** `html` with `nonce` on Next's own scripts (see above). */
export function addScriptNonce(html: string, nonce: string): string {
  const attribute = Buffer.from(nonceAttribute(nonce));
  return joinSlots(scriptNonceSlots(Buffer.from(html)), attribute).toString('utf8');
}
