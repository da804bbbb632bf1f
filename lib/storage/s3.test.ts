import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { S3Storage } from './s3';

/** A tiny S3: objects in a Map, path-style URLs only, and every request must be SigV4-signed. */
type Seen = { method: string; path: string; authorization: string; contentSha: string };
const objects = new Map<string, { bytes: Buffer; contentType: string }>();
const seen: Seen[] = [];
let failNext: number | null = null;
let server: Server;
let endpoint: string;

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    seen.push({ method: req.method!, path, authorization: String(req.headers.authorization ?? ''), contentSha: String(req.headers['x-amz-content-sha256'] ?? '') });
    const body = await readBody(req);
    if (!/^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/us-east-1\/s3\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.test(String(req.headers.authorization))) {
      res.writeHead(403).end('<Error><Code>AccessDenied</Code></Error>');
      return;
    }
    if (path.includes('/slow/')) return; // never answers
    if (failNext) {
      res.writeHead(failNext).end('<Error><Code>SlowDown</Code></Error>');
      failNext = null;
      return;
    }
    const key = path.startsWith('/media/') ? path.slice('/media/'.length) : null;
    if (!key) return void res.writeHead(404).end('<Error><Code>NoSuchBucket</Code></Error>');
    if (req.method === 'PUT') {
      if (req.headers['x-amz-content-sha256'] !== createHash('sha256').update(body).digest('hex')) {
        return void res.writeHead(400).end('<Error><Code>XAmzContentSHA256Mismatch</Code></Error>');
      }
      objects.set(key, { bytes: body, contentType: String(req.headers['content-type']) });
      return void res.writeHead(200, { ETag: '"x"' }).end();
    }
    if (req.method === 'DELETE') {
      objects.delete(key);
      return void res.writeHead(204).end();
    }
    const object = objects.get(key);
    if (!object) return void res.writeHead(404, { 'Content-Type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
    res.writeHead(200, { 'Content-Type': object.contentType, 'Content-Length': object.bytes.length }).end(object.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections(); // the requests left hanging on purpose
      server.close(() => resolve());
    }),
);

const storage = (overrides: Partial<ConstructorParameters<typeof S3Storage>[0]> = {}) =>
  new S3Storage({ bucket: 'media', endpoint, region: 'us-east-1', accessKeyId: 'test-key', secretAccessKey: 'test-secret', forcePathStyle: true, retries: 0, ...overrides });

describe('S3Storage', () => {
  it('puts, gets and deletes objects with signed, path-style requests', async () => {
    const s3 = storage();
    const key = 'orgs/org_1/products/prod_1/abc123.webp';
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    await s3.put(key, bytes, 'image/webp');
    expect(objects.get(key)?.bytes).toEqual(Buffer.from(bytes));
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', path: `/media/${key}` });
    expect(seen.at(-1)?.contentSha).toMatch(/^[0-9a-f]{64}$/); // the payload itself is signed

    expect(await s3.get(key)).toEqual({ bytes, contentType: 'image/webp' });
    await s3.delete(key);
    await s3.delete(key); // deleting twice is fine
    expect(await s3.get(key)).toBeNull();
    expect(seen.every((r) => r.authorization.startsWith('AWS4-HMAC-SHA256 '))).toBe(true);
  });

  it('refuses keys outside the allowed shape before any request', async () => {
    const s3 = storage();
    const before = seen.length;
    await expect(s3.put('orgs/../../escape.png', new Uint8Array([1]), 'image/png')).rejects.toThrow(/Invalid storage key/);
    await expect(s3.get('../etc/passwd')).rejects.toThrow(/Invalid storage key/);
    await expect(s3.delete('orgs/org_1/x.svg')).rejects.toThrow(/Invalid storage key/);
    expect(seen.length).toBe(before);
  });

  it('reports failures with the status and the S3 error code', async () => {
    await expect(storage({ accessKeyId: 'someone-else' }).put('orgs/org_1/x.png', new Uint8Array([1]), 'image/png')).rejects.toThrow(
      'S3 PUT orgs/org_1/x.png failed: 403 AccessDenied',
    );
    failNext = 503;
    await expect(storage().put('orgs/org_1/y.png', new Uint8Array([1]), 'image/png')).rejects.toThrow(/503 SlowDown/);
    failNext = 503;
    await storage({ retries: 1 }).put('orgs/org_1/y.png', new Uint8Array([1]), 'image/png'); // retried once, then stored
    expect(objects.has('orgs/org_1/y.png')).toBe(true);
  });

  it('gives up on a store that does not answer, instead of hanging the request', async () => {
    const s3 = storage({ timeoutMs: 150 });
    const started = Date.now();
    await expect(s3.put('orgs/slow/x.png', new Uint8Array([1]), 'image/png')).rejects.toThrow('S3 PUT orgs/slow/x.png failed: no answer within 0.15 s');
    await expect(s3.get('orgs/slow/x.png')).rejects.toThrow(/S3 GET .* no answer/);
    await expect(s3.delete('orgs/slow/x.png')).rejects.toThrow(/S3 DELETE .* no answer/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('builds virtual-hosted URLs when path style is off, and AWS URLs without an endpoint', () => {
    expect(storage({ forcePathStyle: false, endpoint: 'https://storage.example.com' }).urlOf('orgs/o/a.png')).toBe('https://media.storage.example.com/orgs/o/a.png');
    expect(storage({ forcePathStyle: false, endpoint: undefined, region: 'eu-west-1' }).urlOf('orgs/o/a.png')).toBe('https://media.s3.eu-west-1.amazonaws.com/orgs/o/a.png');
    expect(storage({ endpoint: 'http://minio:9000/' }).urlOf('orgs/o/a.png')).toBe('http://minio:9000/media/orgs/o/a.png');
    expect(() => storage({ secretAccessKey: '' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });
});

describe('getStorage', () => {
  it('picks S3 when S3_BUCKET is set, and the local disk otherwise', async () => {
    vi.resetModules();
    vi.stubEnv('S3_BUCKET', 'media');
    vi.stubEnv('S3_ENDPOINT', endpoint);
    vi.stubEnv('S3_ACCESS_KEY_ID', 'test-key');
    vi.stubEnv('S3_SECRET_ACCESS_KEY', 'test-secret');
    const withBucket = await import('./index');
    const { S3Storage: FreshS3 } = await import('./s3');
    const s3 = withBucket.getStorage();
    expect(s3).toBeInstanceOf(FreshS3);
    expect((s3 as S3Storage).urlOf('orgs/o/a.png')).toBe(`${endpoint}/media/orgs/o/a.png`); // path style by default with an endpoint

    vi.unstubAllEnvs();
    vi.stubEnv('S3_BUCKET', '');
    vi.resetModules();
    const { LocalDiskStorage: FreshLocal } = await import('./local-disk');
    expect((await import('./index')).getStorage()).toBeInstanceOf(FreshLocal);
    vi.unstubAllEnvs();
  });
});
