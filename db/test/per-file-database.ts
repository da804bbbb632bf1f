import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';

// Runs before each test file's imports: a fresh database cloned from the migrated template,
// and DATABASE_URL pointed at it before db/client.ts is first loaded.
const adminUrl = inject('testDbAdminUrl');
const template = inject('testDbTemplate');
const name = `${template.replace('template', 'file')}_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}" template "${template}"`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret-0123';
