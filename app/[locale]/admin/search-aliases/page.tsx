import { ActionButton } from '@/components/admin/action-button';
import { SearchAliasForm } from '@/components/admin/search-alias-form';
import { listSearchAliases } from '@/db/queries/admin/search-aliases';
import { createSearchAliasAction, deleteSearchAliasAction } from '@/actions/admin/search-aliases';
import { requireAdmin } from '@/server/auth/guards';
import { LabelledSection } from '@/components/ui/labelled-section';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Search aliases' };

export default async function AdminSearchAliasesPage() {
  const admin = await requireAdmin();
  const list = await listSearchAliases(admin.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">Search aliases</h1>
      <p className="mt-1 text-muted">
        Other names shoppers type: the catalog search reads the alias as what it stands for, and a search for an app
        lists the workflows using it first.
      </p>
      <LabelledSection
        id="new-search-alias"
        title="New alias"
        className="mt-6 rounded-xl border border-line bg-surface p-4"
        headingClassName="mb-3 font-semibold"
      >
        <SearchAliasForm action={createSearchAliasAction} />
      </LabelledSection>
      <LabelledSection id="all-search-aliases" title={<>All aliases ({list.length})</>} className="mt-8">
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface">
          {list.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
              <p>
                <span className="font-medium">{a.alias}</span> <span aria-hidden="true">→</span>
                <span className="sr-only">means</span> {a.target}
              </p>
              <ActionButton
                action={deleteSearchAliasAction}
                fields={{ id: a.id }}
                variant="danger"
                pendingLabel="Removing…"
              >
                Remove<span className="sr-only"> alias {a.alias}</span>
              </ActionButton>
            </li>
          ))}
        </ul>
      </LabelledSection>
    </>
  );
}
