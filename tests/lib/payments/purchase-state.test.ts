import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { formatInvoiceNumber } from '@/lib/payments/invoice-number';
import { assertTransition } from '@/lib/payments/purchase-transitions';
import {
  canTransition,
  expiryCutoff,
  isPastDeadline,
  paymentDeadline,
  statusLabel,
} from '@/lib/payments/purchase-state';

describe('purchase state rules', () => {
  it('allow PENDING → ACTIVE and PENDING → REJECT only', () => {
    const all = ['PENDING', 'ACTIVE', 'REJECT'] as const;
    const allowed = all.flatMap((from) => all.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['PENDING→ACTIVE', 'PENDING→REJECT']);
  });

  it('refuse any other transition with a conflict that says why', () => {
    expect(() => assertTransition('approve', 'PENDING')).not.toThrow();
    const refusal = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('conflict');
        return (error as AppError).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(() => assertTransition('approve', 'ACTIVE'))).toBe(
      'This purchase is already paid, so it cannot be approved.',
    );
    expect(refusal(() => assertTransition('reject', 'REJECT', 'expired'))).toBe(
      'This purchase can no longer be rejected: its payment window expired.',
    );
    expect(refusal(() => assertTransition('cancel', 'REJECT', 'Wrong amount'))).toBe(
      'This purchase can no longer be cancelled: it was rejected.',
    );
  });

  it('close the payment window after the TTL', () => {
    const created = new Date('2026-11-01T08:00:00Z');
    expect(paymentDeadline(created, 24).toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(isPastDeadline(created, new Date('2026-11-02T07:59:59Z'), 24)).toBe(false);
    expect(isPastDeadline(created, new Date('2026-11-02T08:00:00Z'), 24)).toBe(true);
    expect(expiryCutoff(new Date('2026-11-02T08:00:00Z'), 24).toISOString()).toBe(created.toISOString());
  });

  it('label statuses the way the checkout shows them', () => {
    expect(['PENDING', 'ACTIVE', 'REJECT'].map((s) => statusLabel(s as 'PENDING'))).toEqual([
      'Pending',
      'Paid',
      'Rejected',
    ]);
    // The buyer's own cancellation (stored as REJECT + "cancelled") reads Cancelled; expiry stays Rejected.
    expect(statusLabel('REJECT', 'cancelled')).toBe('Cancelled');
    expect(statusLabel('REJECT', 'expired')).toBe('Rejected');
    expect(statusLabel('REJECT', 'The amount was too low.')).toBe('Rejected');
  });
});

describe('invoice numbers', () => {
  it('are INV-<year>-<6 digits>, never cut when the sequence grows', () => {
    expect(formatInvoiceNumber(2026, 1)).toBe('INV-2026-000001');
    expect(formatInvoiceNumber(2026, 123456)).toBe('INV-2026-123456');
    expect(formatInvoiceNumber(2027, 1234567n)).toBe('INV-2027-1234567');
    expect(() => formatInvoiceNumber(2026, 0)).toThrow();
  });
});
