import { describe, expect, it } from 'vitest';
import { categoryFormSchema } from '@/lib/validations/admin/categories';
import { inEnglish } from '@/lib/validations/messages';

/** A failed parse's issues, each message in its English words (the schema holds keys of `validation`). */
const issues = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((i) => ({ path: i.path, message: inEnglish(i.message) }));

describe('the optional Vietnamese fields of the admin forms', () => {
  it('stores empty as null, keeps Vietnamese text as typed (trimmed), and checks it like the English field', () => {
    const base = { name: 'Finance', slug: 'finance', description: '' };
    expect(categoryFormSchema.parse({ ...base, nameVi: '  ', descriptionVi: '' })).toMatchObject({
      nameVi: null,
      descriptionVi: null,
    });
    expect(categoryFormSchema.parse({ ...base, nameVi: ' Tài chính & Kế toán ' })).toMatchObject({
      nameVi: 'Tài chính & Kế toán',
    });
    const tooShort = categoryFormSchema.safeParse({ ...base, nameVi: 'T' });
    expect(issues(tooShort)).toMatchObject([
      { path: ['nameVi'], message: 'Enter at least 2 characters, or leave it empty.' },
    ]);
    const tooLong = categoryFormSchema.safeParse({ ...base, descriptionVi: 'ạ'.repeat(301) });
    expect(issues(tooLong)).toMatchObject([{ path: ['descriptionVi'], message: 'Use at most 300 characters.' }]);
  });
});
