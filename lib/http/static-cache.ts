import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * The compressed bytes of immutable static files (`/_next/static/…`: names carry a content hash), kept in
 * memory per (URL, encoding) by scripts/serve.ts, so that a file is compressed once per process instead of
 * once per request. The first request goes through Next and the `compression` middleware as usual; what
 * the middleware writes is recorded on the way to the socket and answers the next requests for the same
 * URL and encoding. Conditional requests get 304; range and HEAD requests are left to Next.
 */
type ContentEncoding = 'br' | 'gzip' | 'identity';

const STATIC_PREFIX = '/_next/static/';

/**
 * The headers a recorded answer keeps (no Date, no per-request header): the file's own, and the security
 * headers next.config.mjs gives it (nosniff alone for /_next/static today), so an answer from memory
 * carries them too.
 */
const KEPT_HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'last-modified',
  'content-encoding',
  'vary',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'permissions-policy',
];

/**
 * The encoding a client gets for `Accept-Encoding`, among br (preferred), gzip and none, as the
 * `compression` middleware chooses: the highest q, br before gzip on a tie; none when neither is acceptable.
 */
export function pickEncoding(acceptEncoding: string | string[] | undefined): ContentEncoding {
  const q = new Map<string, number>();
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const qParam = params.map((p) => /^q=([0-9.]+)$/.exec(p)).find(Boolean);
    const value = qParam ? Number(qParam[1]) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br <= 0 && gzip <= 0) return 'identity';
  return br >= gzip ? 'br' : 'gzip';
}

type StaticEntry = { headers: OutgoingHttpHeaders; body: Buffer };

/** A least-recently-used map bounded by the total size of the bodies it holds. */
export class ByteLru {
  private readonly entries = new Map<string, StaticEntry>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxEntryBytes = Math.floor(maxBytes / 8),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): StaticEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** False when the body is larger than one entry may be (nothing is stored). */
  set(key: string, entry: StaticEntry): boolean {
    if (entry.body.length > this.maxEntryBytes) return false;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= e.body.length;
    }
    return true;
  }
}

/** A GET of an immutable static file, not a range of it: what serveStaticFromCache keeps. */
export function isStaticRequest(req: IncomingMessage): boolean {
  return req.method === 'GET' && Boolean(req.url?.startsWith(STATIC_PREFIX)) && req.headers.range === undefined;
}

function answer(req: IncomingMessage, res: ServerResponse, entry: StaticEntry): void {
  const etag = entry.headers.etag;
  const inm = req.headers['if-none-match'];
  if (typeof etag === 'string' && inm && inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    const { 'content-encoding': _encoding, 'content-type': _type, ...rest } = entry.headers;
    res.writeHead(304, rest);
    res.end();
    return;
  }
  res.writeHead(200, { ...entry.headers, 'content-length': entry.body.length });
  res.end(entry.body);
}

/**
 * For a GET of `/_next/static/…`: answers it from `cache` (true: nothing else may touch `res`), or records
 * the bytes written to `res` from now on and stores them once the response ends as a complete 200 in the
 * encoding `pickEncoding` chose (false: serve as usual). Call it before the compression middleware wraps
 * `res`, so that it sees the compressed bytes.
 */
export function serveStaticFromCache(req: IncomingMessage, res: ServerResponse, cache: ByteLru): boolean {
  if (!isStaticRequest(req)) return false;
  const encoding = pickEncoding(req.headers['accept-encoding']);
  // By path: the query does not change a static file, and keying by it would let anyone make the server
  // recompress a file (at the highest brotli quality) with every request.
  const key = `${encoding} ${(req.url ?? '').split('?')[0]}`;
  const hit = cache.get(key);
  if (hit) {
    answer(req, res, hit);
    return true;
  }

  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const collect = (chunk: unknown, chunkEncoding: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof chunkEncoding === 'string' ? (chunkEncoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > cache.maxEntryBytes) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };

  type Write = (chunk: unknown, ...rest: unknown[]) => boolean;
  type End = (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as Write;
  const end = res.end.bind(res) as End;
  (res as unknown as { write: Write }).write = (chunk, ...rest) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  };
  (res as unknown as { end: End }).end = (...args) => {
    collect(args[0], args[1]);
    const sent = (res.getHeader('content-encoding') as string | undefined) ?? 'identity';
    if (res.statusCode === 200 && !overflow && sent === encoding) {
      const headers: OutgoingHttpHeaders = {};
      for (const name of KEPT_HEADERS) {
        const value = res.getHeader(name);
        if (value !== undefined) headers[name] = value;
      }
      cache.set(key, { headers, body: Buffer.concat(chunks) });
    }
    return end(...args);
  };
  return false;
}
