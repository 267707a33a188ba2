import { describe, expect, it } from 'vitest';
import { crc16CcittFalse, crc16Hex } from '@/lib/payments/crc16';

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the catalogue check value for "123456789"', () => {
    // The CRC RevEng catalogue (reveng.sourceforge.io/crc-catalogue, "CRC-16/IBM-3740", alias
    // CRC-16/CCITT-FALSE): width 16, poly 0x1021, init 0xffff, check 0x29b1.
    expect(crc16CcittFalse('123456789')).toBe(0x29b1);
  });

  it('is the initial value for empty input and pads to four upper-case hex digits', () => {
    expect(crc16CcittFalse('')).toBe(0xffff);
    expect(crc16Hex('')).toBe('FFFF');
    // CRC("USI14") = 0x0AC1: the hex form keeps its leading zero.
    expect(crc16CcittFalse('USI14')).toBe(0x0ac1);
    expect(crc16Hex('USI14')).toBe('0AC1');
    expect(crc16Hex('123456789')).toBe('29B1');
  });

  it('matches the CRC of published VietQR payloads', () => {
    // From the vietnam-qr-pay README (github.com/xuannghia/vietnam-qr-pay): static ACB QR.
    const payload = '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F';
    expect(crc16Hex(payload.slice(0, -4))).toBe('AE9F');
  });
});
