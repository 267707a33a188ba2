import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, constants as zlib, gunzipSync } from 'node:zlib';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ByteLru, pickEncoding, serveStaticFromCache } from '@/lib/http/static-cache';

describe('pickEncoding: br before gzip, as the compression middleware chooses', () => {
  it('prefers br when both are accepted, as browsers send them', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('*')).toBe('br');
  });
  it('follows q values and refusals', () => {
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0.5, gzip;q=1')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('deflate')).toBe('identity');
    expect(pickEncoding(undefined)).toBe('identity');
  });
});

describe('ByteLru: bounded by the bytes it holds, least recently used out first', () => {
  const entry = (n: number) => ({ headers: {}, body: Buffer.alloc(n) });
  it('evicts the least recently used entries beyond its size', () => {
    const lru = new ByteLru(100, 60);
    lru.set('a', entry(40));
    lru.set('b', entry(40));
    expect(lru.get('a')).toBeDefined(); // a is now the most recent
    lru.set('c', entry(40));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.totalBytes).toBe(80);
  });
  it('refuses an entry larger than one may be', () => {
    const lru = new ByteLru(100, 60);
    expect(lru.set('big', entry(61))).toBe(false);
    expect(lru.size).toBe(0);
  });
});

describe('serveStaticFromCache in front of the compression middleware', () => {
  const script = `/* chunk */ ${'console.log("static chunk of the shop");\n'.repeat(400)}`;
  let server: Server;
  let base: string;
  let renders = 0;
  const cache = new ByteLru(1024 * 1024);

  beforeAll(async () => {
    const compress = compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });
    server = createServer((req, res) => {
      if (serveStaticFromCache(req, res, cache)) return;
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {});
      renders++;
      res.setHeader('Content-Type', 'application/javascript; charset=UTF-8');
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('ETag', '"v1"');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(script);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The raw bytes (fetch would decode them). */
  const get = (path: string, headers: Record<string, string>, method = 'GET') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = request(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    });

  it('compresses a static file once per encoding and answers the next requests with the same bytes', async () => {
    const before = renders;
    const first = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(first.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(first.body).toString()).toBe(script);

    const second = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(second.status).toBe(200);
    expect(second.headers['content-encoding']).toBe('br');
    expect(second.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(second.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    // The security headers every response gets (next.config.mjs) come from memory too.
    expect(second.headers['x-content-type-options']).toBe('nosniff');
    expect(second.body.equals(first.body)).toBe(true);
    expect(renders).toBe(before + 1);

    const gzip = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const gzipAgain = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gzipAgain.body).toString()).toBe(script);
    expect(renders).toBe(before + 2);
  });

  it('keys a static file by its path: a query string does not make it compress again', async () => {
    await get('/_next/static/chunks/d.js', { 'accept-encoding': 'br' });
    const before = renders;
    const withQuery = await get('/_next/static/chunks/d.js?v=2', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(withQuery.body).toString()).toBe(script);
    expect(renders).toBe(before);
  });

  it('answers a conditional request for a cached file with 304', async () => {
    await get('/_next/static/chunks/b.js', { 'accept-encoding': 'br' });
    const before = renders;
    const again = await get('/_next/static/chunks/b.js', { 'accept-encoding': 'br', 'if-none-match': '"v1"' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(renders).toBe(before);
  });

  it('leaves pages and HEAD requests to the server every time', async () => {
    const before = renders;
    await get('/workflows', { 'accept-encoding': 'br' });
    const page = await get('/workflows', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(page.body).toString()).toBe(script);
    await get('/_next/static/chunks/c.js', { 'accept-encoding': 'br' }, 'HEAD');
    await get('/_next/static/chunks/c.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(renders).toBe(before + 4);
  });
});
