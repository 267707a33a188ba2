/**
 * The storage module: local disk under `<DATA_DIR>/uploads` by default, an S3-compatible bucket when
 * every S3_* variable is set. Paid files are never given a public URL: route handlers read them here
 * after checking the buyer.
 */
import path from 'node:path';
import { env } from '../env';
import { createLocalStorage } from './local';
import { createS3Storage } from './s3';
import type { Storage } from './types';

export { isStorageKey, type Storage } from './types';
export { createLocalStorage } from './local';
export { createS3Storage } from './s3';

type StorageEnv = {
  DATA_DIR?: string;
  S3_ENDPOINT?: string;
  S3_BUCKET?: string;
  S3_REGION?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
};

/**
 * The storage this configuration asks for; `source` defaults to this process's (lib/env.ts). Not cached:
 * drivers hold no state, and tests point DATA_DIR elsewhere.
 */
export function storage(source: StorageEnv = env()): Storage {
  const { S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = source;
  if (S3_ENDPOINT && S3_BUCKET && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY) {
    return createS3Storage({
      endpoint: S3_ENDPOINT,
      bucket: S3_BUCKET,
      region: S3_REGION || 'us-east-1',
      accessKeyId: S3_ACCESS_KEY_ID,
      secretAccessKey: S3_SECRET_ACCESS_KEY,
    });
  }
  return createLocalStorage(path.resolve(process.cwd(), source.DATA_DIR?.trim() || '.data', 'uploads'));
}
