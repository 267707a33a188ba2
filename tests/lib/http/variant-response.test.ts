import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants as zlib, createGunzip } from 'node:zlib';
import compression from 'compression';
import { pipeToNodeResponse } from 'next/dist/server/pipe-readable';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addScriptNonce } from '@/lib/http/html-nonce';
import { VARIANT_CSP_HEADER, contentSecurityPolicy } from '@/lib/http/security-headers';
import { NonceScanner } from '@/lib/http/nonce-scanner';
import { nonceHtmlResponses, renderedHere } from '@/lib/http/variant-response';

const NONCE = 'cmVxdWVzdCBub25jZQ==';
const POLICY = contentSecurityPolicy({ nonce: NONCE, development: false, https: false });
const flight = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;

/** A prerendered shell (no nonce on Next's scripts) up to its first hole, then the resumed hole. */
const shell =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script></head><body><header>USITech</header>' +
  '<template id="B:0"></template><p>Đang tải…</p>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  flight('0:{"P":null}\n'.repeat(200));
const hole =
  '<div hidden id="S:0"><a href="/account">Tài khoản của bạn</a></div>' +
  `<script nonce="${NONCE}">$RC("B:0","S:0")</script>` +
  flight('1:["$","a",null,{}]\n') +
  '</body></html>';
const page = shell + hole;
const stampedPage = addScriptNonce(page, NONCE);
/**
 * A page Next rendered for this response (a personal page without Partial Prerendering): its own scripts carry
 * the response's nonce, and a script that is not Next's (here one that got into the markup) carries none.
 */
const renderedPage =
  `<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" nonce="${NONCE}" href="/_next/static/chunks/w.js"/>` +
  `<script src="/_next/static/chunks/main.js" async="" nonce="${NONCE}"></script></head><body><header>USITech</header>` +
  '<p>Xin chào</p><script>alert(document.cookie)</script>' +
  `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script>` +
  '</body></html>';
const notFoundPage =
  '<!DOCTYPE html><html><head><meta name="page-status" content="404"/></head><body>' +
  '<script src="/_next/static/chunks/main.js" async=""></script></body></html>';

describe('nonceHtmlResponses behind the compression middleware, as scripts/serve.ts runs it', () => {
  let server: Server;
  let base: string;
  /** Resolves the hole of the streamed page, once the test has seen the shell. */
  let releaseHole: () => void = () => {};

  beforeAll(async () => {
    const compress = compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });
    server = createServer((req, res) => {
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {});
      nonceHtmlResponses(req, res);
      const url = new URL(req.url!, 'http://x');
      const split = Number(url.searchParams.get('split') ?? 0);
      if (url.pathname === '/variant-streamed-404') {
        // A cached anonymous page that Next streams after all: its 404 is read before the headers leave.
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader(VARIANT_CSP_HEADER, POLICY);
        const bytes = new TextEncoder().encode(notFoundPage);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 50) controller.enqueue(bytes.slice(i, i + 50));
            controller.close();
          },
        });
        void pipeToNodeResponse(stream, res);
        return;
      }
      if (url.pathname === '/rendered-here') {
        // A personal page rendered per request, streamed in two pieces as Next writes it.
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('content-security-policy', POLICY);
        const bytes = new TextEncoder().encode(renderedPage);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            // The first piece ends inside the first script tag: the page waits for the rest of the tag.
            controller.enqueue(bytes.slice(0, 200));
            controller.enqueue(bytes.slice(200));
            controller.close();
          },
        });
        void pipeToNodeResponse(stream, res);
        return;
      }
      if (url.pathname === '/streamed') {
        // A personal page: the proxy's policy on the response, the body piped by Next's own writer.
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('content-security-policy', POLICY);
        const held = new Promise<void>((resolve) => (releaseHole = resolve));
        const bytes = new TextEncoder().encode(page);
        const shellEnd = new TextEncoder().encode(shell).length;
        const stream = new ReadableStream<Uint8Array>({
          async start(controller) {
            if (split > 0) {
              // Pieces of `split` bytes: tags and characters cut anywhere.
              for (let i = 0; i < bytes.length; i += split) controller.enqueue(bytes.slice(i, i + split));
            } else {
              controller.enqueue(bytes.slice(0, shellEnd));
              await held;
              controller.enqueue(bytes.slice(shellEnd));
            }
            controller.close();
          },
        });
        void pipeToNodeResponse(stream, res);
        return;
      }
      // A cached page sent whole, as Next's sendRenderResult does: Content-Length and ETag of its bytes.
      const body =
        url.pathname === '/variant-404' ? notFoundPage : url.pathname === '/whole-rendered' ? renderedPage : page;
      const type = url.searchParams.get('type') ?? 'text/html; charset=utf-8';
      res.setHeader('content-type', type);
      // Next's ETag names the bytes (the kept cuts are looked up by it).
      res.setHeader('etag', `"${url.pathname}"`);
      res.setHeader('content-length', Buffer.byteLength(body));
      if (url.pathname.startsWith('/variant')) res.setHeader(VARIANT_CSP_HEADER, POLICY);
      else res.setHeader('content-security-policy', POLICY);
      // A HEAD request: Next announces the length and sends no body (sendRenderResult).
      if (req.method === 'HEAD') res.end(null);
      else res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const open = (path: string, headers: Record<string, string> = {}) =>
    new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${base}${path}`, { headers }, resolve);
      req.on('error', reject);
      req.end();
    });
  const read = async (res: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await open(path, headers);
    return { status: res.statusCode, headers: res.headers, body: await read(res) };
  };

  it('sends a streamed shell, stamped, before the hole resolves, and the hole after it (gzip)', async () => {
    const res = await open('/streamed', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBeUndefined();
    const gunzip = res.pipe(createGunzip());
    let received = '';
    let ended = false;
    gunzip.on('end', () => (ended = true));
    // The shell must arrive while the hole is still pending: if the response were buffered whole, this wait
    // would time out.
    const stampedShell = addScriptNonce(shell, NONCE);
    const shellSeen = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no shell within 3 s; got ${received.length} chars`)), 3000);
      gunzip.on('data', (chunk: Buffer) => {
        received += chunk.toString('utf8');
        if (received.length >= stampedShell.length) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await shellSeen;
    expect(ended).toBe(false);
    expect(received).toBe(stampedShell);
    expect(received.match(new RegExp(`nonce="${NONCE}"`, 'g'))).toHaveLength(4);
    releaseHole();
    await new Promise((resolve) => gunzip.on('end', resolve));
    expect(received).toBe(stampedPage);
    // The hole's own script already had Next's nonce: once, not twice.
    expect(received).toContain(`<script nonce="${NONCE}">$RC("B:0","S:0")</script>`);
  });

  it('stamps the same page whatever byte pieces Next streams it in', async () => {
    for (const split of [1, 3, 7, 64, 1000]) {
      const { body, headers } = await get(`/streamed?split=${split}`);
      expect(headers['content-length']).toBeUndefined();
      expect(body.toString('utf8')).toBe(stampedPage);
    }
  });

  it('answers a cached anonymous page whole: its policy, its nonce, its exact length, no ETag', async () => {
    const { status, headers, body } = await get('/variant');
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toBe(POLICY);
    expect(headers[VARIANT_CSP_HEADER]).toBeUndefined();
    expect(headers.etag).toBeUndefined();
    expect(headers.vary).toContain('Cookie');
    expect(headers['cache-control']).toBe('private, no-cache, max-age=0, must-revalidate');
    expect(body.toString('utf8')).toBe(stampedPage);
    expect(Number(headers['content-length'])).toBe(body.length);
    // The second response of the page comes from the kept cut: the same page with its own nonce.
    expect((await get('/variant')).body.toString('utf8')).toBe(stampedPage);
    expect((await get('/variant-404')).status).toBe(404);
  });

  it('answers a streamed anonymous not-found page with 404, and a HEAD request without a stale length', async () => {
    const streamed404 = await get('/variant-streamed-404');
    expect(streamed404.status).toBe(404);
    expect(streamed404.body.toString('utf8')).toBe(addScriptNonce(notFoundPage, NONCE));
    const head = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(`${base}/variant`, { method: 'HEAD' }, resolve);
      req.on('error', reject);
      req.end();
    });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-security-policy']).toBe(POLICY);
    // Next announced the unstamped page's length; the page a GET gets is longer.
    expect(head.headers['content-length']).toBeUndefined();
    head.resume();
  });

  it('gives a page sent whole outside the variant its nonce and exact length, and drops the ETag', async () => {
    const { headers, body } = await get('/whole', { 'accept-encoding': 'identity' });
    expect(body.toString('utf8')).toBe(stampedPage);
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(headers.etag).toBeUndefined();
  });

  it("sends a page Next rendered with this response's nonce as it is, without scanning it", async () => {
    const push = vi.spyOn(NonceScanner.prototype, 'push');
    try {
      for (const path of ['/rendered-here', '/whole-rendered']) {
        const { body } = await get(path, { 'accept-encoding': 'identity' });
        // The script that is not Next's still has no nonce: the policy refuses to run it.
        expect(body.toString('utf8')).toBe(renderedPage);
      }
      expect(push).not.toHaveBeenCalled();
    } finally {
      push.mockRestore();
    }
  });

  it('never touches a response that is not HTML', async () => {
    for (const type of ['text/x-component', 'application/json', 'image/png', 'application/javascript']) {
      const { headers, body } = await get(`/whole?type=${encodeURIComponent(type)}`, {
        'accept-encoding': 'identity',
      });
      expect(body.toString('utf8')).toBe(page);
      expect(Number(headers['content-length'])).toBe(Buffer.byteLength(page));
      expect(headers.etag).toBe('"/whole"');
    }
  });
});

describe('renderedHere', () => {
  const attribute = Buffer.from(` nonce="${NONCE}"`);
  it('is true when the first script carries the nonce', () => {
    expect(renderedHere(Buffer.from(renderedPage), attribute)).toBe(true);
  });
  it('is false for a shell made before the response, even when a resumed hole carries the nonce', () => {
    expect(renderedHere(Buffer.from(page), attribute)).toBe(false);
    expect(renderedHere(Buffer.from(renderedPage), Buffer.from(' nonce="b3RoZXI="'))).toBe(false);
  });
  it('cannot tell while the first script tag has not arrived whole', () => {
    expect(renderedHere(Buffer.from(renderedPage.slice(0, 60)), attribute)).toBeNull();
    expect(renderedHere(Buffer.from(renderedPage.slice(0, 200)), attribute)).toBeNull();
  });
});
