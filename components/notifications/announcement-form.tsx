'use client';

import { sendAnnouncementAction } from '@/actions/announcements';
import { useActionForm } from '@/lib/forms/use-action-form';
import { announcementSchema, type AnnouncementInput } from '@/lib/validations/notifications';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function AnnouncementForm() {
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<AnnouncementInput>(
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
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Sending…' : 'Send announcement'}
      </Button>
    </form>
  );
}
