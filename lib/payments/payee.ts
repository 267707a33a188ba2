/** The account that receives the transfers: configured once (lib/env.ts), shown on every checkout. */
import { buildVietQrPayload } from './vietqr';

export type Payee = {
  bankBin: string;
  bankName: string;
  accountNumber: string;
  accountName: string;
};

type PaymentEnv = {
  PAYMENT_BANK_BIN: string;
  PAYMENT_BANK_NAME: string;
  PAYMENT_ACCOUNT_NUMBER: string;
  PAYMENT_ACCOUNT_NAME: string;
};

export function payeeFromEnv(env: PaymentEnv): Payee {
  return {
    bankBin: env.PAYMENT_BANK_BIN,
    bankName: env.PAYMENT_BANK_NAME,
    accountNumber: env.PAYMENT_ACCOUNT_NUMBER,
    accountName: env.PAYMENT_ACCOUNT_NAME,
  };
}

/** The QR payload of one purchase: the payee, the exact amount and the reference as transfer content. */
export function purchaseQrPayload(payee: Payee, purchase: { amount: string; transferReference: string }): string {
  return buildVietQrPayload({
    bankBin: payee.bankBin,
    accountNumber: payee.accountNumber,
    amount: purchase.amount,
    reference: purchase.transferReference,
  });
}
