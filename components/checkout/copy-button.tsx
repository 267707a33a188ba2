'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { clsx } from 'clsx';

/** A "Copy" button for one value; its accessible name says what it copies ("Copy amount"). */
export function CopyButton({ value, label, className }: { value: string; label: string; className?: string }) {
  const t = useTranslations('checkout');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <span className={clsx('inline-flex items-center gap-2', className)}>
      <button
        type="button"
        onClick={copy}
        aria-label={t('copyWhat', { what: label })}
        className="rounded-md border border-line bg-surface px-2 py-1 text-xs font-medium text-ink hover:bg-canvas"
      >
        {t('copy')}
      </button>
      <span aria-live="polite" className="text-xs text-success">
        {copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyByHand') : ''}
      </span>
    </span>
  );
}
