'use client';

import { useActionState, useState, type ChangeEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FieldShell, SelectField, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { importStatementAction, previewStatementAction } from '@/actions/admin/payments';
import { idleState, type ActionState } from '@/lib/forms/action-state';
import { parseCsv } from '@/lib/bank/csv';
import type { PreviewRow } from '@/db/queries/bank/statement-import';

const COLUMNS = [
  { name: 'transactionId', label: 'Transaction ID column', guess: /(m[aã] gd|transaction|reference|ref|id|s[oố] ct)/i },
  { name: 'date', label: 'Date column', guess: /(ng[aà]y|date|time)/i },
  { name: 'amount', label: 'Amount column', guess: /(s[oố] ti[eề]n|amount|credit|c[oó]|ghi c[oó])/i },
  { name: 'content', label: 'Content column', guess: /(n[oộ]i dung|content|description|di[eễ]n gi[aả]i|memo)/i },
] as const;

const REASONS: Record<string, string> = {
  no_reference: 'no reference',
  unknown_reference: 'unknown reference',
  wrong_account: 'other account',
  already_paid: 'already paid',
  rejected: 'purchase rejected',
  expired: 'purchase expired',
  underpaid: 'underpaid',
  overpaid: 'overpaid',
};

function verdictText(v: PreviewRow['verdict']): string {
  if (v.kind === 'match') return `Will approve ${v.reference}`;
  if (v.kind === 'already_imported') return 'Imported before: skipped';
  if (v.kind === 'duplicate_row') return 'Repeated row: skipped';
  if (v.kind === 'error') return `Unreadable: ${v.message}`;
  return `Kept unmatched: ${REASONS[v.reason] ?? v.reason}`;
}

/** The preview's state: the rows it read, once it has. */
const noPreview: ActionState & { rows?: PreviewRow[] } = idleState;

/** Upload a statement, choose its columns, preview the matches, then approve the exact ones in one go. */
export function StatementImport() {
  const [csv, setCsv] = useState('');
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Record<string, number>>({});
  const [preview, previewAction, previewing] = useActionState(previewStatementAction, noPreview);
  const [imported, importAction, importing] = useActionState(importStatementAction, idleState);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    const text = file ? await file.text() : '';
    const header = parseCsv(text)[0] ?? [];
    setCsv(text);
    setHeaders(header);
    setMapping(
      Object.fromEntries(
        COLUMNS.map((c, i) => [
          c.name,
          Math.max(
            0,
            header.findIndex((h) => c.guess.test(h)),
          ) || i,
        ]),
      ),
    );
  };

  const matches = preview.rows?.filter((r) => r.verdict.kind === 'match').length ?? 0;
  const outcome = preview.status === 'error' ? preview : imported;
  const errorFor = (name: string) => (outcome.status === 'error' ? outcome.fieldErrors?.[name]?.[0] : undefined);
  const fileError = errorFor('csv');
  return (
    <form className="space-y-4">
      <FieldShell id="statement-file" label="Bank statement (CSV)" error={fileError}>
        <input
          id="statement-file"
          type="file"
          accept=".csv,text/csv"
          onChange={onFile}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy('statement-file', fileError)}
          className="text-sm"
        />
      </FieldShell>
      <input type="hidden" name="csv" value={csv} />
      {headers.length > 0 ? (
        <div className="grid gap-3 sm:grid-cols-4">
          {COLUMNS.map((c) => (
            <SelectField
              key={c.name}
              id={`statement-${c.name}`}
              label={c.label}
              name={c.name}
              value={mapping[c.name] ?? 0}
              onChange={(e) => setMapping({ ...mapping, [c.name]: Number(e.target.value) })}
              error={errorFor(c.name)}
            >
              {headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Column ${i + 1}`}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" formAction={previewAction} disabled={!csv || previewing}>
          {previewing ? 'Reading…' : 'Preview'}
        </Button>
        <Button type="submit" formAction={importAction} disabled={!preview.rows || importing}>
          {importing ? 'Importing…' : `Approve exact matches (${matches})`}
        </Button>
      </div>
      <FormMessage state={outcome} />
      {preview.rows ? (
        <div className="overflow-x-auto rounded-xl border border-line bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Statement preview</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Line
                </th>
                <th scope="col" className="px-3 py-2">
                  Transaction
                </th>
                <th scope="col" className="px-3 py-2">
                  Amount
                </th>
                <th scope="col" className="px-3 py-2">
                  Content
                </th>
                <th scope="col" className="px-3 py-2">
                  Result
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {preview.rows.map((r) => (
                <tr key={r.line}>
                  <td className="px-3 py-2">{r.line}</td>
                  <td className="px-3 py-2">{r.transactionId ?? '—'}</td>
                  <td className="px-3 py-2">{r.amount ?? '—'}</td>
                  <td className="max-w-xs truncate px-3 py-2" title={r.content}>
                    {r.content}
                  </td>
                  <td className="px-3 py-2">{verdictText(r.verdict)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </form>
  );
}
