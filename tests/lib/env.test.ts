import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

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
});
