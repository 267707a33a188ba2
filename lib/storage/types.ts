/** Where uploaded and paid files live. Keys are relative paths such as `demo/<slug>/setup-guide.md`. */
export type StoredObject = { body: Uint8Array; size: number };

export interface Storage {
  readonly driver: 'local' | 's3';
  put(key: string, body: Uint8Array | string, contentType?: string): Promise<void>;
  /** The object, or null when there is none under `key`. */
  get(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Keys are `/`-separated segments of letters, digits, `.`, `_` and `-`, none starting with a dot: no
 * absolute paths, no `..`, nothing a filesystem or an S3 URL would treat specially.
 */
export function assertStorageKey(key: string): void {
  const segments = key.split('/');
  if (key.length === 0 || key.length > 512 || !segments.every((s) => SEGMENT.test(s))) {
    throw new Error(`Not a storage key: "${key}"`);
  }
}

export function isStorageKey(key: string): boolean {
  try {
    assertStorageKey(key);
    return true;
  } catch {
    return false;
  }
}

export function toBytes(body: Uint8Array | string): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}
