import type { Metadata } from 'next';
import { ContactForm } from '@/components/contact/contact-form';
import { getCurrentUser } from '@/server/auth/guards';
import { shop } from '@/lib/site';

export function generateMetadata(): Metadata {
  return {
    title: 'Contact',
    description: `Questions about a workflow, a payment or your account? Write to the ${shop().name} team.`,
  };
}

export default async function ContactPage() {
  const user = await getCurrentUser();
  return (
    <section className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Contact us</h1>
      <p className="mt-2 text-muted">
        Questions about a workflow, a payment or your account? Write to us and we will answer by email, usually within
        one working day.
      </p>
      <div className="relative mt-6 rounded-2xl border border-line bg-surface p-6 shadow-sm">
        <ContactForm name={user?.name} email={user?.email} />
      </div>
    </section>
  );
}
