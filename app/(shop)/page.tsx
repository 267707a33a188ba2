import Link from 'next/link';
import { listCategoriesWithCounts, listNewestWorkflows } from '@/db/queries/home';
import { formatMoney } from '@/lib/money';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [categoryList, newest] = await Promise.all([listCategoriesWithCounts(), listNewestWorkflows()]);
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-10">
      <section className="rounded-3xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-14 text-white sm:px-12">
        <h1 className="max-w-2xl text-4xl font-semibold tracking-tight">Automation workflows that import and run.</h1>
        <p className="mt-4 max-w-xl text-brand-100">
          Ready-made n8n, Make and Zapier templates. See exactly which apps and credentials a workflow needs before you buy.
        </p>
        <form action="/workflows" method="get" className="mt-8 flex max-w-xl gap-2">
          <label htmlFor="hero-search" className="sr-only">
            Search the catalog
          </label>
          <input id="hero-search" type="search" name="q" placeholder="e.g. Shopify to Google Sheets" className="flex-1 rounded-lg px-4 py-3 text-ink" />
          <button type="submit" className="rounded-lg bg-white px-5 py-3 font-medium text-brand-700 hover:bg-brand-50">
            Search
          </button>
        </form>
      </section>
      <section aria-labelledby="categories-heading" className="mt-12">
        <h2 id="categories-heading" className="text-xl font-semibold">
          Categories
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {categoryList.map((c) => (
            <li key={c.id}>
              <Link href={`/categories/${c.slug}`} className="flex items-center justify-between rounded-xl border border-line bg-surface px-4 py-3 hover:border-brand-500">
                <span className="font-medium">
                  {c.icon ? <span aria-hidden="true">{c.icon} </span> : null}
                  {c.name}
                </span>
                <span className="text-sm text-muted">{c.workflowCount}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="newest-heading" className="mt-12">
        <h2 id="newest-heading" className="text-xl font-semibold">
          Newest additions
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {newest.map((w) => (
            <article key={w.id} className="rounded-xl border border-line bg-surface p-4">
              <h3 className="font-medium">
                <Link href={`/workflows/${w.slug}`} className="hover:text-brand-600">
                  {w.title}
                </Link>
              </h3>
              <p className="mt-2 line-clamp-2 text-sm text-muted">{w.shortDescription}</p>
              <p className="mt-3 font-semibold">{formatMoney(w.price)}</p>
            </article>
          ))}
        </div>
      </section>
    </div>
  );
}
