import Link from 'next/link';

export function SiteFooter({ shopName }: { shopName: string }) {
  return (
    <footer className="no-print mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          © {new Date().getFullYear()} {shopName} · Automation workflow templates for n8n, Make and Zapier.
        </p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/workflows" className="hover:text-ink">
            Browse workflows
          </Link>
          <Link href="/contact" className="hover:text-ink">
            Contact
          </Link>
        </nav>
      </div>
    </footer>
  );
}
