import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  normalizeAddress,
  parseTrustProxy,
  resolveClientAddress,
  stampClientAddress,
  TrustProxyError,
  type TrustProxy,
} from '@/lib/http/trust-proxy';

const client = (socket: string, xff: string | undefined, trustProxy: string) =>
  resolveClientAddress(socket, xff, parseTrustProxy(trustProxy));

describe('TRUST_PROXY', () => {
  it('empty, 0 or false trusts nobody: the socket address is the client, whatever the headers say', () => {
    for (const value of ['', '  ', '0', 'false']) {
      expect(client('203.0.113.7', '1.2.3.4, 5.6.7.8', value)).toBe('203.0.113.7');
    }
    expect(client('::ffff:127.0.0.1', '1.2.3.4', '')).toBe('127.0.0.1');
  });

  it('a number N trusts N hops: the socket and the proxies before it', () => {
    expect(client('10.0.0.2', '1.1.1.1, 198.51.100.4', '1')).toBe('198.51.100.4');
    expect(client('10.0.0.2', '1.1.1.1, 198.51.100.4, 10.0.0.9', '2')).toBe('198.51.100.4');
    expect(client('10.0.0.2', undefined, '1')).toBe('10.0.0.2');
    // More hops than entries: the leftmost entry, as far back as the header goes.
    expect(client('10.0.0.2', '198.51.100.4', '3')).toBe('198.51.100.4');
  });

  it('a list trusts those addresses and ranges only, IPv4 and IPv6, with names for the usual ranges', () => {
    expect(client('10.1.2.3', '198.51.100.4', '10.0.0.0/8')).toBe('198.51.100.4');
    expect(client('10.1.2.3', '198.51.100.4, 10.9.9.9', '10.0.0.0/8')).toBe('198.51.100.4');
    // A socket outside the list is the client: its X-Forwarded-For is ignored.
    expect(client('203.0.113.50', '198.51.100.4', '10.0.0.0/8, ::1')).toBe('203.0.113.50');
    expect(client('::1', '2001:db8::42', '::1')).toBe('2001:db8::42');
    expect(client('fd00::5', '2001:db8::42, fd00::7', 'fc00::/7')).toBe('2001:db8::42');
    expect(client('127.0.0.1', '198.51.100.4', 'loopback')).toBe('198.51.100.4');
    expect(client('::ffff:127.0.0.1', '198.51.100.4', 'loopback')).toBe('198.51.100.4');
    expect(client('192.168.1.10', '198.51.100.4', '192.168.1.0/255.255.255.0')).toBe('198.51.100.4');
  });

  it('never takes a value that is not an address: it falls back to the last real one', () => {
    expect(client('127.0.0.1', 'forged, not-an-ip', '1')).toBe('127.0.0.1');
    expect(client('127.0.0.1', '198.51.100.4, <script>', '2')).toBe('198.51.100.4');
  });

  it('refuses malformed values with a message that names the value and the fix', () => {
    for (const value of ['abc', '10.0.0.0/33', '300.1.1.1', 'true', '10.0.0.1,,10.0.0.2', '99', '::1/129', '1.5']) {
      expect(() => parseTrustProxy(value), value).toThrow(TrustProxyError);
    }
    expect(() => parseTrustProxy('abc')).toThrow(/TRUST_PROXY="abc" is not valid: .*Set TRUST_PROXY to nothing/);
  });

  it('normalizes IPv4-mapped IPv6 and case', () => {
    expect(normalizeAddress('::FFFF:198.51.100.4')).toBe('198.51.100.4');
    expect(normalizeAddress('2001:DB8::1')).toBe('2001:db8::1');
  });
});

describe('the stamp the server in front of Next puts on each request (real HTTP)', () => {
  const STAMP = 'x-client-address-test';
  let server: Server;
  let trust: TrustProxy = parseTrustProxy('');
  let port = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      stampClientAddress(req, trust, STAMP);
      res.end(
        JSON.stringify({
          stamp: req.headers[STAMP],
          xff: req.headers['x-forwarded-for'],
          real: req.headers['x-real-ip'] ?? null,
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (headers: Record<string, string>) =>
    new Promise<{ stamp: string; xff: string; real: string | null }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body)));
      })
        .on('error', reject)
        .end();
    });

  it('without a trusted proxy, forged X-Forwarded-For, X-Real-IP and stamp headers change nothing', async () => {
    trust = parseTrustProxy('');
    for (let i = 1; i <= 5; i++) {
      const seen = await get({
        'X-Forwarded-For': `203.0.113.${i}`,
        'X-Real-IP': `198.51.100.${i}`,
        [STAMP]: `192.0.2.${i}`,
      });
      expect(seen).toEqual({ stamp: '127.0.0.1', xff: '127.0.0.1', real: null });
    }
  });

  it('behind a trusted proxy, the address that proxy appended is the client', async () => {
    trust = parseTrustProxy('loopback');
    expect(await get({ 'X-Forwarded-For': 'forged-by-client, 203.0.113.9' })).toMatchObject({ stamp: '203.0.113.9' });
    trust = parseTrustProxy('10.0.0.0/8');
    expect(await get({ 'X-Forwarded-For': '203.0.113.9' })).toMatchObject({ stamp: '127.0.0.1' });
  });
});

describe('TRUST_PROXY in the environment', () => {
  it('a malformed value stops the start with a message naming the variable', async () => {
    const { parseEnv } = await import('@/lib/env');
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(
      /TRUST_PROXY: TRUST_PROXY="10.0.0.0\/40" is not valid/,
    );
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
  });
});
