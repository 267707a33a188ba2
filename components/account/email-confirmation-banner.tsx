import { ResendConfirmationForm } from './resend-confirmation-form';

/** Shown on the account pages until the account's address is confirmed (the account works meanwhile). */
export function EmailConfirmationBanner({ email }: { email: string }) {
  return (
    <section
      aria-label="Email confirmation"
      className="no-print mb-6 space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm"
    >
      <p>
        <strong>Please confirm your email address.</strong> We sent a link to {email}; open it so that receipts and
        password resets reach you. Nothing found? Check your spam folder or ask for a new link.
      </p>
      <ResendConfirmationForm />
    </section>
  );
}
