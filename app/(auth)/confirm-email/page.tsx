import type { Metadata } from 'next';
import { ConfirmEmailForm } from '@/components/auth/confirm-email-form';
import { isConfirmationTokenUsable } from '@/db/queries/email-confirmation';
import { confirmEmailSchema } from '@/lib/validations/email-confirmation';

export const metadata: Metadata = {
  title: 'Confirm your email',
  robots: { index: false },
  // The token is in the URL: never send it on as a referrer.
  referrer: 'no-referrer',
};

/** The page a confirmation link opens. Reading it changes nothing; its button confirms. */
export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = confirmEmailSchema.safeParse({ token: (await searchParams).token });
  const token = parsed.success ? parsed.data.token : '';
  const usable = token !== '' && (await isConfirmationTokenUsable(token));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Confirm your email</h1>
      <ConfirmEmailForm token={token} usable={usable} />
    </>
  );
}
