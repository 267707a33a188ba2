/**
 * The HTTP server in front of Next (`npm start` / `npm run dev` run it; a plain `next start` does not).
 * It exists for one reason: Next's own server keeps a client's X-Forwarded-For as sent (it only fills
 * the header in with the socket address when there is none), so behind `next start` every client can
 * choose the address its rate limits are counted under. Here each request's client address is resolved
 * from the socket and TRUST_PROXY (lib/http/trust-proxy.ts) and stamped into a header whose name is
 * drawn at random at boot, after every client-sent forwarding header is removed; lib/http/client-ip.ts
 * reads only that header.
 *
 *   node --import tsx scripts/serve.ts [--dev] [--port N]
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { constants as zlib } from 'node:zlib';
import compression from 'compression';
import { parseTrustProxy, stampClientAddress } from '../lib/http/trust-proxy';
import { CLIENT_ADDRESS_HEADER_ENV } from '../lib/http/client-ip';
import { withResponseStatus, type ResponseStatusSlot } from '../lib/http/response-status';
import { nonceHtmlResponses } from '../lib/http/variant-response';
import { QUERY_COUNT_HEADER, withQueryCount } from '../lib/http/query-count';
import { ByteLru, isStaticRequest, serveStaticFromCache } from '../lib/http/static-cache';
import { refuseBadUrl } from '../lib/http/raw-url';
import { beforeHeaders } from '../lib/http/before-headers';
import { stopGracefullyOnSignals } from './lib/graceful-stop';

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT || 3000);

let trust;
try {
  trust = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// In the standalone output (the container image: Dockerfile) there is no next.config.mjs: the build wrote
// the resolved configuration into .next/required-server-files.json, which Next's own server.js hands over
// the same way.
if (!existsSync('next.config.mjs') && existsSync('.next/required-server-files.json')) {
  const { config } = JSON.parse(readFileSync('.next/required-server-files.json', 'utf8')) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

// As the `next` command does, before Next and React load (they pick their builds by NODE_ENV).
const envVars = process.env as Record<string, string | undefined>;
envVars.NODE_ENV = dev ? 'development' : envVars.NODE_ENV || 'production';
const { default: next } = await import('next');

const stampHeader = `x-client-address-${randomBytes(12).toString('hex')}`;
process.env[CLIENT_ADDRESS_HEADER_ENV] = stampHeader;

// Behind a load balancer (`npm run cluster`) each instance names itself in an `x-instance` header, so a
// test or an operator can tell which instance answered.
const instanceName = process.env.INSTANCE_NAME?.trim() || undefined;

// The e2e server reports how many database queries each request ran (lib/http/query-count.ts).
const reportQueries = process.env.REPORT_DB_QUERIES === '1';

const app = next({ dev, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();
const upgrade = app.getUpgradeHandler();

// Compression is done here, not by Next (next.config.mjs: compress: false), so that an HTML page gets its
// nonce on Next's scripts (lib/http/variant-response.ts: the cached anonymous variant, and a prerendered
// shell streamed with its dynamic holes) before it is compressed. Brotli for the
// clients that accept it (br is preferred), gzip otherwise. Responses made per request get brotli quality 4
// (a 100 kB page in about 1 ms); the immutable files under /_next/static are compressed once per process
// and URL and encoding (their bytes are then answered from memory, lib/http/static-cache.ts), so they get
// the best compression: brotli 11 takes the catalog's scripts from 192 to 165 kB (BENCHMARKS.md).
const compress = compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });
const compressStatic = compression({ level: 9, brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } } });
const staticCache = dev ? null : new ByteLru(64 * 1024 * 1024);

const server = createServer((req, res) => {
  if (instanceName) res.setHeader('x-instance', instanceName);
  if (refuseBadUrl(req, res)) return;
  stampClientAddress(req, trust, stampHeader);
  const cacheStatic = staticCache !== null && isStaticRequest(req);
  if (cacheStatic && serveStaticFromCache(req, res, staticCache)) return;
  (cacheStatic ? compressStatic : compress)(
    req as Parameters<typeof compress>[0],
    res as Parameters<typeof compress>[1],
    () => {},
  );
  // After compression's wrapper, so its bytes are the ones compressed; as Next streams them.
  nonceHtmlResponses(req, res);
  // Lets a page answer 404 and still render its own HTML (lib/http/response-status.ts). Flight requests
  // (client-side navigations) keep Next's own handling.
  const slot: ResponseStatusSlot = {
    set(status: number) {
      if (res.headersSent || req.headers.rsc !== undefined) return false;
      res.statusCode = status;
      return true;
    },
  };
  // A server action's request Next could not decode (a body no browser sends) is the client's fault: 400,
  // not Next's 500 (lib/http/undecodable-action.ts). Only when none of the shop's action code had started.
  let actionStarted = false;
  let undecodable = false;
  slot.actionStarted = () => {
    actionStarted = true;
  };
  slot.undecodableAction = () => {
    undecodable = true;
  };
  beforeHeaders(res, () => {
    if (res.statusCode === 500 && undecodable && !actionStarted) res.statusCode = 400;
  });
  const counter = { queries: 0 };
  if (reportQueries) {
    // Sent with the headers: the statements run before the response started (all of them, for a page
    // answered whole; a streamed page may run more afterwards).
    beforeHeaders(res, () => res.setHeader(QUERY_COUNT_HEADER, String(counter.queries)));
  }
  void withQueryCount(counter, () => withResponseStatus(slot, () => handle(req, res)));
});
server.on('upgrade', (req, socket, head) => {
  stampClientAddress(req, trust, stampHeader);
  void upgrade(req, socket, head);
});
// Every interface, as `next start` does.
server.listen(port, () => {
  const proxies = process.env.TRUST_PROXY?.trim();
  console.log(
    `  ▲ Next.js ${dev ? 'dev' : 'production'} server on port ${port}; client address: ` +
      (proxies
        ? `from X-Forwarded-For through trusted proxies (TRUST_PROXY=${proxies})`
        : 'the socket (no proxy trusted)'),
  );
});

// SIGTERM/SIGINT: stop accepting, finish the requests in flight (≤ 30 s), stop the maintenance timer,
// close the database pools, then Next; exit 0.
stopGracefullyOnSignals(server, { close: () => app.close() });
