import { describe, expect, it } from 'vitest';
import { inEnglish } from '@/lib/validations/messages';
import { invoiceDetailsSchema } from '@/lib/validations/settings';

const MST_ERROR = 'Enter the tax code (MST) as 10 digits, or 10 digits, a hyphen and 3 digits (0312345678-001).';
const errors = (input: Record<string, string>) => {
  const result = invoiceDetailsSchema.safeParse({ company: '', address: '', taxCode: '', ...input });
  if (result.success) return null;
  // The schema's messages are keys of the `validation` namespace: compared in their English words.
  const fields = Object.entries(result.error.flatten().fieldErrors);
  return Object.fromEntries(fields.map(([field, messages]) => [field, messages?.map(inEnglish)]));
};

describe('invoice details', () => {
  it('takes a tax code of 10 digits, or 10 digits, a hyphen and a 3-digit branch, trimmed', () => {
    expect(invoiceDetailsSchema.parse({ company: '', address: '', taxCode: ' 0312345678 ' }).taxCode).toBe(
      '0312345678',
    );
    expect(invoiceDetailsSchema.parse({ company: '', address: '', taxCode: '0312345678-001' }).taxCode).toBe(
      '0312345678-001',
    );
  });

  it('refuses any other tax code with a message next to the field', () => {
    for (const taxCode of [
      '031234567',
      '03123456789',
      '0312345678-01',
      '0312345678-0011',
      '0312345678 001',
      'MST0312345',
    ]) {
      expect(errors({ taxCode }), taxCode).toEqual({ taxCode: [MST_ERROR] });
    }
  });

  it('keeps empty fields as not set, and Vietnamese text as typed', () => {
    expect(invoiceDetailsSchema.parse({ company: ' Công ty TNHH Ánh Dương ', address: '', taxCode: '' })).toEqual({
      company: 'Công ty TNHH Ánh Dương',
      address: null,
      taxCode: null,
    });
    expect(errors({ company: 'x'.repeat(201) })).toEqual({ company: ['Keep the company name under 200 characters.'] });
  });
});
