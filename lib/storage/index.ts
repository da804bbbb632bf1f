import { env } from '@/lib/env';
import type { Storage } from './storage';
import { LocalDiskStorage } from './local-disk';
import { S3Storage } from './s3';

export type { Storage, StoredFile } from './storage';
export { fileUrl, isValidStorageKey } from './keys';

let storage: Storage | undefined;

/** The configured storage driver: an S3-compatible bucket when S3_BUCKET is set, else local disk under env.uploadDir. */
export function getStorage(): Storage {
  storage ??= env.s3Bucket
    ? new S3Storage({
        bucket: env.s3Bucket,
        endpoint: env.s3Endpoint,
        region: env.s3Region,
        accessKeyId: env.s3AccessKeyId ?? '',
        secretAccessKey: env.s3SecretAccessKey ?? '',
        forcePathStyle: env.s3ForcePathStyle,
      })
    : new LocalDiskStorage(env.uploadDir);
  return storage;
}
