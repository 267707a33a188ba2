/**
 * Reads a VietQR payload back, strictly (lengths, CRC, the NAPAS template): the tests' check that what
 * lib/payments/vietqr.ts builds, and what the checkout page draws, is what a banking app will scan. The
 * shop itself only builds payloads, so the parser lives with the tests.
 */
import { normalizeMoney } from '../../lib/money';
import { crc16Hex } from '../../lib/payments/crc16';
import { TlvError } from '../../lib/payments/emv-tlv';
import { LIMITS, NAPAS_GUID, SERVICE_TO_ACCOUNT, VietQrError } from '../../lib/payments/vietqr';

const SERVICE_TO_CARD = 'QRIBFTTC';
const ID_RE = /^\d{2}$/;

export type TlvField = { id: string; value: string };

/**
 * Splits a string of data objects. Strict: every ID and length must be digits and every value must fit
 * in what is left, so a truncated or mis-measured payload is an error instead of a silently shorter field.
 */
export function parseTlvList(input: string): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < input.length) {
    const head = input.slice(at, at + 4);
    if (head.length < 4) throw new TlvError(`Truncated data object at position ${at}: "${head}".`);
    const id = head.slice(0, 2);
    const lengthText = head.slice(2, 4);
    if (!ID_RE.test(id)) throw new TlvError(`Bad field ID "${id}" at position ${at}.`);
    if (!/^\d{2}$/.test(lengthText)) throw new TlvError(`Field ${id} has a bad length "${lengthText}".`);
    const length = Number(lengthText);
    const value = input.slice(at + 4, at + 4 + length);
    if (length === 0 || value.length !== length) {
      throw new TlvError(`Field ${id} says ${length} characters but ${value.length} remain.`);
    }
    fields.push({ id, value });
    at += 4 + length;
  }
  return fields;
}

/** The fields by ID; a repeated ID is an error (VietQR never repeats one). */
export function tlvMap(input: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { id, value } of parseTlvList(input)) {
    if (map.has(id)) throw new TlvError(`Field ${id} appears twice.`);
    map.set(id, value);
  }
  return map;
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
