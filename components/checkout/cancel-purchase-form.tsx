'use client';

import { useTranslations } from 'next-intl';
import { cancelPurchaseAction } from '@/actions/purchases';
import { FormMessage } from '@/components/ui/form-message';
import { PostButton } from '@/components/ui/post-button';

export function CancelPurchaseForm({ purchaseId }: { purchaseId: string }) {
  const t = useTranslations('checkout');
  return (
    <PostButton
      action={cancelPurchaseAction}
      fields={{ purchaseId }}
      variant="ghostDanger"
      className="space-y-2"
      buttonClassName="w-full"
      pendingLabel={t('cancelling')}
      confirm={{
        question: t('cancelQuestion'),
        yes: t('cancelYes'),
        no: t('cancelNo'),
      }}
      outcome={(state) => <FormMessage state={state} />}
    >
      {t('cancel')}
    </PostButton>
  );
}
