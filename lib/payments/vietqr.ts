/**
 * VietQR (NAPAS 24/7 bank transfer) payloads: the EMVCo merchant-presented QR format with the NAPAS
 * merchant account template under ID 38. The server builds the payload from a purchase; the browser only
 * draws the string.
 */
import { normalizeMoney, toMinorUnits } from '../money';
import { toAsciiText } from './ascii';
import { crc16Hex } from './crc16';
import { encodeTlv, encodeTlvList, tlvMap, TlvError } from './emv-tlv';

export const NAPAS_GUID = 'A000000727';
export const SERVICE_TO_ACCOUNT = 'QRIBFTTA';
export const SERVICE_TO_CARD = 'QRIBFTTC';
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
  if (text.length > LIMITS.amount) throw new VietQrError(`The amount ${text} is longer than ${LIMITS.amount} characters.`);
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

export type ParsedVietQr = {
  initiation: 'static' | 'dynamic';
  bankBin: string;
  accountNumber: string;
  service: string;
  currency: string;
  /** Normalised money string ("120000.00"), when the QR carries an amount. */
  amount?: string;
  country: string;
  merchantName?: string;
  city?: string;
  /** 62 / 08, the purpose of transaction: our transfer reference. */
  reference?: string;
  /** Every sub-field of 62 by ID. */
  additionalData: Record<string, string>;
  crc: string;
};

function required(map: Map<string, string>, id: string, what: string): string {
  const value = map.get(id);
  if (value === undefined) throw new VietQrError(`Field ${id} (${what}) is missing.`);
  return value;
}

function parseStrict(payload: string): ParsedVietQr {
  if (!/^[\x20-\x7e]+$/.test(payload)) throw new VietQrError('A VietQR payload is printable ASCII only.');
  const crcMatch = /6304([0-9A-Fa-f]{4})$/.exec(payload);
  if (!crcMatch) throw new VietQrError('The payload does not end with a CRC field (6304 and 4 hex digits).');
  const expected = crc16Hex(payload.slice(0, -4));
  const crc = crcMatch[1]!.toUpperCase();
  if (crc !== expected) throw new VietQrError(`CRC mismatch: the payload says ${crc}, its content gives ${expected}.`);

  const root = tlvMap(payload);
  if ([...root.keys()].at(-1) !== '63') throw new VietQrError('Field 63 (CRC) must be the last field.');
  if (!payload.startsWith('000201')) throw new VietQrError('Field 00 (payload format) must come first and be "01".');
  const initiationCode = required(root, '01', 'point of initiation');
  if (initiationCode !== '11' && initiationCode !== '12') {
    throw new VietQrError(`Field 01 must be "11" (static) or "12" (dynamic), not "${initiationCode}".`);
  }
  const account = tlvMap(required(root, '38', 'merchant account information'));
  const guid = required(account, '00', 'GUID');
  if (guid !== NAPAS_GUID) throw new VietQrError(`Field 38/00 must be the NAPAS GUID ${NAPAS_GUID}, not "${guid}".`);
  const beneficiary = tlvMap(required(account, '01', 'beneficiary organisation'));
  const bankBin = required(beneficiary, '00', 'bank BIN');
  if (!/^\d{6}$/.test(bankBin)) throw new VietQrError(`The bank BIN must be 6 digits, not "${bankBin}".`);
  const accountNumber = required(beneficiary, '01', 'account number');
  if (accountNumber.length > LIMITS.accountNumber) {
    throw new VietQrError(`The account number is longer than ${LIMITS.accountNumber} characters.`);
  }
  const service = required(account, '02', 'service code');
  if (service !== SERVICE_TO_ACCOUNT && service !== SERVICE_TO_CARD) {
    throw new VietQrError(`Unknown service code "${service}".`);
  }

  const amountText = root.get('54');
  let amount: string | undefined;
  if (amountText !== undefined) {
    if (!/^\d+(\.\d{1,2})?$/.test(amountText) || amountText.length > LIMITS.amount) {
      throw new VietQrError(`Field 54 (amount) is not an amount: "${amountText}".`);
    }
    amount = normalizeMoney(amountText);
  }
  const additionalText = root.get('62');
  const additionalData = additionalText === undefined ? {} : Object.fromEntries(tlvMap(additionalText));

  return {
    initiation: initiationCode === '12' ? 'dynamic' : 'static',
    bankBin,
    accountNumber,
    service,
    currency: required(root, '53', 'currency'),
    amount,
    country: required(root, '58', 'country'),
    merchantName: root.get('59'),
    city: root.get('60'),
    reference: additionalData['08'],
    additionalData,
    crc,
  };
}

/** Parses and validates a payload (lengths, CRC, the NAPAS template); throws VietQrError on anything wrong. */
export function parseVietQrPayload(payload: string): ParsedVietQr {
  try {
    return parseStrict(payload);
  } catch (error) {
    if (error instanceof TlvError) throw new VietQrError(error.message);
    throw error;
  }
}
