/**
 * VietQR (NAPAS 24/7 bank transfer) payloads: the EMVCo merchant-presented QR format with the NAPAS
 * merchant account template under ID 38. The server builds the payload from a purchase; the browser only
 * draws the string. (The tests read payloads back with tests/helpers/vietqr-parser.ts.)
 */
import { toMinorUnits } from '../money';
import { toAsciiText } from './ascii';
import { crc16Hex } from './crc16';
import { encodeTlv, encodeTlvList } from './emv-tlv';

export const NAPAS_GUID = 'A000000727';
export const SERVICE_TO_ACCOUNT = 'QRIBFTTA';
export const CURRENCY_VND = '704';
export const COUNTRY_VN = 'VN';

/** Limits of the NAPAS profile (characters). */
export const LIMITS = { accountNumber: 19, amount: 13, reference: 25, merchantName: 25, city: 15 } as const;

export class VietQrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VietQrError';
  }
}

export type VietQrInput = {
  /** The bank's 6-digit NAPAS BIN, e.g. 970436 (Vietcombank). */
  bankBin: string;
  /** Letters and digits only, at most 19. */
  accountNumber: string;
  /** A money string ("199000.00"); present makes a dynamic QR (01 = "12"). */
  amount?: string;
  /** The transfer content (62 / 08): ASCII-folded, at most 25 characters. */
  reference?: string;
  /** Optional 59 / 60: ASCII-folded and cut to 25 / 15 characters (display only). */
  merchantName?: string;
  city?: string;
};

/**
 * EMVCo amount text: digits with "." as the decimal mark and no trailing fractional zeros,
 * "199000.00" → "199000", "1500.50" → "1500.5". Zero or negative amounts are refused.
 */
export function formatQrAmount(amount: string): string {
  const minor = toMinorUnits(amount);
  if (minor <= 0n) throw new VietQrError(`The amount must be positive, not "${amount}".`);
  const whole = (minor / 100n).toString();
  const cents = minor % 100n;
  const text = cents === 0n ? whole : `${whole}.${cents.toString().padStart(2, '0').replace(/0$/, '')}`;
  if (text.length > LIMITS.amount)
    throw new VietQrError(`The amount ${text} is longer than ${LIMITS.amount} characters.`);
  return text;
}

function cut(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return undefined;
  const ascii = toAsciiText(text).slice(0, max).trim();
  return ascii === '' ? undefined : ascii;
}

export function buildVietQrPayload(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) throw new VietQrError(`The bank BIN must be 6 digits, not "${input.bankBin}".`);
  if (!/^[0-9A-Za-z]+$/.test(input.accountNumber) || input.accountNumber.length > LIMITS.accountNumber) {
    throw new VietQrError(`The account number must be 1–${LIMITS.accountNumber} letters or digits.`);
  }
  let reference: string | undefined;
  if (input.reference !== undefined) {
    reference = toAsciiText(input.reference);
    if (reference === '' || reference.length > LIMITS.reference) {
      throw new VietQrError(`The transfer content must be 1–${LIMITS.reference} ASCII characters.`);
    }
  }
  const amount = input.amount === undefined ? undefined : formatQrAmount(input.amount);

  const beneficiary = encodeTlvList([
    ['00', input.bankBin],
    ['01', input.accountNumber],
  ]);
  const merchantAccount = encodeTlvList([
    ['00', NAPAS_GUID],
    ['01', beneficiary],
    ['02', SERVICE_TO_ACCOUNT],
  ]);
  const body = encodeTlvList([
    ['00', '01'],
    ['01', amount === undefined ? '11' : '12'],
    ['38', merchantAccount],
    ['53', CURRENCY_VND],
    ['54', amount],
    ['58', COUNTRY_VN],
    ['59', cut(input.merchantName, LIMITS.merchantName)],
    ['60', cut(input.city, LIMITS.city)],
    ['62', reference === undefined ? undefined : encodeTlv('08', reference)],
  ]);
  const withCrcHeader = `${body}6304`;
  return withCrcHeader + crc16Hex(withCrcHeader);
}
