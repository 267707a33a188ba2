/**
 * The client's IP address as far as this server can tell, for rate limits. Behind a proxy that
 * appends to X-Forwarded-For, the last entry is the address the proxy saw (earlier entries are
 * whatever the client claimed); Next sets the header to the socket address when there is none.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  const ip = last || headers.get('x-real-ip')?.trim() || 'unknown';
  return ip.slice(0, 64);
}
