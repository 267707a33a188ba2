import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PersonalFrame } from '@/components/layout/personal-frame';
import { pageLocale, type LocaleParams } from '@/i18n/page-locale';

export default async function AuthLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  return (
    <PersonalFrame>
      <div className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 py-12">
        <div className="rounded-2xl border border-line bg-surface p-8 shadow-sm">
          <ClientMessages locale={locale} namespaces={['auth', 'validation']}>
            {children}
          </ClientMessages>
        </div>
      </div>
    </PersonalFrame>
  );
}
