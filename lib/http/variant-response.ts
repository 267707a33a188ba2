/**
 * What scripts/serve.ts does to a response of the anonymous page variant (proxy.ts marks it with
 * VARIANT_CSP_HEADER, carrying the response's policy): the policy is sent, the HTML gets its nonce on Next's own
 * scripts (lib/http/html-nonce.ts) and may then be kept by the browser only (it differs per response, so
 * no ETag and no shared cache); every such response varies on Cookie, since the cookie chose the variant.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { nonceAttribute, scriptNonceSlots } from './html-nonce';
import { isNotFoundPage } from './page-status';
import { VARIANT_CSP_HEADER, nonceOfPolicy } from './security-headers';

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk);

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
    const html = body.toString('utf8');
    page = { slots: scriptNonceSlots(html).map((part) => Buffer.from(part)), notFound: isNotFoundPage(html) };
    if (slotCache.size >= SLOT_CACHE_SIZE) slotCache.delete(slotCache.keys().next().value!);
    slotCache.set(key, page);
  }
  return page;
}

function withNonce({ slots }: Page, nonce: string): Buffer {
  const attribute = Buffer.from(nonceAttribute(nonce));
  const pieces: Buffer[] = [];
  slots.forEach((part, i) => {
    if (i > 0) pieces.push(attribute);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}

function addVary(res: ServerResponse, value: string) {
  const current = res.getHeader('vary');
  const list = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim());
  if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) {
    res.setHeader('vary', [...list.filter(Boolean), value].join(', '));
  }
}

/** Wraps `res` so an anonymous-variant HTML page leaves with its nonce; other responses pass untouched. */
export function nonceVariantResponses(_req: IncomingMessage, res: ServerResponse): void {
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, cb?: () => void) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let nonce: string | null = null;
  let etag: string | null = null;
  let chunks: Buffer[] | null = null;
  let decided = false;

  const decide = () => {
    if (decided) return;
    decided = true;
    const policy = res.headersSent ? undefined : res.getHeader(VARIANT_CSP_HEADER);
    if (typeof policy !== 'string') return;
    res.removeHeader(VARIANT_CSP_HEADER);
    res.setHeader('content-security-policy', policy);
    addVary(res, 'Cookie');
    if (!String(res.getHeader('content-type') ?? '').startsWith('text/html') || res.statusCode === 304) return;
    nonce = nonceOfPolicy(policy);
    if (!nonce) return;
    chunks = [];
    const sent = res.getHeader('etag');
    etag = typeof sent === 'string' ? sent : null;
    res.removeHeader('etag');
    res.removeHeader('content-length');
    res.setHeader('cache-control', 'private, no-cache, max-age=0, must-revalidate');
  };

  res.flushHeaders = () => {
    decide();
    if (!chunks) flushHeaders();
  };
  res.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    decide();
    if (!chunks) return write(chunk, encoding as BufferEncoding, cb);
    chunks.push(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined));
    (typeof encoding === 'function' ? encoding : cb)?.();
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), cb?: () => void) => {
    decide();
    if (!chunks || !nonce) return end(chunk as Chunk, encoding as BufferEncoding, cb);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined));
    }
    const done = [chunk, encoding, cb].find((f): f is () => void => typeof f === 'function');
    const page = pageOf(Buffer.concat(chunks), etag);
    if (page.notFound && res.statusCode === 200) res.statusCode = 404;
    const html = withNonce(page, nonce);
    chunks = null;
    res.setHeader('content-length', html.length);
    return end(html, undefined, done);
  }) as ServerResponse['end'];
}
