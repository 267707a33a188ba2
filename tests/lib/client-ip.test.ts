import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_ADDRESS_HEADER_ENV, clientIp, UNKNOWN_CLIENT } from '@/lib/http/client-ip';

describe('clientIp', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads only the header the server in front of Next stamped, never what a client can send', () => {
    vi.stubEnv(CLIENT_ADDRESS_HEADER_ENV, 'x-client-address-abc123');
    const headers = new Headers({
      'x-client-address-abc123': '203.0.113.9',
      'x-forwarded-for': '1.1.1.1, 10.0.0.2',
      'x-real-ip': '198.51.100.1',
    });
    expect(clientIp(headers)).toBe('203.0.113.9');
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1', 'x-real-ip': '198.51.100.1' }))).toBe(UNKNOWN_CLIENT);
  });

  it('without the server in front (a plain `next start`), every client is "unknown", whatever it sends', () => {
    vi.stubEnv(CLIENT_ADDRESS_HEADER_ENV, '');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1', 'x-client-address-abc123': '2.2.2.2' }))).toBe(
      UNKNOWN_CLIENT,
    );
  });
});
