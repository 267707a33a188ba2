import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { clientIp } from '@/lib/http/client-ip';
import { loginSchema } from '@/lib/validations/auth';
import { authConfig } from './config';
import { signSessionRefresh } from './session-refresh';
import { verifyCredentialsThrottled } from './sign-in-throttle';

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        // Rate-limited per email and per IP; over the limit the answer is the same generic failure.
        const ip = clientIp(request.headers);
        const user = await verifyCredentialsThrottled(parsed.data.email, parsed.data.password, ip);
        if (!user) return null;
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
