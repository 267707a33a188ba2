import { describe, expect, it } from 'vitest';
import { verifyCredentialsThrottled } from '@/lib/auth/sign-in-throttle';
import { createTestUser, TEST_PASSWORD } from '../../helpers/factories';

describe('sign-in rate limit', () => {
  it('after 10 failures in 15 minutes even the right password is refused, until the next window', async () => {
    const user = await createTestUser();
    const now = new Date('2026-04-01T10:00:00Z');
    const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}`;
    // Successful sign-ins do not use up the budget.
    for (let i = 0; i < 12; i++) expect(await verifyCredentialsThrottled(user.email, TEST_PASSWORD, ip(), now)).not.toBeNull();
    for (let i = 0; i < 10; i++) expect(await verifyCredentialsThrottled(user.email, 'wrong', ip(), now)).toBeNull();
    expect(await verifyCredentialsThrottled(user.email, TEST_PASSWORD, ip(), now)).toBeNull();
    const later = new Date(now.getTime() + 15 * 60 * 1000);
    expect(await verifyCredentialsThrottled(user.email, TEST_PASSWORD, ip(), later)).not.toBeNull();
  });

  it('limits failures per IP across emails', async () => {
    const user = await createTestUser();
    const now = new Date('2026-04-02T10:00:00Z');
    for (let i = 0; i < 30; i++) await verifyCredentialsThrottled(`nobody-${i}@example.test`, 'wrong', '198.51.100.99', now);
    expect(await verifyCredentialsThrottled(user.email, TEST_PASSWORD, '198.51.100.99', now)).toBeNull();
    expect(await verifyCredentialsThrottled(user.email, TEST_PASSWORD, '198.51.100.100', now)).not.toBeNull();
  });
});
