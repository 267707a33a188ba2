import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { isResetTokenUsable } from '@/db/queries/password-reset';

export const metadata: Metadata = {
  title: 'Choose a new password',
  robots: { index: false },
  // The token is in the URL: never send it on as a referrer.
  referrer: 'no-referrer',
};

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' && raw.length <= 200 ? raw : '';
  const usable = token !== '' && (await isResetTokenUsable(token));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Choose a new password</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div role="alert" className="space-y-4 text-sm">
          <p className="rounded-lg bg-red-50 px-3 py-2 text-danger">
            This reset link is invalid, expired or already used.
          </p>
          <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
            Ask for a new link
          </Link>
        </div>
      )}
    </>
  );
}
