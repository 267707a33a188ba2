'use client';

import { startTransition, useActionState, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FieldShell, SelectField, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { importStatementAction, previewStatementAction } from '@/actions/admin/payments';
import { idleState, type ActionState } from '@/lib/forms/action-state';
import { parseCsv } from '@/lib/bank/csv';
import { STATEMENT_COLUMNS, type RowProblem, type StatementMapping } from '@/lib/bank/statement';
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
  for (const name of STATEMENT_COLUMNS) {
    const index = header.findIndex((h, i) => !taken.has(i) && GUESS[name].test(h));
    if (index >= 0) {
      mapping[name] = index;
      taken.add(index);
    }
  }
  for (const name of STATEMENT_COLUMNS) {
    if (mapping[name] !== undefined) continue;
    const free = header.findIndex((_, i) => !taken.has(i));
    mapping[name] = Math.max(free, 0);
    taken.add(free);
  }
  return mapping as StatementMapping;
}

const REASONS: Record<string, string> = {
  no_reference: 'statement.reason.noReference',
  unknown_reference: 'statement.reason.unknownReference',
  wrong_account: 'statement.reason.wrongAccount',
  already_paid: 'statement.reason.alreadyPaid',
  rejected: 'statement.reason.rejected',
  expired: 'statement.reason.expired',
  underpaid: 'statement.reason.underpaid',
  overpaid: 'statement.reason.overpaid',
};

/** The column pickers' labels (lib/bank/statement.ts STATEMENT_COLUMNS). */
const COLUMN_LABELS = {
  transactionId: 'statement.columnTransactionId',
  date: 'statement.columnDate',
  amount: 'statement.columnAmount',
  content: 'statement.columnContent',
} as const;

type Translate = (key: string, values?: Record<string, string | number>) => string;

const PROBLEMS = {
  noTransactionId: 'statement.problem.noTransactionId',
  notAmount: 'statement.problem.notAmount',
  outgoingAmount: 'statement.problem.outgoingAmount',
  notDate: 'statement.problem.notDate',
} as const;

/** Why a row was not read, in the admin's language. */
function problemText(t: Translate, p: RowProblem): string {
  return t(PROBLEMS[p.problem], 'text' in p ? { text: p.text } : undefined);
}

function verdictText(t: Translate, v: PreviewRow['verdict']): string {
  if (v.kind === 'match') return t('statement.willApprove', { reference: v.reference });
  if (v.kind === 'already_imported') return t('statement.importedBefore');
  if (v.kind === 'duplicate_row') return t('statement.repeatedRow');
  if (v.kind === 'error') return t('statement.unreadable', { message: problemText(t, v.error) });
  const reason = REASONS[v.reason];
  return t('statement.keptUnmatched', { reason: reason ? t(reason) : v.reason });
}

/** The preview's state: the rows it read, once it has. */
const noPreview: ActionState & { rows?: PreviewRow[] } = idleState;
/** The import's state: the rows it refused to store, and why. */
const noImport: ActionState & { refused?: Array<{ line: number; error: RowProblem }> } = idleState;

/** Upload a statement, choose its columns, preview the matches, then approve the exact ones in one go. */
export function StatementImport() {
  const t = useTranslations('admin');
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
      <FieldShell id="statement-file" label={t('statement.file')} error={fileError}>
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
          {STATEMENT_COLUMNS.map((name) => (
            <SelectField
              key={name}
              id={`statement-${name}`}
              label={t(COLUMN_LABELS[name])}
              name={name}
              value={mapping[name]}
              onChange={(e) => setMapping({ ...mapping, [name]: Number(e.target.value) })}
              error={errorFor(name)}
            >
              {headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || t('statement.column', { number: i + 1 })}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" value="preview" disabled={!csv || previewing}>
          {previewing ? t('statement.reading') : t('statement.preview')}
        </Button>
        <Button type="submit" value="import" disabled={!previewRows || importing}>
          {importing ? t('statement.importing') : t('statement.approveMatches', { count: matches })}
        </Button>
      </div>
      <FormMessage state={outcome} />
      {outcome === imported && imported.refused?.length ? (
        <ul aria-label={t('statement.refusedRows')} className="list-inside list-disc text-sm text-danger">
          {imported.refused.map((r) => (
            <li key={r.line}>{t('statement.refusedLine', { line: r.line, message: problemText(t, r.error) })}</li>
          ))}
        </ul>
      ) : null}
      {preview.rows && !previewRows ? <p className="text-sm text-muted">{t('statement.changed')}</p> : null}
      {previewRows ? (
        <div className="overflow-x-auto rounded-xl border border-line bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('statement.previewCaption')}</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('statement.line')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('statement.transaction')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('payments.amount')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('payments.content')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('statement.result')}
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
                  <td className="px-3 py-2">{verdictText(t, r.verdict)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </form>
  );
}
