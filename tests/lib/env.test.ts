import { afterEach, describe, expect, it, vi } from 'vitest';
import { env, isDevelopment, isTest, parseEnv } from '@/lib/env';

describe('env', () => {
  it('applies defaults to an empty environment', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PAYMENT_TTL_HOURS).toBe(24);
  });

  it('names the bad variable and says how to fix it', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseEnv({ PAYMENT_BANK_BIN: '12' })).toThrow(/PAYMENT_BANK_BIN/);
  });

  it('derives the defaults that depend on other variables', () => {
    expect(parseEnv({}).APP_URL).toBe('http://localhost:3000');
    expect(parseEnv({ PORT: '3105' }).APP_URL).toBe('http://localhost:3105');
    expect(parseEnv({ APP_URL: 'https://shop.example.vn/' }).APP_URL).toBe('https://shop.example.vn');
    expect(parseEnv({}).MAIL_FROM).toBe('"USITech Marketplace" <no-reply@usitech.local>');
    expect(parseEnv({ SHOP_NAME: 'Cửa hàng "Thử"' }).MAIL_FROM).toBe('"Cửa hàng \\"Thử\\"" <no-reply@usitech.local>');
    expect(parseEnv({ MAIL_FROM: 'Shop <shop@example.vn>' }).MAIL_FROM).toBe('Shop <shop@example.vn>');
  });
});

describe('env()', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads this process’s environment, again when a variable changed', () => {
    vi.stubEnv('SHOP_NAME', 'Cửa hàng Thử');
    expect(env().SHOP_NAME).toBe('Cửa hàng Thử');
    vi.stubEnv('SHOP_NAME', 'Another Shop');
    expect(env().SHOP_NAME).toBe('Another Shop');
  });

  it('names NODE_ENV’s modes', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect([isDevelopment(), isTest()]).toEqual([true, false]);
    vi.stubEnv('NODE_ENV', 'test');
    expect([isDevelopment(), isTest()]).toEqual([false, true]);
  });

  it('stops with the message that names the variable', () => {
    vi.stubEnv('PAYMENT_TTL_HOURS', 'soon');
    expect(() => env()).toThrow(/PAYMENT_TTL_HOURS[\s\S]*Fix the variable\(s\) above/);
  });
});
