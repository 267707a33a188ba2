'use client';

import { useTranslations } from 'next-intl';
import { contactAction } from '@/actions/contact';
import { useActionForm } from '@/lib/forms/use-action-form';
import { contactSchema, type ContactInput } from '@/lib/validations/contact';
import { Button } from '@/components/ui/button';
import { SuccessPanel } from '@/components/ui/success-panel';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function ContactForm({ name = '', email = '' }: { name?: string; email?: string }) {
  const t = useTranslations('contact');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<ContactInput>(contactSchema, contactAction, {
    name,
    email,
    subject: '',
    message: '',
  });

  if (state.status === 'success') {
    return (
      <SuccessPanel title={t('sentTitle')} next={{ href: '/', label: t('backToShop') }}>
        {state.message}
      </SuccessPanel>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField id="contact-name" label={t('name')} autoComplete="name" required {...field('name')} />
      <TextField id="contact-email" label={t('email')} type="email" autoComplete="email" required {...field('email')} />
      <TextField id="contact-subject" label={t('subject')} required {...field('subject')} />
      <TextAreaField id="contact-message" label={t('message')} required rows={6} {...field('message')} />
      {/* Honeypot: invisible to people and screen readers; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="contact-website">{t('website')}</label>
        <input id="contact-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('sending') : t('send')}
      </Button>
    </form>
  );
}
