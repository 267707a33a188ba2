import { z } from 'zod';
import { parseBankDate, type IncomingTransfer } from './incoming-transfer';

/**
 * Bank-statement amounts as banks print them: "199000", "199,000", "199.000" (Vietnamese thousands),
 * "1.234.567,50", "1,234,567.50", "199 000 VND". Returns a 2-decimal string, or null.
 */
export function parseStatementAmount(value: string): string | null {
  let v = value.replace(/[^\d.,-]/g, '');
  if (!v || v.startsWith('-')) return null;
  const lastDot = v.lastIndexOf('.');
  const lastComma = v.lastIndexOf(',');
  let decimalSep: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSep = lastDot > lastComma ? '.' : ',';
  else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep) {
      const groups = v.split(sep);
      const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
      decimalSep = thousands ? null : sep;
    }
  }
  if (decimalSep) {
    const [whole = '', frac = ''] = [v.slice(0, v.lastIndexOf(decimalSep)), v.slice(v.lastIndexOf(decimalSep) + 1)];
    v = `${whole.replace(/[.,]/g, '')}.${frac}`;
  } else v = v.replace(/[.,]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n.toFixed(2) : null;
}

/** "25/11/2026", "25/11/2026 14:03", "2026-11-25 14:03:00", ISO; day-first as Vietnamese banks write. */
export function parseStatementDate(value: string): Date | null {
  const v = value.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (dmy) {
    const [, d, m, y, hh = '0', mm = '0', ss = '0'] = dmy;
    const pad = (s: string) => s.padStart(2, '0');
    return parseBankDate(`${y}-${pad(m!)}-${pad(d!)} ${pad(hh)}:${pad(mm)}:${pad(ss)}`);
  }
  return parseBankDate(v);
}

export const statementMappingSchema = z.object({
  date: z.coerce.number().int().min(0),
  amount: z.coerce.number().int().min(0),
  content: z.coerce.number().int().min(0),
  transactionId: z.coerce.number().int().min(0),
});
export type StatementMapping = z.output<typeof statementMappingSchema>;

export type StatementRow =
  { line: number; ok: true; transfer: IncomingTransfer } | { line: number; ok: false; error: string };

/** Turns CSV rows (header first) into transfers with the chosen columns; bad rows say why. */
export function statementRowsToTransfers(rows: string[][], mapping: StatementMapping): StatementRow[] {
  return rows.slice(1).map((row, i): StatementRow => {
    const line = i + 2;
    const cell = (index: number) => (row[index] ?? '').trim();
    const id = cell(mapping.transactionId);
    const amount = parseStatementAmount(cell(mapping.amount));
    const date = parseStatementDate(cell(mapping.date));
    if (!id) return { line, ok: false, error: 'no transaction id' };
    if (!amount) return { line, ok: false, error: `not an incoming amount: "${cell(mapping.amount)}"` };
    if (!date) return { line, ok: false, error: `not a date: "${cell(mapping.date)}"` };
    return {
      line,
      ok: true,
      transfer: {
        provider: 'csv',
        providerTransactionId: id.slice(0, 200),
        accountNumber: null,
        amount,
        content: cell(mapping.content).slice(0, 1000),
        transactionDate: date,
      },
    };
  });
}
