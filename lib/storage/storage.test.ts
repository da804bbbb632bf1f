import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffImage } from './image-type';
import { contentTypeForKey, isValidStorageKey, storageKeys } from './keys';
import { LocalDiskStorage } from './local-disk';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('isValidStorageKey', () => {
  it('accepts the keys the app builds', () => {
    expect(isValidStorageKey('orgs/org_06gz1/logo-AbC_d-9.png')).toBe(true);
    expect(contentTypeForKey('orgs/org_1/logo-x.jpg')).toBe('image/jpeg');
  });
  it.each([
    '../etc/passwd',
    'orgs/../../etc/passwd.png',
    'orgs/org_1/../x.png',
    '/orgs/org_1/x.png',
    'orgs//x.png',
    'orgs/org_1/x.svg',
    'orgs/org_1/x.png.exe',
    'orgs/org_1\\x.png',
    'orgs/org_1/.hidden.png',
    'other/org_1/x.png',
    'orgs/x.png',
    'orgs/org 1/x.png',
  ])('refuses %s', (key) => {
    expect(isValidStorageKey(key)).toBe(false);
  });
});

describe('storageKeys', () => {
  it('builds fresh keys of the allowed shape for every kind of file', () => {
    const product = storageKeys.productImage('org_1', 'prod_1');
    expect(product.storageKey).toMatch(/^orgs\/org_1\/products\/prod_1\/[0-9a-f]{24}\.webp$/);
    expect(product.thumbnailKey).toBe(product.storageKey.replace('.webp', '-thumb.webp'));
    const keys = [product.storageKey, product.thumbnailKey, storageKeys.categoryImage('org_1', 'webp'), storageKeys.organizationLogo('org_1', 'png')];
    expect(keys.every(isValidStorageKey)).toBe(true);
    expect(storageKeys.categoryImage('org_1', 'webp')).not.toBe(keys[2]);
  });
});

describe('sniffImage', () => {
  it('recognises images by their first bytes', () => {
    expect(sniffImage(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))?.ext).toBe('png');
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe('jpg');
    expect(sniffImage(bytes('GIF89a', [1, 0]))?.ext).toBe('gif');
    expect(sniffImage(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))?.ext).toBe('webp');
  });
  it('flags SVG and returns null for anything else', () => {
    expect(sniffImage(bytes('  <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))?.ext).toBe('svg');
    expect(sniffImage(bytes('<svg onload="alert(1)"/>'))?.ext).toBe('svg');
    expect(sniffImage(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffImage(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});

describe('LocalDiskStorage', () => {
  it('puts, gets and deletes files under its root, and refuses keys outside the shape', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'storage-test-'));
    const storage = new LocalDiskStorage(root);
    const key = 'orgs/org_1/logo-a.png';
    await storage.put(key, bytes('hello'), 'image/png');
    expect(await storage.get(key)).toEqual({ bytes: bytes('hello'), contentType: 'image/png' });
    expect(await readdir(path.join(root, 'orgs/org_1'))).toEqual(['logo-a.png']); // no temp files left
    await storage.delete(key);
    await storage.delete(key); // deleting twice is fine
    expect(await storage.get(key)).toBeNull();
    await expect(storage.put('orgs/../../escape.png', bytes('x'), 'image/png')).rejects.toThrow(/Invalid storage key/);
  });
});
