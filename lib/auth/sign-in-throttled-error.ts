import { CredentialsSignin } from 'next-auth';
/** Why a sign-in was refused: too many failures from this address, or for this account. */
export type ThrottleReason = 'address' | 'account';

/**
 * Thrown by the credentials `authorize` when an attempt was refused before the password was checked.
 * In a server action next-auth re-throws it as is, so the login action reads the reason and the wait;
 * over plain HTTP it becomes `?error=CredentialsSignin&code=throttled`.
 */
export class SignInThrottledError extends CredentialsSignin {
  code = 'throttled';
  constructor(
    readonly reason: ThrottleReason,
    readonly retryAfterMs: number,
  ) {
    super();
  }
}
