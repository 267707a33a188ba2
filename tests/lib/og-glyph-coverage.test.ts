import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawableText, glyphCoverage } from '@/lib/og/glyph-coverage';

const geist = readFileSync(path.join('node_modules', 'geist', 'dist', 'fonts', 'geist-sans', 'Geist-Bold.ttf'));

describe('glyph coverage of the bundled Open Graph font', () => {
  const covers = glyphCoverage(geist);

  it('draws Latin and every Vietnamese letter the shop writes', () => {
    for (const char of 'AaZzđĐưƯơƠạẢẤầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ') {
      expect(covers(char.codePointAt(0)!), char).toBe(true);
    }
  });

  it('keeps Vietnamese text and leaves out what the font cannot draw (emoji, CJK)', () => {
    expect(drawableText('Gửi hoá đơn 🚀 tự động  漢字', covers)).toBe('Gửi hoá đơn tự động');
    expect(drawableText('Line\nbreak\ttab', covers)).toBe('Line break tab');
  });

  it('refuses a file that is not a font', () => {
    expect(() => glyphCoverage(new Uint8Array(64))).toThrow();
  });
});
