import { env } from '@/lib/env';
import type { Storage } from './storage';
import { LocalDiskStorage } from './local-disk';

export type { Storage, StoredFile } from './storage';
export { fileUrl, isValidStorageKey } from './keys';

let storage: Storage | undefined;

/** The configured storage driver (local disk under env.uploadDir; S3 arrives with the catalog). */
export function getStorage(): Storage {
  storage ??= new LocalDiskStorage(env.uploadDir);
  return storage;
}
