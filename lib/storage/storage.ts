/**
 * Where uploaded files live. Keys are relative, slash-separated paths such as
 * `orgs/<orgId>/logo-<random>.png`; drivers must refuse anything `isValidStorageKey` rejects.
 */
export type StoredFile = { bytes: Uint8Array; contentType: string };

export interface Storage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no such file. */
  get(key: string): Promise<StoredFile | null>;
  /** Deleting a missing file is not an error. */
  delete(key: string): Promise<void>;
}
