'use client';

import { startTransition, useRef, type FormEvent } from 'react';
import { sendAnnouncementAction } from '@/actions/announcements';
import { useActionForm } from '@/lib/forms/use-action-form';
import { asksConfirmation, CONFIRM_FIELD } from '@/lib/forms/confirmation';
import { announcementSchema, type AnnouncementInput } from '@/lib/validations/notifications';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { ConfirmDialog, ConfirmStep, ConfirmYes } from '@/components/ui/confirm-dialog';

const QUESTION = 'Send this announcement to every user? It cannot be taken back.';
const YES = 'Yes, send to all users';

/**
 * An announcement to one user or to everybody. "All users" asks first: a <dialog> with JavaScript; without
 * it the server answers the first post (nothing sent) with the question and the "yes" button.
 */
export function AnnouncementForm() {
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

  const yesButton = <ConfirmYes disabled={isPending}>{isPending ? 'Sending…' : YES}</ConfirmYes>;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">Recipients</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            value="all"
            defaultChecked={(echoed('audience') ?? 'all') === 'all'}
            {...form.register('audience')}
          />{' '}
          All users
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            value="user"
            defaultChecked={echoed('audience') === 'user'}
            {...form.register('audience')}
          />{' '}
          One user
        </label>
      </fieldset>
      <TextField
        id="announcement-email"
        label="Recipient email"
        type="email"
        hint="Only for “One user”."
        {...field('email')}
      />
      <SelectField id="announcement-type" label="Type" {...field('type')}>
        <option value="SUCCESS">Success (news, good things)</option>
        <option value="WARNING">Warning (needs attention)</option>
        <option value="ERROR">Error (something went wrong)</option>
      </SelectField>
      <TextField id="announcement-title" label="Title" {...field('title')} />
      <TextAreaField id="announcement-message" label="Message" rows={4} {...field('message')} />
      <TextField
        id="announcement-link"
        label="Link (optional)"
        hint="A path on this shop, e.g. /workflows"
        {...field('link')}
      />
      {asking ? (
        <ConfirmStep question={QUESTION} yes={yesButton} />
      ) : (
        <>
          <FormMessage state={state} />
          <Button type="submit" disabled={isPending}>
            {isPending ? 'Sending…' : 'Send announcement'}
          </Button>
        </>
      )}
      <ConfirmDialog ref={dialog} question={QUESTION} yes={yesButton} />
    </form>
  );
}
