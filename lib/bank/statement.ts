import { z } from 'zod';
import { normalizeMoney } from '@/lib/money';
import { parseBankDate, type IncomingTransfer } from './incoming-transfer';

/** Currency marks a statement may print before or after an amount. */
const CURRENCY = /^(?:vnđ|vnd|₫|đ)\s*|\s*(?:vnđ|vnd|₫|đ)$/giu;
/** Spaces banks put between thousands: plain, no-break, narrow no-break, thin. */
const SPACE = /[ \u00A0\u202F\u2009]/g;

/**
 * The shapes an amount may take, each read one way only (Vietnamese banks group thousands with dots):
 * whole part, then its thousands separator, then the decimal separator.
 */
const AMOUNT_SHAPES: Array<[RegExp, thousands: string, decimal: string]> = [
  [/^\d+$/, '', ''], // 149000
  [/^[1-9]\d{0,2}(?:\.\d{3})+$/, '.', ''], // 149.000, 1.250.000
  [/^[1-9]\d{0,2}(?:,\d{3})+$/, ',', ''], // 149,000
  [/^[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d{1,2})?$/, ' ', '.,'], // 149 000, 1 250 000,50
  [/^[1-9]\d{0,2}(?:\.\d{3})+,\d{1,2}$/, '.', ','], // 1.234.567,50
  [/^[1-9]\d{0,2}(?:,\d{3})+\.\d{1,2}$/, ',', '.'], // 1,234,567.50
  [/^\d+[.,]\d{1,2}$/, '', '.,'], // 12.5, 149,00
];

/** The largest amount a transfer may carry (incomingTransferSchema's limit). */
const MAX_WHOLE_DIGITS = 12;

/**
 * Bank-statement amounts as banks print them: "149000", "149.000" and "1.250.000 ₫" (Vietnamese
 * thousands), "149,000", "199 000 VND", "1.234.567,50", "1,234,567.50", "+149.000". Returns a 2-decimal
 * string, or null for anything else: outgoing or zero amounts, dates, text, and shapes that read two ways
 * ("149.000.00", "1.2345", "0.149").
 */
export function parseStatementAmount(value: string): string | null {
  const v = value
    .trim()
    .replace(CURRENCY, '')
    .trim()
    .replace(/^\+\s*/, '')
    .replace(SPACE, ' ');
  const shape = AMOUNT_SHAPES.find(([re]) => re.test(v));
  if (!shape) return null;
  const [, thousands, decimal] = shape;
  let whole = v;
  let fraction = '';
  const decimalAt = decimal ? Math.max(...[...decimal].map((sep) => v.lastIndexOf(sep))) : -1;
  if (decimalAt >= 0) {
    whole = v.slice(0, decimalAt);
    fraction = v.slice(decimalAt + 1);
  }
  if (thousands) whole = whole.split(thousands).join('');
  whole = whole.replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_WHOLE_DIGITS) return null;
  const amount = normalizeMoney(`${whole}${fraction ? `.${fraction}` : ''}`);
  return /^0\.00$/.test(amount) ? null : amount;
}

const pad = (s: string) => s.padStart(2, '0');

/** A wall-clock time in Vietnam, or null when a part is out of range (31/02, 24:00, 13th month). */
function vietnamTime(y: string, m: string, d: string, hh = '0', mm = '0', ss = '0'): Date | null {
  const [year, month, day, hour, minute, second] = [y, m, d, hh, mm, ss].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 2000 ||
    year > 2100 ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  return parseBankDate(`${y}-${pad(m)}-${pad(d)} ${pad(hh)}:${pad(mm)}:${pad(ss)}`);
}

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`);
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * "25/11/2026", "25/11/2026 14:03", "25-11-2026 14:03:05" (day first, as Vietnamese banks write),
 * "2026-11-25 14:03:00" (Vietnam time) or ISO 8601 with an offset. Anything else, or a day that does not
 * exist, is null: never JavaScript's guess (`new Date("149000")` is the year 149000).
 */
export function parseStatementDate(value: string): Date | null {
  const v = value.trim();
  const dmy = DAY_FIRST.exec(v);
  if (dmy) return vietnamTime(dmy[3]!, dmy[2]!, dmy[1]!, dmy[4], dmy[5], dmy[6]);
  const ymd = YEAR_FIRST.exec(v);
  if (ymd) return vietnamTime(ymd[1]!, ymd[2]!, ymd[3]!, ymd[4], ymd[5], ymd[6]);
  const iso = WITH_OFFSET.exec(v);
  if (iso && vietnamTime(iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5], iso[6])) {
    const date = new Date(v);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

export const statementMappingSchema = z.object({
  date: z.coerce.number().int().min(0),
  amount: z.coerce.number().int().min(0),
  content: z.coerce.number().int().min(0),
  transactionId: z.coerce.number().int().min(0),
});
export type StatementMapping = z.output<typeof statementMappingSchema>;

/** The four columns a statement is read with, in the order the form shows them. */
export const STATEMENT_COLUMNS = ['transactionId', 'date', 'amount', 'content'] as const satisfies ReadonlyArray<
  keyof StatementMapping
>;

/**
 * Why `rows` cannot be read with a mapping, as a field and a problem (the words are chosen where it is
 * shown, in the admin's language: actions/admin/payments.ts, messages `admin.statement.mapping.*`).
 */
export type MappingProblem =
  | { field: 'csv'; problem: 'noRows' }
  | { field: keyof StatementMapping; problem: 'noSuchColumn'; columns: number }
  | { field: keyof StatementMapping; problem: 'columnTaken'; takenBy: keyof StatementMapping };

/**
 * What is wrong with reading `rows` (header first) with `mapping`: a column the header does not have, two
 * pickers on one column, or no row under the header. Null when it can be read.
 */
export function statementMappingError(rows: string[][], mapping: StatementMapping): MappingProblem | null {
  const header = rows[0] ?? [];
  if (rows.length < 2) return { field: 'csv', problem: 'noRows' };
  const taken = new Map<number, keyof StatementMapping>();
  for (const field of STATEMENT_COLUMNS) {
    const index = mapping[field];
    if (index >= header.length) return { field, problem: 'noSuchColumn', columns: header.length };
    const other = taken.get(index);
    if (other) return { field, problem: 'columnTaken', takenBy: other };
    taken.set(index, field);
  }
  return null;
}

/**
 * Why a row of a statement was not read (its words: messages `admin.statement.problem.*`); `text` is the
 * cell as the file has it, cut to 40 characters.
 */
export type RowProblem =
  { problem: 'noTransactionId' } | { problem: 'notAmount' | 'outgoingAmount' | 'notDate'; text: string };

export type StatementRow =
  { line: number; ok: true; transfer: IncomingTransfer } | { line: number; ok: false; error: RowProblem };

/** Turns CSV rows (header first) into transfers with the chosen columns; bad rows say why. */
export function statementRowsToTransfers(rows: string[][], mapping: StatementMapping): StatementRow[] {
  return rows.slice(1).map((row, i): StatementRow => {
    const line = i + 2;
    const cell = (index: number) => (row[index] ?? '').trim();
    const id = cell(mapping.transactionId);
    const amount = parseStatementAmount(cell(mapping.amount));
    const date = parseStatementDate(cell(mapping.date));
    if (!id) return { line, ok: false, error: { problem: 'noTransactionId' } };
    if (!amount) {
      const printed = cell(mapping.amount).slice(0, 40);
      return {
        line,
        ok: false,
        error: { problem: printed.startsWith('-') ? 'outgoingAmount' : 'notAmount', text: printed },
      };
    }
    if (!date) return { line, ok: false, error: { problem: 'notDate', text: cell(mapping.date).slice(0, 40) } };
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
