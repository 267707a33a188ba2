/**
 * A JSON-LD block; `<` is escaped so that no string in the data can close the script element. Browsers
 * do not run this script type (a data block is never checked against the CSP's script-src), so it needs
 * no nonce, and the anonymous variant's shared HTML can carry it.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
