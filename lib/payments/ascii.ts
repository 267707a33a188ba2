/**
 * VietQR text fields are ASCII: "Nguyễn Văn Đức" becomes "Nguyen Van Duc". Diacritics are removed
 * (Unicode NFD, then the combining marks dropped), đ/Đ (a letter of its own, not a mark) become d/D,
 * anything else outside printable ASCII is dropped, and runs of spaces collapse to one.
 */
export function toAsciiText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
