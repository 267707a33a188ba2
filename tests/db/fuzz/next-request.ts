/**
 * next/headers, next/cache and next/server's `connection` outside a Next request, for the in-process fuzzers: the request's headers
 * and cookies are whatever the case sets in `request`; the cache functions (they need Next's request
 * store) do nothing, and so does `connection()` (it only marks a render as per request). Use as
 * `vi.mock('next/headers', () => import('./next-request'))`, `vi.mock('next/cache', () => import('./next-request'))`
 * and next/server's own exports with `connection` from here.
 */
export const request = { headers: new Headers(), cookies: new Map<string, string>() };

export const headers = async () => request.headers;

export const cookies = async () => ({
  get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
  getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  has: (name: string) => request.cookies.has(name),
  set: (name: string, value: string) => void request.cookies.set(name, value),
  delete: (name: string) => void request.cookies.delete(name),
});

const nothing = () => undefined;
export const updateTag = nothing;
export const revalidateTag = nothing;
export const revalidatePath = nothing;
export const refresh = nothing;
export const unstable_cache = <T>(fn: T) => fn;
export const connection = async () => undefined;
