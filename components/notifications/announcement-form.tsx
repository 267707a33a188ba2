'use client';

import { sendAnnouncementAction } from '@/actions/announcements';
import { useActionForm } from '@/lib/forms/use-action-form';
import { announcementSchema, type AnnouncementInput } from '@/lib/validations/notifications';
import { Button } from '@/components/ui/button';
import { describedBy, FieldShell, inputClass, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function AnnouncementForm() {
  const { form, state, isPending, formAction, onSubmit, errorFor, echoed } = useActionForm<AnnouncementInput>(
    announcementSchema,
    sendAnnouncementAction,
    { audience: 'all', email: '', type: 'SUCCESS', title: '', message: '', link: '' },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">Recipients</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="all" {...form.register('audience')} /> All users
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="user" {...form.register('audience')} /> One user
        </label>
      </fieldset>
      <TextField
        id="announcement-email"
        label="Recipient email"
        type="email"
        hint="Only for “One user”."
        defaultValue={echoed('email')}
        error={errorFor('email')}
        {...form.register('email')}
      />
      <FieldShell id="announcement-type" label="Type" error={errorFor('type')}>
        <select
          id="announcement-type"
          className={inputClass}
          aria-invalid={errorFor('type') ? true : undefined}
          aria-describedby={describedBy('announcement-type', errorFor('type'))}
          {...form.register('type')}
        >
          <option value="SUCCESS">Success (news, good things)</option>
          <option value="WARNING">Warning (needs attention)</option>
          <option value="ERROR">Error (something went wrong)</option>
        </select>
      </FieldShell>
      <TextField id="announcement-title" label="Title" defaultValue={echoed('title')} error={errorFor('title')} {...form.register('title')} />
      <TextAreaField
        id="announcement-message"
        label="Message"
        rows={4}
        defaultValue={echoed('message')}
        error={errorFor('message')}
        {...form.register('message')}
      />
      <TextField
        id="announcement-link"
        label="Link (optional)"
        hint="A path on this shop, e.g. /workflows"
        defaultValue={echoed('link')}
        error={errorFor('link')}
        {...form.register('link')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Sending…' : 'Send announcement'}
      </Button>
    </form>
  );
}
