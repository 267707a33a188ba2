import { headers } from 'next/headers';
import { NONCE_HEADER } from '@/lib/http/security-headers';

/**
 * A JSON-LD block; `<` is escaped so that no string in the data can close the script element. Browsers
 * do not run this script type, but it carries the response's CSP nonce so no policy report names it.
 */
export async function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
