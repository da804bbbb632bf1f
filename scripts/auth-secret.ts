import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/**
 * AUTH_SECRET signs session cookies; it must survive restarts or everyone is signed out.
 * Without one in the environment, a generated secret is kept in .data/auth-secret.
 */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = '.data/auth-secret';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
}
