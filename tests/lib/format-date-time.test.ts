import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '@/lib/env';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatIsoLocal,
  formatShortDate,
  formatTime,
  shopDay,
} from '@/lib/format-date-time';

// 16:40 UTC on 27 Nov = 23:40 in Ho Chi Minh City; 17:30 UTC = 00:30 on the 28th there.
const lateEvening = new Date('2026-11-27T16:40:00Z');
const pastMidnight = new Date('2026-11-27T17:30:05Z');

afterEach(() => vi.unstubAllEnvs());

describe('dates in the shop’s time zone (default Asia/Ho_Chi_Minh)', () => {
  it('writes day first, month abbreviated, 24-hour clock', () => {
    expect(formatDateTime(lateEvening)).toBe('27 Nov 2026, 23:40');
    expect(formatDate(pastMidnight)).toBe('28 November 2026');
    expect(formatShortDate(pastMidnight)).toBe('28 Nov 2026');
    expect(formatTime(pastMidnight)).toBe('00:30');
  });

  it('writes Vietnamese dates day/month/year with a 24-hour clock after the date', () => {
    expect(formatDateTime(lateEvening, 'vi')).toBe('27/11/2026 23:40');
    expect(formatDateTime(pastMidnight, 'vi')).toBe('28/11/2026 00:30');
    expect(formatShortDate(pastMidnight, 'vi')).toBe('28/11/2026');
    expect(formatDate(pastMidnight, 'vi')).toBe('28 tháng 11, 2026');
    expect(formatTime(pastMidnight, 'vi')).toBe('00:30');
    expect(formatDay('2026-10-30', 'vi')).toBe('30/10');
  });

  it('gives machines ISO 8601 with the zone’s offset, and the shop’s calendar day', () => {
    expect(formatIsoLocal(pastMidnight)).toBe('2026-11-28T00:30:05+07:00');
    expect(shopDay(pastMidnight)).toBe('2026-11-28');
  });

  it('labels a report day without moving it to another day', () => {
    expect(formatDay('2026-10-30')).toBe('30 Oct');
    vi.stubEnv('SHOP_TIME_ZONE', 'America/Los_Angeles');
    expect(formatDay('2026-10-30')).toBe('30 Oct');
  });

  it('follows SHOP_TIME_ZONE, daylight saving included', () => {
    vi.stubEnv('SHOP_TIME_ZONE', 'Europe/Berlin');
    expect(formatDateTime(lateEvening)).toBe('27 Nov 2026, 17:40');
    expect(formatIsoLocal(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01T14:00:00+02:00');
    vi.stubEnv('SHOP_TIME_ZONE', 'UTC');
    expect(formatIsoLocal(lateEvening)).toBe('2026-11-27T16:40:00+00:00');
  });

  it('refuses a zone that does not exist, naming the variable and the fix', () => {
    expect(() => parseEnv({ SHOP_TIME_ZONE: 'Asia/Hanoi_City' })).toThrow(
      /SHOP_TIME_ZONE: must be an IANA time zone name such as Asia\/Ho_Chi_Minh/,
    );
    expect(() => parseEnv({ SHOP_TIME_ZONE: "Asia/Ho_Chi_Minh'; drop table users; --" })).toThrow(/SHOP_TIME_ZONE/);
  });
});
