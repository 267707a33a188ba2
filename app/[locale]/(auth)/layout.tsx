import type { ReactNode } from 'react';
import { PersonalFrame } from '@/components/layout/personal-frame';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <PersonalFrame>
      <div className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 py-12">
        <div className="rounded-2xl border border-line bg-surface p-8 shadow-sm">{children}</div>
      </div>
    </PersonalFrame>
  );
}
