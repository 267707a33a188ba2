import { z } from 'zod';
import { amountSchema, parseBankDate, type IncomingTransfer } from './incoming-transfer';

export type AdapterResult =
  | { kind: 'transfer'; transfer: IncomingTransfer }
  | { kind: 'ignored'; reason: string }
  | { kind: 'invalid'; message: string };

const bankDate = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const d = parseBankDate(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: 'not a date' });
      return z.NEVER;
    }
    return d;
  });

const idString = z.union([z.string().trim().min(1), z.number().int()]).transform(String);

function invalid(error: z.ZodError): AdapterResult {
  return { kind: 'invalid', message: z.prettifyError(error) };
}

/** POST /api/payments/webhook — our own documented format. */
export const usitechBodySchema = z.object({
  id: z.string().trim().min(1).max(200),
  accountNumber: z.string().trim().min(1).max(40),
  amount: amountSchema,
  content: z.string().max(1000),
  transactionDate: bankDate,
});

export function fromUsitech(body: unknown): AdapterResult {
  const parsed = usitechBodySchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const b = parsed.data;
  return {
    kind: 'transfer',
    transfer: {
      provider: 'usitech',
      providerTransactionId: b.id,
      accountNumber: b.accountNumber,
      amount: b.amount,
      content: b.content,
      transactionDate: b.transactionDate,
    },
  };
}

/** SePay's documented webhook body; only incoming transfers (`transferType: "in"`) count. */
export const sepayBodySchema = z.object({
  id: idString,
  gateway: z.string().nullish(),
  transactionDate: bankDate,
  accountNumber: z.string().trim().nullish(),
  code: z.string().nullish(),
  content: z.string().nullish(),
  transferType: z.string(),
  transferAmount: z.union([z.number(), z.string()]),
  accumulated: z.union([z.number(), z.string()]).nullish(),
  subAccount: z.string().nullish(),
  referenceCode: z.string().nullish(),
  description: z.string().nullish(),
});

export function fromSepay(body: unknown): AdapterResult {
  const parsed = sepayBodySchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const b = parsed.data;
  if (b.transferType !== 'in') return { kind: 'ignored', reason: `transferType "${b.transferType}" is not incoming` };
  const amount = amountSchema.safeParse(b.transferAmount);
  if (!amount.success) return invalid(amount.error);
  return {
    kind: 'transfer',
    transfer: {
      provider: 'sepay',
      providerTransactionId: b.id,
      accountNumber: b.subAccount || b.accountNumber || null,
      amount: amount.data,
      // SePay extracts a payment code itself when configured; keep it with the content for matching.
      content: [b.content, b.code].filter(Boolean).join(' '),
      transactionDate: b.transactionDate,
    },
  };
}

/** Casso webhook v2: `{ error: 0, data: { id, reference, description, amount, transactionDateTime, accountNumber, … } }`. */
export const cassoBodySchema = z.object({
  error: z.number(),
  data: z.object({
    id: idString,
    reference: z.string().nullish(),
    description: z.string().nullish(),
    amount: z.number(),
    transactionDateTime: bankDate,
    accountNumber: z.string().trim().nullish(),
    virtualAccountNumber: z.string().nullish(),
    bankName: z.string().nullish(),
  }),
});

export function fromCasso(body: unknown): AdapterResult {
  const parsed = cassoBodySchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const { error, data } = parsed.data;
  if (error !== 0) return { kind: 'ignored', reason: `Casso reported error ${error}` };
  if (data.amount <= 0) return { kind: 'ignored', reason: 'outgoing transfer (amount ≤ 0)' };
  const amount = amountSchema.safeParse(data.amount);
  if (!amount.success) return invalid(amount.error);
  return {
    kind: 'transfer',
    transfer: {
      provider: 'casso',
      providerTransactionId: data.id,
      accountNumber: data.virtualAccountNumber || data.accountNumber || null,
      amount: amount.data,
      content: data.description ?? '',
      transactionDate: data.transactionDateTime,
    },
  };
}
