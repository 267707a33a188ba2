import { QRPay } from 'vietnam-qr-pay';
import { describe, expect, it } from 'vitest';
import { crc16Hex as buildCrc } from '@/lib/payments/crc16';
import { buildVietQrPayload, formatQrAmount, VietQrError } from '@/lib/payments/vietqr';
import { parseVietQrPayload } from '../../helpers/vietqr-parser';

/**
 * Published payloads, each with the inputs its source gives for it:
 * - subiz/vietqr, README.md and vietqr_test.go (github.com/subiz/vietqr)
 * - xuannghia/vietnam-qr-pay, README.md (github.com/xuannghia/vietnam-qr-pay, the package we install)
 */
const PUBLISHED = [
  {
    source: 'subiz/vietqr README.md: 120.000 VND to VietinBank 0011001932418, note "ủng hộ lũ lụt"',
    input: { bankBin: '970415', accountNumber: '0011001932418', amount: '120000', reference: 'ủng hộ lũ lụt' },
    payload:
      '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
  },
  {
    source: 'subiz/vietqr vietqr_test.go: static QR, 970423 / 0099999999',
    input: { bankBin: '970423', accountNumber: '0099999999' },
    payload: '00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4',
  },
  {
    source: 'subiz/vietqr vietqr_test.go: 40123 VND, "test text string"',
    input: { bankBin: '970422', accountNumber: '0023457923442', amount: '40123', reference: 'test text string' },
    payload:
      '00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6',
  },
  {
    source: 'subiz/vietqr vietqr_test.go: "chuyển khoản" folded to ASCII',
    input: { bankBin: '970422', accountNumber: '0023457923442', amount: '40123', reference: 'chuyển khoản' },
    payload:
      '00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62160812chuyen khoan6304722F',
  },
  {
    source: 'subiz/vietqr vietqr_test.go: a 19-character account number (the maximum)',
    input: {
      bankBin: '970422',
      accountNumber: '0023457923442ASDFLJ',
      amount: '40123',
      reference: 'chuyen khoan alsdkf laksj',
    },
    payload:
      '00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB',
  },
  {
    source: 'vietnam-qr-pay README.md: static ACB QR',
    input: { bankBin: '970416', accountNumber: '257678859' },
    payload: '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F',
  },
  {
    source: 'vietnam-qr-pay README.md: dynamic ACB QR, 10000 VND, "Chuyen tien"',
    input: { bankBin: '970416', accountNumber: '257678859', amount: '10000', reference: 'Chuyen tien' },
    payload:
      '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6',
  },
] as const;

describe('buildVietQrPayload', () => {
  it.each(PUBLISHED)('reproduces $source', ({ input, payload }) => {
    expect(buildVietQrPayload(input)).toBe(payload);
  });

  it('agrees with the vietnam-qr-pay encoder on our own purchase QRs', () => {
    const ours = buildVietQrPayload({
      bankBin: '970436',
      accountNumber: '0000123456789',
      amount: '349000.00',
      reference: 'USIK7M2QX9P',
    });
    const theirs = QRPay.initVietQR({
      bankBin: '970436',
      bankNumber: '0000123456789',
      amount: '349000',
      purpose: 'USIK7M2QX9P',
    }).build();
    expect(ours).toBe(theirs);
  });

  it('writes amounts without trailing decimal zeros', () => {
    expect(formatQrAmount('199000.00')).toBe('199000');
    expect(formatQrAmount('199000')).toBe('199000');
    expect(formatQrAmount('1500.50')).toBe('1500.5');
    expect(formatQrAmount('1500.05')).toBe('1500.05');
    expect(formatQrAmount('0.01')).toBe('0.01');
    expect(formatQrAmount('9999999999.99')).toBe('9999999999.99');
    expect(() => formatQrAmount('0')).toThrow(VietQrError);
    expect(() => formatQrAmount('-5')).toThrow(/positive/);
    expect(() => formatQrAmount('1e5')).toThrow();
  });

  it('makes a static QR (01 = 11) without an amount and a dynamic one (12) with it', () => {
    expect(parseVietQrPayload(buildVietQrPayload({ bankBin: '970436', accountNumber: '123456' })).initiation).toBe(
      'static',
    );
    expect(
      parseVietQrPayload(buildVietQrPayload({ bankBin: '970436', accountNumber: '123456', amount: '1' })).initiation,
    ).toBe('dynamic');
  });

  it('refuses fields that do not fit the NAPAS profile', () => {
    const ok = { bankBin: '970436', accountNumber: '0000123456789' };
    expect(() => buildVietQrPayload({ ...ok, bankBin: '97043' })).toThrow(/BIN/);
    expect(() => buildVietQrPayload({ ...ok, accountNumber: '1'.repeat(20) })).toThrow(/account number/);
    expect(() => buildVietQrPayload({ ...ok, accountNumber: '0000-1234' })).toThrow(/account number/);
    expect(() => buildVietQrPayload({ ...ok, reference: 'x'.repeat(26) })).toThrow(/transfer content/);
    expect(() => buildVietQrPayload({ ...ok, reference: '☕' })).toThrow(/transfer content/);
    expect(buildVietQrPayload({ ...ok, accountNumber: '1'.repeat(19) })).toContain('1'.repeat(19));
    expect(parseVietQrPayload(buildVietQrPayload({ ...ok, reference: 'x'.repeat(25) })).reference).toBe('x'.repeat(25));
  });

  it('folds and cuts the optional name and city to ASCII 25 / 15 characters', () => {
    const payload = buildVietQrPayload({
      bankBin: '970436',
      accountNumber: '0000123456789',
      merchantName: 'Công ty TNHH Dịch vụ Tự động hoá USITech',
      city: 'Thành phố Hồ Chí Minh',
    });
    const parsed = parseVietQrPayload(payload);
    expect(parsed.merchantName).toBe('Cong ty TNHH Dich vu Tu d');
    expect(parsed.city).toBe('Thanh pho Ho Ch');
    expect(payload).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('parseVietQrPayload', () => {
  it.each(PUBLISHED)('reads $source', ({ input, payload }) => {
    const parsed = parseVietQrPayload(payload);
    expect(parsed.bankBin).toBe(input.bankBin);
    expect(parsed.accountNumber).toBe(input.accountNumber);
    expect(parsed.service).toBe('QRIBFTTA');
    expect(parsed.currency).toBe('704');
    expect(parsed.country).toBe('VN');
    expect(parsed.amount).toBe('amount' in input ? `${input.amount}.00` : undefined);
  });

  it('round-trips a purchase QR: amount, reference, payee', () => {
    const payload = buildVietQrPayload({
      bankBin: '970436',
      accountNumber: '0000123456789',
      amount: '1250000.50',
      reference: 'USIABCDEFGH',
    });
    expect(parseVietQrPayload(payload)).toMatchObject({
      initiation: 'dynamic',
      bankBin: '970436',
      accountNumber: '0000123456789',
      amount: '1250000.50',
      reference: 'USIABCDEFGH',
      additionalData: { '08': 'USIABCDEFGH' },
    });
  });

  it('accepts a lower-case CRC but refuses a wrong one', () => {
    const payload = PUBLISHED[0].payload;
    expect(parseVietQrPayload(payload.slice(0, -4) + payload.slice(-4).toLowerCase()).crc).toBe('C15C');
    expect(() => parseVietQrPayload(payload.slice(0, -4) + 'C15D')).toThrow(/CRC mismatch/);
    // One changed character in the amount: the CRC no longer matches.
    expect(() => parseVietQrPayload(payload.replace('5406120000', '5406120001'))).toThrow(/CRC mismatch/);
  });

  it('refuses a published payload whose field length is wrong', () => {
    // The vietnam-qr-pay README's MoMo example: field 38/01/01 says 18 characters but carries 19.
    const momo =
      '00020101021238620010A000000727013200069710250118PSP1234567890000000208QRIBFTTA53037045802VN62190515MOMOW2W123456786304821F';
    expect(() => parseVietQrPayload(momo)).toThrow(VietQrError);
  });

  it('refuses payloads that are not VietQR', () => {
    const withCrc = (body: string) => {
      const head = `${body}6304`;
      return head + buildCrc(head);
    };
    expect(() => parseVietQrPayload('hello')).toThrow(/CRC field/);
    expect(() => parseVietQrPayload(withCrc('000201010211'))).toThrow(/38/);
    expect(() =>
      parseVietQrPayload(
        withCrc('00020101021138540010A00000077501240006970423011000999999990208QRIBFTTA53037045802VN'),
      ),
    ).toThrow(/GUID/);
    expect(() =>
      parseVietQrPayload(
        withCrc('00020101021338540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN'),
      ),
    ).toThrow(/Field 01/);
    expect(() =>
      parseVietQrPayload(
        withCrc('00020101021238540010A00000072701240006970423011000999999990208QRIBFTTA5303704540512,005802VN'),
      ),
    ).toThrow(/amount/);
  });
});
