/**
 * What scripts/serve.ts does to an HTML page response on its way out, before compression: the scripts Next
 * emitted get the response's CSP nonce (lib/http/html-nonce.ts) if they carry none.
 *
 *   - The anonymous page variant (proxy.ts marks it with VARIANT_CSP_HEADER, carrying the response's
 *     policy): the policy is sent, and the page may then be kept by the browser only (it differs per
 *     response, so no ETag and no shared cache); every such response varies on Cookie, since the cookie chose
 *     the variant. Its cached HTML arrives whole (one `end()`): the cut of each page is kept, so a response
 *     pays only for joining the parts with its nonce, and gets its exact Content-Length.
 *   - Every other HTML page with a nonce in its Content-Security-Policy (proxy.ts, the personal pages) is
 *     stamped as Next streams it: each write leaves at once, less what cannot be decided yet (an unfinished
 *     tag, or one of Next's inline scripts until its `</script>`), so a prerendered shell (Partial
 *     Prerendering: no nonce in it) flushes before the dynamic holes resolve. Tags that already carry a nonce
 *     are left as they are, and a page whose first script carries this response's nonce (rendered per request:
 *     Next put it on all of its scripts, renderedHere) is not scanned at all. A streamed page's length may
 *     change, so its Content-Length (and an ETag, which would name other bytes) is dropped.
 *   - Anything else (Flight `text/x-component`, JSON, images, files, 304s) passes untouched.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { joinSlots, nonceAttribute, scriptNonceSlots, sliceAt } from './html-nonce';
import { NonceScanner } from './nonce-scanner';
import { isNotFoundPage } from './page-status';
import { VARIANT_CSP_HEADER, nonceOfPolicy } from './security-headers';

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string'
    ? Buffer.from(chunk, encoding)
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/**
 * The cut of each cached page (scriptNonceSlots), by a hash of its HTML: finding the scripts costs about
 * a millisecond for a catalog page, joining the parts with a nonce a few microseconds. At most
 * SLOT_CACHE_SIZE pages are kept; the oldest goes first.
 */
const SLOT_CACHE_SIZE = 500;
type Page = { slots: Buffer[]; notFound: boolean };
const slotCache = new Map<string, Page>();

/** The cut of a cached page, and whether it is a not-found page (lib/http/page-status.ts). */
function pageOf(body: Buffer, etag: string | null): Page {
  // Next's ETag is a hash of the body it sends; without one, our own.
  const key = etag ?? createHash('sha1').update(body).digest('base64');
  let page = slotCache.get(key);
  if (!page) {
    // A copy: the parts outlive the response whose buffer they would otherwise point into.
    page = { slots: scriptNonceSlots(Buffer.from(body)), notFound: isNotFoundPage(body.toString('utf8')) };
    if (slotCache.size >= SLOT_CACHE_SIZE) slotCache.delete(slotCache.keys().next().value!);
    slotCache.set(key, page);
  }
  return page;
}

function addVary(res: ServerResponse, value: string) {
  const current = res.getHeader('vary');
  const list = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim());
  if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) {
    res.setHeader('vary', [...list.filter(Boolean), value].join(', '));
  }
}

/**
 * Whether `html`, the first bytes of a page that is not the cached anonymous variant, was rendered for this
 * response: its first `<script` tag already carries this response's nonce (`attribute`). Then Next rendered
 * the whole page here (proxy.ts gave the renderer the nonce) and put it on every script itself, and scanning
 * it (about a millisecond of the server's one thread for a catalog page) would find nothing to stamp. The
 * nonce is new for every response, so HTML made before it (a cached page, a prerendered shell, whatever is
 * resumed after it) cannot carry it on its first script. Null while the first script tag has not arrived
 * whole; a page without one is scanned as before.
 */
export function renderedHere(html: Buffer, attribute: Buffer): boolean | null {
  const at = html.indexOf('<script');
  if (at < 0) return null;
  const end = html.indexOf('>', at);
  if (end < 0) return null;
  return html.subarray(at, end).includes(attribute);
}

/** Wraps `res` so an HTML page leaves with its nonce on Next's scripts; other responses pass untouched. */
export function nonceHtmlResponses(req: IncomingMessage, res: ServerResponse): void {
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, cb?: () => void) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let decided = false;
  let variant = false;
  /** The nonce attribute, when this response is HTML to stamp. */
  let attribute: Buffer | null = null;
  let etag: string | null = null;
  /** Set once the body is streamed (a write, or Next flushing the headers first). */
  let scanner: NonceScanner | null = null;
  /**
   * Whether a streamed page other than the anonymous variant was rendered for this response, decided on its
   * first bytes (renderedHere): then it goes out as Next wrote it, unscanned.
   */
  let ownNonce: boolean | null = null;
  /** The first bytes of such a page, held until renderedHere can tell. */
  let undecided: Buffer | null = null;
  /**
   * A cached anonymous page that arrived streamed after all: its 404 (page-status.ts) is a meta tag in its
   * <head>, so its bytes wait here until the head has passed, and the status is set before the headers leave.
   */
  let head: Buffer[] | null = null;

  const decide = () => {
    if (decided) return;
    decided = true;
    if (res.headersSent) return;
    const variantPolicy = res.getHeader(VARIANT_CSP_HEADER);
    if (typeof variantPolicy === 'string') {
      variant = true;
      res.removeHeader(VARIANT_CSP_HEADER);
      res.setHeader('content-security-policy', variantPolicy);
      addVary(res, 'Cookie');
    }
    if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return;
    if (res.statusCode === 304 || res.statusCode === 204) return;
    const policy = res.getHeader('content-security-policy');
    const nonce = typeof policy === 'string' ? nonceOfPolicy(policy) : null;
    if (!nonce) return;
    attribute = Buffer.from(nonceAttribute(nonce));
    if (variant) {
      const sent = res.getHeader('etag');
      etag = typeof sent === 'string' ? sent : null;
      res.removeHeader('etag');
      res.setHeader('cache-control', 'private, no-cache, max-age=0, must-revalidate');
    }
    // A HEAD response has no body to stamp: the length of the page it announces is not known.
    if (req.method === 'HEAD') res.removeHeader('content-length');
  };

  const startStream = () => {
    if (scanner || !attribute) return;
    scanner = new NonceScanner();
    if (variant) head = [];
    if (!res.headersSent) {
      res.removeHeader('content-length');
      res.removeHeader('etag');
    }
  };

  /** The scanner's output for `chunk` with the nonce inserted, or null when nothing may leave yet. */
  const stamped = (chunk: Buffer, final: boolean): Buffer | null => {
    if (!variant && ownNonce === null) {
      const seen = undecided ? Buffer.concat([undecided, chunk]) : chunk;
      const here = renderedHere(seen, attribute!);
      if (here === null && !final) {
        undecided = seen;
        return null;
      }
      undecided = null;
      ownNonce = here === true;
      chunk = seen;
    }
    if (ownNonce) return chunk.length === 0 ? null : chunk;
    const { bytes, cuts } = scanner!.push(chunk, final);
    let out = cuts.length === 0 ? bytes : joinSlots(sliceAt(bytes, cuts), attribute!);
    if (head) {
      head.push(out);
      out = Buffer.concat(head);
      const text = out.toString('utf8');
      if (!final && !/<\/head>|<body\b/i.test(text)) return null;
      head = null;
      if (res.statusCode === 200 && isNotFoundPage(text)) res.statusCode = 404;
    }
    return out.length === 0 ? null : out;
  };

  res.flushHeaders = () => {
    decide();
    startStream();
    // A stamped stream's headers go with its first bytes (a streamed anonymous page may still turn 404).
    if (!scanner) flushHeaders();
  };
  res.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    decide();
    startStream();
    if (!scanner) return write(chunk, encoding as BufferEncoding, cb);
    const done = typeof encoding === 'function' ? encoding : cb;
    const out = stamped(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined), false);
    if (out) return write(out, undefined, done);
    if (done) process.nextTick(done);
    return !res.writableNeedDrain;
  }) as ServerResponse['write'];
  res.end = ((chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), cb?: () => void) => {
    decide();
    const done = [chunk, encoding, cb].find((f): f is () => void => typeof f === 'function');
    const data =
      chunk !== undefined && chunk !== null && typeof chunk !== 'function'
        ? toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined)
        : null;
    if (!attribute) return end(chunk as Chunk, encoding as BufferEncoding, cb);
    if (scanner) {
      const out = stamped(data ?? Buffer.alloc(0), true);
      return out ? end(out, undefined, done) : end(undefined, undefined, done);
    }
    // The whole body in one call (a cached page, or a page Next had rendered in full).
    if (data === null) return end(undefined, undefined, done);
    let html: Buffer;
    if (variant) {
      const page = pageOf(data, etag);
      if (page.notFound && res.statusCode === 200) res.statusCode = 404;
      html = joinSlots(page.slots, attribute);
    } else if (renderedHere(data, attribute) === true) {
      html = data;
    } else {
      const slots = scriptNonceSlots(data);
      html = joinSlots(slots, attribute);
      // Other bytes than the ones Next's ETag names.
      if (slots.length > 1) res.removeHeader('etag');
    }
    if (!res.headersSent) res.setHeader('content-length', html.length);
    return end(html, undefined, done);
  }) as ServerResponse['end'];
}
