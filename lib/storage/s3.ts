import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import type { Storage, StoredFile } from './storage';
import { contentTypeForKey, isValidStorageKey } from './keys';

export type S3Config = {
  bucket: string;
  /** e.g. http://127.0.0.1:9000 (MinIO); none means AWS (https://s3.<region>.amazonaws.com). */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` rather than `<bucket>.<endpoint host>/<key>`. */
  forcePathStyle: boolean;
  /** Retries on 5xx and 429 (aws4fetch backs off exponentially). */
  retries?: number;
  /** How long one operation, retries included, may take before it fails (default 15 s). */
  timeoutMs?: number;
};

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, R2, ...), signed with SigV4 by aws4fetch.
 * Objects stay private: the app serves them through /api/files like the local driver.
 */
export class S3Storage implements Storage {
  private readonly client: AwsClient;
  private readonly base: URL;

  constructor(private readonly config: S3Config) {
    if (!config.accessKeyId || !config.secretAccessKey) {
      throw new Error('S3 storage needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY when S3_BUCKET is set.');
    }
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: 's3',
      retries: config.retries ?? 3,
    });
    this.base = new URL(config.endpoint ?? `https://s3.${config.region}.amazonaws.com`);
  }

  /** The object's URL; keys are checked first, and their shape needs no escaping. */
  urlOf(key: string): string {
    if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${key}`);
    const prefix = this.base.pathname.replace(/\/+$/, '');
    if (this.config.forcePathStyle) return `${this.base.origin}${prefix}/${this.config.bucket}/${key}`;
    return `${this.base.protocol}//${this.config.bucket}.${this.base.host}${prefix}/${key}`;
  }

  /**
   * One signed request, abandoned after `timeoutMs`: a store that stops answering must fail
   * the upload or page that waits for it rather than hang it; the body read counts too.
   */
  private async request(method: 'PUT' | 'GET' | 'DELETE', key: string, init: RequestInit = {}): Promise<Response> {
    const url = this.urlOf(key);
    const timeoutMs = this.config.timeoutMs ?? 15_000;
    try {
      return await this.client.fetch(url, { ...init, method, signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      if (e instanceof Error && e.name === 'TimeoutError') throw new Error(`S3 ${method} ${key} failed: no answer within ${timeoutMs / 1000} s`, { cause: e });
      throw e;
    }
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.request('PUT', key, {
      body: bytes as BodyInit,
      // aws4fetch sends UNSIGNED-PAYLOAD for S3; signing the body's hash lets the store reject a corrupted upload.
      headers: { 'Content-Type': contentType, 'X-Amz-Content-Sha256': createHash('sha256').update(bytes).digest('hex') },
    });
    await this.ensureOk(response, 'PUT', key);
  }

  async get(key: string): Promise<StoredFile | null> {
    const response = await this.request('GET', key);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    await this.ensureOk(response, 'GET', key);
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: contentTypeForKey(key) ?? response.headers.get('content-type') ?? 'application/octet-stream',
    };
  }

  /** S3 answers 204 for a missing key too; a 404 (some compatible stores) is also fine. */
  async delete(key: string): Promise<void> {
    const response = await this.request('DELETE', key);
    if (response.status === 404) {
      await response.body?.cancel();
      return;
    }
    await this.ensureOk(response, 'DELETE', key);
  }

  private async ensureOk(response: Response, method: string, key: string) {
    if (response.ok) {
      if (method !== 'GET') await response.body?.cancel();
      return;
    }
    const body = await response.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
    throw new Error(`S3 ${method} ${key} failed: ${response.status}${code ? ` ${code}` : ''}`);
  }
}
