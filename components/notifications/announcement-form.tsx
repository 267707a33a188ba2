'use client';

import { startTransition, useRef, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { sendAnnouncementAction } from '@/actions/announcements';
import { useActionForm } from '@/lib/forms/use-action-form';
import { asksConfirmation, CONFIRM_FIELD } from '@/lib/forms/confirmation';
import { announcementSchema, type AnnouncementInput } from '@/lib/validations/notifications';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { ConfirmDialog, ConfirmStep, ConfirmYes } from '@/components/ui/confirm-dialog';

/**
 * An announcement to one user or to everybody. "All users" asks first: a <dialog> with JavaScript; without
 * it the server answers the first post (nothing sent) with the question and the "yes" button.
 */
export function AnnouncementForm() {
  const t = useTranslations('admin');
  const QUESTION = t('announcements.question');
  const { form, state, isPending, formAction, field, echoed } = useActionForm<AnnouncementInput>(
    announcementSchema,
    sendAnnouncementAction,
    { audience: 'all', email: '', type: 'SUCCESS', title: '', message: '', link: '' },
  );
  const dialog = useRef<HTMLDialogElement>(null);
  const asking = asksConfirmation(state);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const el = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(el, submitter);
    const confirmed = data.get(CONFIRM_FIELD) === 'yes';
    if (confirmed) form.setValue('confirmed', 'yes');
    void form.handleSubmit(
      () => {
        dialog.current?.close();
        form.setValue('confirmed', '');
        startTransition(() => formAction(data));
      },
      (errors) => {
        // Everything else is fine and it goes to everybody: ask first.
        if (Object.keys(errors).every((name) => name === CONFIRM_FIELD)) dialog.current?.showModal();
      },
    )(event);
  };

  const yesButton = (
    <ConfirmYes disabled={isPending}>{isPending ? t('announcements.sending') : t('announcements.yes')}</ConfirmYes>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">{t('announcements.recipients')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            value="all"
            defaultChecked={(echoed('audience') ?? 'all') === 'all'}
            {...form.register('audience')}
          />{' '}
          {t('announcements.allUsers')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            value="user"
            defaultChecked={echoed('audience') === 'user'}
            {...form.register('audience')}
          />{' '}
          {t('announcements.oneUser')}
        </label>
      </fieldset>
      <TextField
        id="announcement-email"
        label={t('announcements.email')}
        type="email"
        hint={t('announcements.emailHint')}
        {...field('email')}
      />
      <SelectField id="announcement-type" label={t('announcements.type')} {...field('type')}>
        <option value="SUCCESS">{t('announcements.success')}</option>
        <option value="WARNING">{t('announcements.warning')}</option>
        <option value="ERROR">{t('announcements.error')}</option>
      </SelectField>
      <TextField id="announcement-title" label={t('announcements.titleLabel')} {...field('title')} />
      <TextAreaField id="announcement-message" label={t('announcements.message')} rows={4} {...field('message')} />
      <TextField
        id="announcement-link"
        label={t('announcements.link')}
        hint={t('announcements.linkHint')}
        {...field('link')}
      />
      {asking ? (
        <ConfirmStep question={QUESTION} yes={yesButton} />
      ) : (
        <>
          <FormMessage state={state} />
          <Button type="submit" disabled={isPending}>
            {isPending ? t('announcements.sending') : t('announcements.send')}
          </Button>
        </>
      )}
      <ConfirmDialog ref={dialog} question={QUESTION} yes={yesButton} no={t('announcements.goBack')} />
    </form>
  );
}
