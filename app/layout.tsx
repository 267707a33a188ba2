import type { ReactNode } from 'react';

/**
 * Every page lives under app/[locale], whose layout draws the document (<html lang>). This root layout
 * only exists because app/not-found.tsx (a URL no route matches, outside any language) needs one.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
