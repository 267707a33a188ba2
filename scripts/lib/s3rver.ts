/**
 * A local S3-compatible object store for tests and `npm run cluster`: s3rver (npm), files under
 * `directory`, the bucket created at start. It knows one key pair (S3RVER / S3RVER) and refuses other
 * access keys; it parses but does not recompute SigV4 signatures.
 */
import S3rver from 's3rver';

export type LocalS3 = {
  /** The endpoint (`http://127.0.0.1:<port>`), for S3_ENDPOINT. */
  url: string;
  port: number;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The S3_* variables that point the app at this store. */
  env: Record<'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY', string>;
  stop: () => Promise<void>;
};

/** Starts s3rver on 127.0.0.1:`port` (0 = any free port) and creates `bucket`. */
export async function startS3rver(options: { port?: number; directory: string; bucket: string }): Promise<LocalS3> {
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    directory: options.directory,
    silent: true,
    configureBuckets: [{ name: options.bucket, configs: [] }],
  });
  const { port } = await server.run();
  const url = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    url,
    port,
    bucket: options.bucket,
    ...credentials,
    env: {
      S3_ENDPOINT: url,
      S3_BUCKET: options.bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    stop: () => server.close(),
  };
}
