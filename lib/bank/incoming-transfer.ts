import { z } from 'zod';

/** Vietnamese banks report local time without an offset: read it as Asia/Ho_Chi_Minh (UTC+7). */
export function parseBankDate(value: string): Date | null {
  const v = value.trim();
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(v);
  const iso = local ? `${local[1]}T${local[2]}${local[2]!.length === 5 ? ':00' : ''}+07:00` : v;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const amountSchema = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d{1,2})?$/),
  ])
  .transform((v) => (typeof v === 'number' ? v : Number(v)))
  .pipe(z.number().positive('amount must be positive').max(1e12).multipleOf(0.01))
  .transform((v) => v.toFixed(2));

/** One incoming bank transfer, whatever service reported it. Amount as a 2-decimal string. */
export const incomingTransferSchema = z.object({
  provider: z.enum(['usitech', 'sepay', 'casso', 'csv']),
  providerTransactionId: z.string().trim().min(1).max(200),
  accountNumber: z.string().trim().max(40).nullable(),
  amount: amountSchema,
  content: z.string().max(1000),
  transactionDate: z.date(),
});

export type IncomingTransfer = z.output<typeof incomingTransferSchema>;
export { amountSchema };
