/**
 * Which client address a request comes from, given the proxies we trust (TRUST_PROXY). Pure code with
 * no Next imports: scripts/serve.ts uses it on every request before Next sees it, and tests use it
 * directly. The parsing of X-Forwarded-For and the address ranges come from `proxy-addr` (Express's).
 *
 * TRUST_PROXY:
 * - empty (the default): no proxy. The socket address is the client; X-Forwarded-For is ignored.
 * - a number N: N proxies stand in front of the app (e.g. 1 for one nginx): the client is the address
 *   N hops back, counting the socket as the first hop.
 * - a comma-separated list of proxy addresses, CIDR ranges or the names `loopback`, `linklocal`,
 *   `uniquelocal`: X-Forwarded-For is followed back through those proxies only; the first address
 *   that is not one of them is the client.
 */
import { isIP } from 'node:net';
import proxyaddr from 'proxy-addr';

/** Answers whether the `hop`-th address (0 = the socket) is a proxy whose X-Forwarded-For we believe. */
export type TrustProxy = (address: string, hop: number) => boolean;

const HOW =
  'Set TRUST_PROXY to nothing (no proxy), to the number of proxies in front of the app (e.g. 1), or to a ' +
  'comma-separated list of proxy addresses or CIDR ranges (e.g. "127.0.0.1, 10.0.0.0/8, ::1" or "loopback").';

export class TrustProxyError extends Error {
  constructor(value: string, reason: string) {
    super(`TRUST_PROXY=${JSON.stringify(value)} is not valid: ${reason}. ${HOW}`);
    this.name = 'TrustProxyError';
  }
}

const trustNone: TrustProxy = () => false;

/** Parses TRUST_PROXY into a trust function; throws TrustProxyError (naming the value and the fix). */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'false') return trustNone;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 20) throw new TrustProxyError(value, 'more than 20 proxy hops is surely a mistake');
    return (_address, hop) => hop < hops;
  }
  if (/^true$/i.test(value)) {
    throw new TrustProxyError(value, '"true" would let every client choose its own address');
  }
  const entries = value.split(',').map((s) => s.trim());
  if (entries.some((e) => e === '')) throw new TrustProxyError(value, 'an entry of the list is empty');
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new TrustProxyError(value, error instanceof Error ? error.message : String(error));
  }
}

/** `::ffff:203.0.113.9` (an IPv4 client of a dual-stack socket) is written as `203.0.113.9`. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

/**
 * The client's address: the socket address, or, when the socket is a trusted proxy, the address that
 * proxy put into X-Forwarded-For (and so on back while the address is trusted). A value that is not an
 * IP address (a forged or broken header behind a trusted proxy) is never used: the last real address is.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: TrustProxy,
): string {
  const socket = socketAddress ? normalizeAddress(socketAddress) : 'unknown';
  if (trust === trustNone || !socketAddress) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const chain = proxyaddr.all(
    { headers: header ? { 'x-forwarded-for': header } : {}, socket: { remoteAddress: socketAddress } } as never,
    trust,
  );
  // chain = [socket, proxies…, client]; walk back from the client to the first real address.
  for (let i = chain.length - 1; i >= 0; i--) {
    const candidate = chain[i]!;
    if (isIP(candidate)) return normalizeAddress(candidate);
  }
  return socket;
}

/** Incoming headers a client could use to claim an address; removed before the app sees the request. */
export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded', 'true-client-ip', 'cf-connecting-ip'];

type RequestLike = { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } };

/**
 * Rewrites a Node request before Next handles it: the client address resolved here goes into
 * `stampHeader` (a name only this process knows) and into X-Forwarded-For; whatever the client sent in
 * those headers, X-Real-IP and the like is dropped. Answers the address.
 */
export function stampClientAddress(req: RequestLike, trust: TrustProxy, stampHeader: string): string {
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust);
  for (const name of [...FORWARDING_HEADERS, stampHeader]) delete req.headers[name];
  req.headers['x-forwarded-for'] = address;
  req.headers[stampHeader] = address;
  return address;
}
