import { cleanText } from '@/lib/validations/text';

/**
 * An RFC 4180 CSV reader for bank statements: quoted fields with commas, quotes ("") and newlines,
 * CRLF or LF, a UTF-8 BOM, and `;` or tab as the delimiter when the header line uses it.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = { ',': 0, ';': 0, '\t': 0 } as Record<',' | ';' | '\t', number>;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as ',' | ';' | '\t']++;
  }
  // A stable sort: on a tie (no delimiter at all, say) the comma, listed first, wins.
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] as ',' | ';' | '\t';
}

export function parseCsv(input: string, delimiter = detectDelimiter(input)): string[][] {
  // A statement is the bank's record: keep its rows, without what Postgres cannot store (NUL…).
  const text = cleanText(input).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}
