import { createHash, timingSafeEqual } from 'node:crypto';

/** sha256 hex: for high-entropy secrets (emailed tokens, backup codes), never for passwords. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
