import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization } from '@/db/test/factories';
import { createWarehouse } from '@/db/test/catalog-factories';
import type { ImportStreamLine } from './format';
import { productsOf, toCsv } from './test-helpers';

// The route handlers resolve the signed-in user from the session; here it is whoever the test says.
const session = vi.hoisted(() => ({ user: null as User | null, revalidated: 0, after: [] as Promise<unknown>[] }));
vi.mock('@/lib/auth/current-user', () => ({
  requireUser: async () => {
    if (!session.user) throw new (await import('@/lib/server/errors')).AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return session.user;
  },
  getCurrentUser: async () => session.user,
}));
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: (task: () => Promise<unknown>) => session.after.push(task()),
}));
vi.mock('@/lib/storefront/revalidate', () => ({ revalidateStorefronts: () => session.revalidated++ }));

const { POST } = await import('@/app/api/orgs/[org]/products/import/route');
const { GET } = await import('@/app/api/orgs/[org]/products/export/route');

let org: Organization;
let owner: User;
const params = (slug = org.slug) => ({ params: Promise.resolve({ org: slug }) });

function importRequest(fields: Record<string, string | Blob>, origin: string | null = 'http://localhost') {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const headers: Record<string, string> = { host: 'localhost', ...(origin ? { origin } : {}) };
  return new Request(`http://localhost/api/orgs/${org.slug}/products/import`, { method: 'POST', body: form, headers });
}

const csv = toCsv([
  ['product_slug', 'name', 'base_price', 'stock:MAIN'],
  ...Array.from({ length: 450 }, (_, i) => [`route-${i}`, `Route product ${i}`, '5.00', 1]),
]);

beforeAll(async () => {
  ({ org, owner } = await createOrganization({ slug: `routes-${Date.now()}` }));
  await createWarehouse(org, { code: 'MAIN', name: 'Main' });
});

describe('POST /api/orgs/[org]/products/import', () => {
  it('streams NDJSON progress and a result, then refreshes the storefronts', { timeout: 120_000 }, async () => {
    session.user = owner;
    const response = await POST(importRequest({ file: new File([csv], 'route.csv'), mode: 'valid_rows', dry_run: 'false' }), params());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await response.text()).trim().split('\n').map((l) => JSON.parse(l) as ImportStreamLine);
    const result = lines.at(-1)!;
    expect(result).toMatchObject({ type: 'result', imported: true, created: 450, stockChanges: 450, errors: [] });
    const validating = lines.filter((l) => l.type === 'progress' && l.phase === 'validating');
    const importing = lines.filter((l) => l.type === 'progress' && l.phase === 'importing');
    expect(validating.map((l) => l.type === 'progress' && l.done)).toEqual([200, 400, 450]);
    expect(importing.at(-1)).toEqual({ type: 'progress', phase: 'importing', done: 450, total: 450 });
    await Promise.all(session.after);
    expect(session.revalidated).toBe(1);
    expect(await productsOf(org)).toHaveLength(450);
  });

  it('answers 4xx JSON with field errors for a bad form, and 403 for a role without catalog.import', async () => {
    session.user = owner;
    const bad = await POST(importRequest({ file: new File(['x'], 'catalog.xlsx'), mode: 'sometimes' }), params());
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      error: { code: 'INVALID', fieldErrors: { file: ['This is a spreadsheet file: save it as CSV (UTF-8) first.'], mode: [expect.any(String)] } },
    });

    session.user = await addMember(org, 'staff');
    const refused = await POST(importRequest({ file: new File([csv], 'route.csv'), mode: 'valid_rows' }), params());
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('refuses a request sent from another site, or without an Origin, and imports nothing', async () => {
    session.user = owner;
    const form = { file: new File([csv], 'route.csv'), mode: 'valid_rows' };
    const before = (await productsOf(org)).length;
    expect((await POST(importRequest(form, 'http://evil.example'), params())).status).toBe(403);
    expect((await POST(importRequest(form, 'http://shop.localhost'), params())).status).toBe(403);
    expect((await POST(importRequest(form, null), params())).status).toBe(403);
    expect(await productsOf(org)).toHaveLength(before);
  });

  it('answers 404 to someone who is not a member, and 401 when signed out', async () => {
    session.user = (await createOrganization()).owner;
    expect((await POST(importRequest({ file: new File([csv], 'a.csv'), mode: 'valid_rows' }), params())).status).toBe(404);
    session.user = null;
    expect((await GET(new Request('http://localhost/x'), params())).status).toBe(401);
  });
});

describe('GET /api/orgs/[org]/products/export', () => {
  it('downloads the filtered catalog as CSV', async () => {
    session.user = owner;
    const response = await GET(new Request(`http://localhost/api/orgs/${org.slug}/products/export?q=product%2044&status=draft&sort=name`), params());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${org.slug}-products-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['product_slug', 'route-44', 'route-440', 'route-441', 'route-442', 'route-443', 'route-444', 'route-445', 'route-446', 'route-447', 'route-448', 'route-449']);
  });
});
