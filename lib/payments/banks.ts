/**
 * The Vietnamese bank directory (BIN ↔ bank), taken from the `vietnam-qr-pay` package so it is kept up
 * to date with NAPAS there. A shop may configure its bank by name ("Vietcombank", "VCB", "ACB") or BIN.
 */
import { Banks } from 'vietnam-qr-pay';
import { toAsciiText } from './ascii';

export type BankInfo = { bin: string; shortName: string; name: string; code: string };

type Entry = BankInfo & { deprecated: boolean; words: string[] };

function normalizeName(value: string): string {
  return toAsciiText(value)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const directory: Entry[] = Banks.filter((b) => /^\d{6}$/.test(b.bin))
  .map((b) => ({
    bin: b.bin,
    shortName: b.shortName,
    name: b.name,
    code: b.code,
    deprecated: Boolean(b.deprecated),
    words: [b.shortName, b.code, b.key, b.name, ...(b.keywords ?? '').split(',')].map(normalizeName).filter(Boolean),
  }))
  // Current names first, so a BIN shared with a retired name resolves to the current one.
  .sort((a, b) => Number(a.deprecated) - Number(b.deprecated));

const info = ({ bin, shortName, name, code }: Entry): BankInfo => ({ bin, shortName, name, code });

/** Every bank whose BIN is `bin` (two banks can share one after a merger), current names first. */
export function banksByBin(bin: string): BankInfo[] {
  return directory.filter((b) => b.bin === bin).map(info);
}

/** The bank a name stands for: its short name, code, full name or a keyword, ignoring case and accents. */
export function findBankByName(name: string): BankInfo | undefined {
  const wanted = normalizeName(name);
  if (!wanted) return undefined;
  const bank = directory.find((b) => b.words.includes(wanted));
  return bank ? info(bank) : undefined;
}

export type ResolvedBank = { bin: string; name: string };

/** A payee bank configuration that does not add up; `variable` is the one to fix. */
export class BankConfigError extends Error {
  constructor(
    readonly variable: 'PAYMENT_BANK_BIN' | 'PAYMENT_BANK_NAME',
    detail: string,
  ) {
    super(detail);
    this.name = 'BankConfigError';
  }
}

/**
 * The payee bank from configuration: a BIN, a name, or both (then they must agree). A BIN the
 * directory does not know yet is accepted with the configured name. Throws with a sentence that names
 * the variable to fix (BankConfigError).
 */
export function resolveBank(config: { bin?: string; name?: string }, fallback = { bin: '970436' }): ResolvedBank {
  const { bin, name } = config;
  if (bin) {
    const candidates = banksByBin(bin);
    if (name) {
      const named = findBankByName(name);
      if (candidates.length > 0 && named && !candidates.some((c) => c.bin === named.bin)) {
        throw new BankConfigError(
          'PAYMENT_BANK_NAME',
          `"${name}" is ${named.shortName} (BIN ${named.bin}), but PAYMENT_BANK_BIN is ${bin}.`,
        );
      }
      return { bin, name };
    }
    const bank = candidates[0];
    if (!bank)
      throw new BankConfigError(
        'PAYMENT_BANK_BIN',
        `${bin} is not in the bank directory: set PAYMENT_BANK_NAME as well.`,
      );
    return { bin, name: bank.shortName };
  }
  if (name) {
    const bank = findBankByName(name);
    if (!bank)
      throw new BankConfigError(
        'PAYMENT_BANK_NAME',
        `"${name}" is not a bank we know: set PAYMENT_BANK_BIN (6 digits) as well.`,
      );
    return { bin: bank.bin, name };
  }
  return resolveBank({ bin: fallback.bin });
}
