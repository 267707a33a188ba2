import { afterEach, describe, expect, it, vi } from 'vitest';
import { env, isDevelopment, isTest, parseEnv, unsetShopDetails } from '@/lib/env';

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

describe('the seller’s legal details', () => {
  it('take demo values while unset, and say which are unset', () => {
    const env = parseEnv({});
    expect([env.SHOP_LEGAL_NAME, env.SHOP_ADDRESS, env.SHOP_TAX_CODE, env.SHOP_SUPPORT_EMAIL]).toEqual([
      'Demo Shop Company Limited',
      '1 Demo Street, Ben Thanh Ward, Ho Chi Minh City, Vietnam',
      '0000000000',
      'support@usitech.local',
    ]);
    expect(unsetShopDetails({ SHOP_LEGAL_NAME: 'Công ty TNHH Thử', SHOP_TAX_CODE: ' ' })).toEqual([
      'SHOP_ADDRESS',
      'SHOP_TAX_CODE',
      'SHOP_SUPPORT_EMAIL',
    ]);
  });

  it('accept a 10-digit tax code (MST), one with a 3-digit branch number, or a 12-digit personal number', () => {
    expect(parseEnv({ SHOP_TAX_CODE: '0312345678' }).SHOP_TAX_CODE).toBe('0312345678');
    expect(parseEnv({ SHOP_TAX_CODE: ' 0312345678-001 ' }).SHOP_TAX_CODE).toBe('0312345678-001');
    // A household or individual business: its 12-digit personal identification number is its tax code.
    expect(parseEnv({ SHOP_TAX_CODE: '079201012345' }).SHOP_TAX_CODE).toBe('079201012345');
    expect(parseEnv({ SHOP_LEGAL_NAME: 'Công ty TNHH Thử' }).SHOP_LEGAL_NAME).toBe('Công ty TNHH Thử');
  });

  it('refuse any other tax code, naming the variable', () => {
    for (const bad of ['031234567', '03123456789', '0312345678-01', '0312345678001', '0312 345 678', 'MST0312345678']) {
      expect(() => parseEnv({ SHOP_TAX_CODE: bad }), bad).toThrow(
        /SHOP_TAX_CODE: must be the 10-digit tax code \(MST\)/,
      );
    }
    expect(() => parseEnv({ SHOP_SUPPORT_EMAIL: 'support' })).toThrow(/SHOP_SUPPORT_EMAIL/);
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

  it('keeps its first reading for the life of a production process', () => {
    vi.stubEnv('SHOP_NAME', 'Cửa hàng Thử');
    expect(env().SHOP_NAME).toBe('Cửa hàng Thử');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SHOP_NAME', 'Another Shop');
    expect(env().SHOP_NAME).toBe('Cửa hàng Thử');
    vi.stubEnv('NODE_ENV', 'test');
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
