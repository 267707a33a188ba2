import { describe, expect, it } from 'vitest';
import { callbackUrlSchema, registerSchema } from '@/lib/validations/auth';

describe('callbackUrl', () => {
  it('keeps paths on this site', () => {
    expect(callbackUrlSchema.parse('/account/purchases?x=1')).toBe('/account/purchases?x=1');
    expect(callbackUrlSchema.parse('/')).toBe('/');
  });

  it.each([
    '//evil.test',
    '/\\evil.test',
    '/\t/evil.test',
    '/\n/evil.test',
    'https://evil.test',
    'evil',
    '',
    undefined,
  ])('sends %j home', (value) => expect(callbackUrlSchema.parse(value)).toBe('/'));
});

describe('register schema', () => {
  it('trims and lower-cases the email and reports every bad field', () => {
    expect(registerSchema.parse({ name: ' Mai ', email: ' Mai@Example.TEST ', password: '0123456789' })).toMatchObject({
      name: 'Mai',
      email: 'mai@example.test',
    });
    const r = registerSchema.safeParse({ name: '', email: 'x', password: 'short' });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(r.error.flatten().fieldErrors).sort()).toEqual(['email', 'name', 'password']);
  });
});
