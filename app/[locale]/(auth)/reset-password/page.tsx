import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { isResetTokenUsable } from '@/db/queries/password-reset';

export const metadata: Metadata = {
  title: 'Choose a new password',
  robots: { index: false },
  // The token is in the URL. No page-level referrer policy here: the global one (next.config.mjs) sends
  // other sites the origin only, and a `no-referrer` page would post its form with `Origin: null`, which
  // Next's server-action check refuses (a bare 500 without JavaScript).
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
      <ResetPasswordForm token={token} usable={usable} />
    </>
  );
}
