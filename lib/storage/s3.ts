import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertStorageKey, toBytes, type Storage } from './types';

export type S3Config = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * The store's answer for a key with no object: GetObject says NoSuchKey (a missing bucket, NoSuchBucket,
 * stays an error); HeadObject has no body to say which, only its 404 (the SDK names it NotFound).
 */
function isMissing(error: unknown, operation: 'get' | 'head'): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return operation === 'get' ? error.name === 'NoSuchKey' : error.$metadata.httpStatusCode === 404;
}

/**
 * An S3-compatible bucket through the AWS SDK, path-style (`<endpoint>/<bucket>/<key>`), which AWS, MinIO,
 * R2 and s3rver accept. Checksums only when an operation requires them: stores other than AWS reject or
 * mangle the SDK's default CRC32 trailers. Objects stay private: the app reads them and streams them
 * through its own route handlers.
 */
export function createS3Storage(config: S3Config): Storage {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const target = (key: string) => {
    assertStorageKey(key);
    return { Bucket: config.bucket, Key: key };
  };
  return {
    driver: 's3',
    async put(key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          ...target(key),
          Body: toBytes(body),
          ContentType: contentType ?? 'application/octet-stream',
        }),
      );
    },
    async get(key) {
      try {
        const res = await client.send(new GetObjectCommand(target(key)));
        if (!res.Body) return null;
        const body = await res.Body.transformToByteArray();
        return { body, size: body.byteLength };
      } catch (error) {
        if (isMissing(error, 'get')) return null;
        throw error;
      }
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand(target(key)));
        return true;
      } catch (error) {
        if (isMissing(error, 'head')) return false;
        throw error;
      }
    },
    async delete(key) {
      // S3 answers 204 for a key with no object too.
      await client.send(new DeleteObjectCommand(target(key)));
    },
  };
}
