import { signRequest, sha256Hex } from './sigv4';
import { assertStorageKey, toBytes, type Storage } from './types';

export type S3Config = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * An S3-compatible bucket, path-style (`<endpoint>/<bucket>/<key>`), which MinIO, R2 and AWS accept.
 * Objects stay private: the app reads them and streams them through its own route handlers.
 */
export function createS3Storage(config: S3Config, fetchImpl: typeof fetch = fetch): Storage {
  const base = config.endpoint.replace(/\/+$/, '');
  const send = async (method: string, key: string, body?: Uint8Array, contentType?: string) => {
    assertStorageKey(key);
    const url = new URL(
      `${base}/${encodeURIComponent(config.bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`,
    );
    const headers = signRequest({
      method,
      url,
      headers: contentType ? { 'content-type': contentType } : {},
      payloadHash: sha256Hex(body ?? new Uint8Array()),
      region: config.region,
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      date: new Date(),
    });
    delete headers.host;
    return fetchImpl(url, { method, headers, body: body as BodyInit | undefined });
  };
  const fail = async (what: string, key: string, res: Response) => {
    throw new Error(`S3 ${what} ${key} failed: ${res.status} ${(await res.text()).slice(0, 200)}`);
  };
  return {
    driver: 's3',
    async put(key, body, contentType) {
      const res = await send('PUT', key, toBytes(body), contentType ?? 'application/octet-stream');
      if (!res.ok) await fail('PUT', key, res);
    },
    async get(key) {
      const res = await send('GET', key);
      if (res.status === 404) return null;
      if (!res.ok) await fail('GET', key, res);
      const body = new Uint8Array(await res.arrayBuffer());
      return { body, size: body.byteLength };
    },
    async exists(key) {
      const res = await send('HEAD', key);
      if (res.status === 404) return false;
      if (!res.ok) await fail('HEAD', key, res);
      return true;
    },
    async delete(key) {
      const res = await send('DELETE', key);
      if (!res.ok && res.status !== 404) await fail('DELETE', key, res);
    },
  };
}
