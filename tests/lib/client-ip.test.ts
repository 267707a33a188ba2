import { describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/http/client-ip';

describe('client IP for rate limits', () => {
  it('takes the address the nearest proxy appended, then X-Real-IP, else "unknown"', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.2' }))).toBe('10.0.0.2');
    expect(clientIp(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1');
    expect(clientIp(new Headers({ 'x-real-ip': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});
