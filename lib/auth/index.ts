import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { clientIp } from '@/lib/http/client-ip';
import { loginSchema } from '@/lib/validations/auth';
import { authConfig } from './config';
import { signSessionRefresh } from './session-refresh';
import { verifyCredentialsThrottled } from './sign-in-throttle';
import { SignInThrottledError } from './sign-in-throttled-error';

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        // Throttled per (email, address), per address and per email (lib/auth/sign-in-throttle.ts);
        // a refusal names the wait, and the password is not even checked.
        const ip = clientIp(request.headers);
        const attempt = await verifyCredentialsThrottled(parsed.data.email, parsed.data.password, ip);
        if (attempt.status === 'throttled') throw new SignInThrottledError(attempt.reason, attempt.retryAfterMs);
        if (attempt.status !== 'ok') return null;
        const user = attempt.value;
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
});

/**
 * Moves the current session to `sessionVersion` (after this user changed their password here), so it
 * survives while every other session, still on the old version, ends.
 */
export async function refreshSessionVersion(userId: string, sessionVersion: number): Promise<void> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  await unstable_update({ refresh: await signSessionRefresh(secret, userId, sessionVersion) });
}
