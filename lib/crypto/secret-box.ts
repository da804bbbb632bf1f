import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for secrets we must read back (TOTP seeds, later tenants' gateway keys).
 * The key comes from ENCRYPTION_KEY, else is derived from AUTH_SECRET, so rotating
 * AUTH_SECRET alone (without ENCRYPTION_KEY set) makes stored secrets unreadable.
 * Format: v1.<iv>.<tag>.<ciphertext>, base64url parts.
 */
function key(): Buffer {
  const material = process.env.ENCRYPTION_KEY ?? process.env.AUTH_SECRET;
  if (!material) throw new Error('ENCRYPTION_KEY or AUTH_SECRET must be set');
  return Buffer.from(hkdfSync('sha256', material, 'commerce-platform', 'secret-box-v1', 32));
}

export function seal(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function open(sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unrecognised sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
