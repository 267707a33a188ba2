'use client';

import { contactAction } from '@/actions/contact';
import { useActionForm } from '@/lib/forms/use-action-form';
import { contactSchema, type ContactInput } from '@/lib/validations/contact';
import { Button } from '@/components/ui/button';
import { SuccessPanel } from '@/components/ui/success-panel';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function ContactForm({ name = '', email = '' }: { name?: string; email?: string }) {
  const { state, isPending, formAction, onSubmit, field } = useActionForm<ContactInput>(contactSchema, contactAction, {
    name,
    email,
    subject: '',
    message: '',
  });

  if (state.status === 'success') {
    return (
      <SuccessPanel title="Message sent" next={{ href: '/', label: 'Back to the shop' }}>
        {state.message}
      </SuccessPanel>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField id="contact-name" label="Name" autoComplete="name" required {...field('name')} />
      <TextField id="contact-email" label="Email" type="email" autoComplete="email" required {...field('email')} />
      <TextField id="contact-subject" label="Subject" required {...field('subject')} />
      <TextAreaField id="contact-message" label="Message" required rows={6} {...field('message')} />
      {/* Honeypot: invisible to people and screen readers; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="contact-website">Website</label>
        <input id="contact-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Sending…' : 'Send message'}
      </Button>
    </form>
  );
}
