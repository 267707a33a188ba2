'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { idleState } from '@/lib/forms/action-state';
import { removeAvatarAction, uploadAvatarAction } from '@/actions/settings';
import { isValidationKey } from '@/lib/validations/messages';
import { avatarSchema } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { describedBy, FieldShell } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

/** A file input checked in the browser with the server's schema; the server also checks the bytes. */
export function AvatarForm({ avatarUrl, name }: { avatarUrl: string | null; name: string }) {
  const t = useTranslations('settings');
  // The schema's messages are keys of the `validation` namespace (the settings page gives the form it).
  const tv = useTranslations('validation');
  const [state, formAction, isPending] = useActionState(uploadAvatarAction, idleState);
  const [removeState, removeAction, isRemoving] = useActionState(removeAvatarAction, idleState);
  const [clientError, setClientError] = useState<string>();
  const error = clientError ?? (state.status === 'error' ? state.fieldErrors?.avatar?.[0] : undefined);

  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    const parsed = avatarSchema.safeParse({ avatar: file });
    const message = file && !parsed.success ? parsed.error.issues[0]?.message : undefined;
    setClientError(message && isValidationKey(message) ? tv(message) : message);
  };

  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      {avatarUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={avatarUrl}
          alt={t('avatar.alt', { name })}
          width={96}
          height={96}
          className="h-24 w-24 rounded-full border border-line object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex h-24 w-24 items-center justify-center rounded-full bg-brand-100 text-3xl font-semibold text-brand-700"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <div className="flex-1 space-y-3">
        <form action={formAction} onSubmit={(e) => clientError && e.preventDefault()} className="space-y-3">
          <FieldShell id="settings-avatar" label={t('avatar.label')} hint={t('avatar.hint')} error={error}>
            <input
              id="settings-avatar"
              name="avatar"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              required
              onChange={onChange}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy('settings-avatar', error, t('avatar.hint'))}
              className="block text-sm"
            />
          </FieldShell>
          <FormMessage state={state} />
          <Button type="submit" disabled={isPending}>
            {isPending ? t('avatar.uploading') : t('avatar.upload')}
          </Button>
        </form>
        {avatarUrl ? (
          <form action={removeAction} className="space-y-2">
            <Button type="submit" variant="secondary" disabled={isRemoving}>
              {t('avatar.remove')}
            </Button>
            <FormMessage state={removeState} />
          </form>
        ) : null}
      </div>
    </div>
  );
}
