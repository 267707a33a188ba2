import { describe, expect, it } from 'vitest';
import { BankConfigError, banksByBin, findBankByName, resolveBank } from '@/lib/payments/banks';
import { parseEnv } from '@/lib/env';

describe('bank directory', () => {
  it('finds banks by BIN and by any of their names, ignoring case and accents', () => {
    expect(banksByBin('970436')[0]?.shortName).toBe('Vietcombank');
    expect(findBankByName('vietcombank')?.bin).toBe('970436');
    expect(findBankByName('VCB')?.bin).toBe('970436');
    expect(findBankByName('ACB')?.bin).toBe('970416');
    expect(findBankByName('Ngân hàng TMCP Á Châu')?.bin).toBe('970416');
    expect(findBankByName('VietinBank')?.bin).toBe('970415');
    expect(findBankByName('No Such Bank')).toBeUndefined();
  });

  it('resolves the payee bank from a BIN, a name, both, or neither', () => {
    expect(resolveBank({ bin: '970416' })).toEqual({ bin: '970416', name: 'ACB' });
    expect(resolveBank({ name: 'Techcombank' })).toEqual({ bin: '970407', name: 'Techcombank' });
    expect(resolveBank({ bin: '970436', name: 'Vietcombank' })).toEqual({ bin: '970436', name: 'Vietcombank' });
    expect(resolveBank({})).toEqual({ bin: '970436', name: 'Vietcombank' });
    // A BIN the directory does not know yet works when the shop names its bank.
    expect(resolveBank({ bin: '979999', name: 'New Bank' })).toEqual({ bin: '979999', name: 'New Bank' });
  });

  it('refuses a name and a BIN that disagree, naming the variable', () => {
    expect(() => resolveBank({ bin: '970436', name: 'ACB' })).toThrow(BankConfigError);
    expect(() => resolveBank({ bin: '979999' })).toThrow(/not in the bank directory/);
    expect(() => resolveBank({ name: 'No Such Bank' })).toThrow(/not a bank we know/);
  });

  it('is applied when the environment is parsed at start-up', () => {
    expect(parseEnv({})).toMatchObject({ PAYMENT_BANK_BIN: '970436', PAYMENT_BANK_NAME: 'Vietcombank' });
    expect(parseEnv({ PAYMENT_BANK_NAME: 'ACB' })).toMatchObject({
      PAYMENT_BANK_BIN: '970416',
      PAYMENT_BANK_NAME: 'ACB',
    });
    expect(() => parseEnv({ PAYMENT_BANK_NAME: 'No Such Bank' })).toThrow(
      /PAYMENT_BANK_NAME: "No Such Bank" is not a bank/,
    );
    expect(() => parseEnv({ PAYMENT_BANK_BIN: '970436', PAYMENT_BANK_NAME: 'ACB' })).toThrow(/PAYMENT_BANK_NAME/);
  });
});
