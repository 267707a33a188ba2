'use client';

import { useEffect } from 'react';

/** Sends the form `formId` once, as soon as the page is shown (its button still works without JavaScript). */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) form.requestSubmit();
  }, [formId]);
  return null;
}
