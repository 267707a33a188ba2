/**
 * Which characters a TrueType/OpenType font draws, read from its `cmap` table (formats 4 and 12), so
 * the Open Graph images (server/og-image.tsx) can leave out what the bundled font lacks: next/og would
 * otherwise download a fallback font or emoji from the network while rendering.
 *
 * Pure code: no Node or Next imports.
 */
export type GlyphCoverage = (codePoint: number) => boolean;

type Range = [start: number, end: number];

function cmapRanges(font: Uint8Array): Range[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('This font has no cmap table.');
  const ranges: Range[] = [];
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(offset);
    if (format === 4) {
      const segments = view.getUint16(offset + 6) / 2;
      for (let s = 0; s < segments; s++) {
        const end = view.getUint16(offset + 14 + s * 2);
        const start = view.getUint16(offset + 16 + segments * 2 + s * 2);
        if (start !== 0xffff) ranges.push([start, end]);
      }
    } else if (format === 12) {
      const groups = view.getUint32(offset + 12);
      for (let g = 0; g < groups; g++) {
        ranges.push([view.getUint32(offset + 16 + g * 12), view.getUint32(offset + 20 + g * 12)]);
      }
    }
  }
  return ranges;
}

/** A test for "the font draws this code point". */
export function glyphCoverage(font: Uint8Array): GlyphCoverage {
  const ranges = cmapRanges(font);
  const seen = new Map<number, boolean>();
  return (codePoint) => {
    let known = seen.get(codePoint);
    if (known === undefined) {
      known = ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
      seen.set(codePoint, known);
    }
    return known;
  };
}

/**
 * `text` with the characters the font cannot draw left out (whitespace kept as a space), and runs of
 * spaces collapsed: "Gửi hoá đơn 🚀 nhanh" stays Vietnamese, loses the emoji.
 */
export function drawableText(text: string, covers: GlyphCoverage): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (/\s/.test(char)) out += ' ';
    else if (covers(codePoint)) out += char;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
