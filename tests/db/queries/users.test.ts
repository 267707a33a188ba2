import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { createUser, verifyCredentials } from '@/db/queries/users';
import { getActiveUserById } from '../../helpers/users';
import { users } from '@/db/schema';
import { AppError } from '@/lib/errors';

describe('users data layer', () => {
  it('registers with a lower-cased email and an argon2id hash, and verifies the password', async () => {
    const user = await createUser({ name: 'Mai', email: '  Mai@Example.TEST ', password: 'long enough pw' });
    expect(user.email).toBe('mai@example.test');
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await verifyCredentials('MAI@example.test', 'long enough pw'))?.id).toBe(user.id);
    expect(await verifyCredentials('mai@example.test', 'wrong password')).toBeNull();
    expect(await verifyCredentials('nobody@example.test', 'long enough pw')).toBeNull();
  });

  it('answers a duplicate email with a field error, not a crash', async () => {
    await createUser({ name: 'A', email: 'dup@example.test', password: 'long enough pw' });
    const attempt = createUser({ name: 'B', email: 'DUP@example.test', password: 'long enough pw' });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'conflict', field: 'email' });
  });

  it('refuses disabled and deleted accounts', async () => {
    const user = await createUser({ name: 'C', email: 'c@example.test', password: 'long enough pw' });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await verifyCredentials('c@example.test', 'long enough pw')).toBeNull();
    expect(await getActiveUserById(user.id)).toBeNull();
  });
});
