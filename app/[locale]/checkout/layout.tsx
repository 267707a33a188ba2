import type { ReactNode } from 'react';
import { PersonalFrame } from '@/components/layout/personal-frame';

export default function CheckoutLayout({ children }: { children: ReactNode }) {
  return <PersonalFrame>{children}</PersonalFrame>;
}
