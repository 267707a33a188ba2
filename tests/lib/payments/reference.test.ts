import { describe, expect, it } from 'vitest';
import {
  findTransferReferences,
  generateTransferReference,
  isTransferReference,
  REFERENCE_ALPHABET,
} from '@/lib/payments/reference';

describe('transfer references', () => {
  it('are USI + 8 characters of an alphabet without 0, O, 1 or I', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(32);
    expect(REFERENCE_ALPHABET).not.toMatch(/[0O1I]/);
    for (let i = 0; i < 200; i++) {
      const ref = generateTransferReference();
      expect(ref).toMatch(/^USI[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
      expect(isTransferReference(ref)).toBe(true);
    }
  });

  it('use every character of the alphabet, one per random byte', () => {
    const bytes = Uint8Array.from({ length: 8 }, (_, i) => i * 32 + i); // byte % 32 = i
    expect(generateTransferReference(() => bytes)).toBe('USIABCDEFGH');
    expect(generateTransferReference(() => new Uint8Array(8).fill(255))).toBe('USI99999999');
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) for (const c of generateTransferReference().slice(3)) seen.add(c);
    expect(seen.size).toBe(32);
  });

  it('are distinct in practice', () => {
    const refs = new Set(Array.from({ length: 10_000 }, () => generateTransferReference()));
    expect(refs.size).toBe(10_000);
  });

  it('reject look-alikes and wrong lengths', () => {
    expect(isTransferReference('USIABCDEFG0')).toBe(false);
    expect(isTransferReference('USIABCDEFGO')).toBe(false);
    expect(isTransferReference('USIABCDEFG')).toBe(false);
    expect(isTransferReference('usiabcdefgh')).toBe(false);
  });

  it('are found again in bank transfer content, whatever the bank did to it', () => {
    expect(findTransferReferences('MBVCB.123456.USIK7M2QX9P.CT tu 0123 NGUYEN VAN AN')).toEqual(['USIK7M2QX9P']);
    expect(findTransferReferences('usik7m2qx9p thanh toan')).toEqual(['USIK7M2QX9P']);
    expect(findTransferReferences('USI K7M2-QX9P')).toEqual(['USIK7M2QX9P']);
    expect(findTransferReferences('no reference here')).toEqual([]);
    expect(findTransferReferences('USIAAAAAAAA and USIBBBBBBBB')).toEqual(['USIAAAAAAAA', 'USIBBBBBBBB']);
  });
});
