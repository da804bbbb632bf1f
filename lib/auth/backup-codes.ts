import { randomInt } from 'node:crypto';
import { sha256 } from '@/lib/crypto/hash';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten one-time codes like `k7dm-2xqp`, shown once; only their hashes are stored. */
export function newBackupCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

export function normalizeBackupCode(code: string): string {
  const c = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

export const hashBackupCode = (code: string) => sha256(normalizeBackupCode(code));
