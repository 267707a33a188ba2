import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawableText, glyphCoverage } from '@/lib/og/glyph-coverage';

const font = (file: string) => readFileSync(path.join('node_modules', 'geist', 'dist', 'fonts', 'geist-sans', file));
const geist = font('Geist-Bold.ttf');

/** Every text of a message file (nested objects included). */
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(texts);

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

  // The cards draw the eyebrow and description in the regular weight, the title and shop name in bold.
  it.each(['Geist-Regular.ttf', 'Geist-Bold.ttf'])(
    '%s draws every letter of the cards’ own words in both languages (messages/*/og.json)',
    (file) => {
      const covered = glyphCoverage(font(file));
      for (const locale of ['en', 'vi']) {
        const messages = JSON.parse(readFileSync(path.join('messages', locale, 'og.json'), 'utf8')) as unknown;
        for (const text of texts(messages)) expect(drawableText(text, covered), `${locale}: ${text}`).toBe(text);
      }
    },
  );

  it('refuses a file that is not a font', () => {
    expect(() => glyphCoverage(new Uint8Array(64))).toThrow();
  });
});
