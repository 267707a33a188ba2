'use client';

import { startTransition, useActionState, useState, type ChangeEvent, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FieldShell, SelectField, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { importStatementAction, previewStatementAction } from '@/actions/admin/payments';
import { idleState, type ActionState } from '@/lib/forms/action-state';
import { parseCsv } from '@/lib/bank/csv';
import { STATEMENT_COLUMNS, type StatementMapping } from '@/lib/bank/statement';
import type { PreviewRow } from '@/db/queries/bank/statement-import';

/** How a header names each column, Vietnamese or English. */
const GUESS: Record<keyof StatementMapping, RegExp> = {
  transactionId: /(m[aã] gd|transaction|reference|ref|id|s[oố] ct)/i,
  date: /(ng[aà]y|date|time)/i,
  amount: /(s[oố] ti[eề]n|amount|credit|c[oó]|ghi c[oó])/i,
  content: /(n[oộ]i dung|content|description|di[eễ]n gi[aả]i|memo)/i,
};

/**
 * The columns guessed from the header (the first column is a column like any other); a column no header
 * names gets the first one no other guess took.
 */
function guessMapping(header: string[]): StatementMapping {
  const mapping: Partial<StatementMapping> = {};
  const taken = new Set<number>();
  for (const [name] of STATEMENT_COLUMNS) {
    const index = header.findIndex((h, i) => !taken.has(i) && GUESS[name].test(h));
    if (index >= 0) {
      mapping[name] = index;
      taken.add(index);
    }
  }
  for (const [name] of STATEMENT_COLUMNS) {
    if (mapping[name] !== undefined) continue;
    const free = header.findIndex((_, i) => !taken.has(i));
    mapping[name] = Math.max(free, 0);
    taken.add(free);
  }
  return mapping as StatementMapping;
}

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
/** The import's state: the rows it refused to store, and why. */
const noImport: ActionState & { refused?: Array<{ line: number; message: string }> } = idleState;

/** Upload a statement, choose its columns, preview the matches, then approve the exact ones in one go. */
export function StatementImport() {
  const [csv, setCsv] = useState('');
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<StatementMapping | null>(null);
  // What the last Preview read: Approve imports exactly that, so another file or column needs a new Preview.
  const [previewed, setPreviewed] = useState<string | null>(null);
  const current = JSON.stringify([csv, mapping]);
  const [preview, previewAction, previewing] = useActionState(previewStatementAction, noPreview);
  const [imported, importAction, importing] = useActionState(importStatementAction, noImport);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    const text = file ? await file.text() : '';
    const header = parseCsv(text)[0] ?? [];
    setCsv(text);
    setHeaders(header);
    setMapping(guessMapping(header));
  };

  // Posted by hand, not through <form action>: React resets a form after its action, and a reset puts
  // every <select> back on its first option while the state still holds the chosen columns.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget);
    const importing = submitter?.getAttribute('value') === 'import';
    if (!importing) setPreviewed(current);
    startTransition(() => (importing ? importAction : previewAction)(formData));
  };

  const previewRows = previewed === current ? preview.rows : undefined;
  const matches = previewRows?.filter((r) => r.verdict.kind === 'match').length ?? 0;
  const outcome = preview.status === 'error' ? preview : imported;
  const errorFor = (name: string) => (outcome.status === 'error' ? outcome.fieldErrors?.[name]?.[0] : undefined);
  const fileError = errorFor('csv');
  return (
    <form className="space-y-4" onSubmit={onSubmit}>
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
      {headers.length > 0 && mapping ? (
        <div className="grid gap-3 sm:grid-cols-4">
          {STATEMENT_COLUMNS.map(([name, label]) => (
            <SelectField
              key={name}
              id={`statement-${name}`}
              label={label}
              name={name}
              value={mapping[name]}
              onChange={(e) => setMapping({ ...mapping, [name]: Number(e.target.value) })}
              error={errorFor(name)}
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
        <Button type="submit" variant="secondary" value="preview" disabled={!csv || previewing}>
          {previewing ? 'Reading…' : 'Preview'}
        </Button>
        <Button type="submit" value="import" disabled={!previewRows || importing}>
          {importing ? 'Importing…' : `Approve exact matches (${matches})`}
        </Button>
      </div>
      <FormMessage state={outcome} />
      {outcome === imported && imported.refused?.length ? (
        <ul aria-label="Refused rows" className="list-inside list-disc text-sm text-danger">
          {imported.refused.map((r) => (
            <li key={r.line}>
              Line {r.line}: {r.message}
            </li>
          ))}
        </ul>
      ) : null}
      {preview.rows && !previewRows ? (
        <p className="text-sm text-muted">The file or a column changed: Preview again before approving.</p>
      ) : null}
      {previewRows ? (
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
              {previewRows.map((r) => (
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
