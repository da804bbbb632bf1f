import { request } from 'node:http';
import { expect, test } from '@playwright/test';
import { createOrganizationWithOwner, sql, uniqueSuffix } from './support/db';
import { E2E_PLATFORM_HOST, E2E_PORT } from './support/env';
import { signIn } from './support/flows';

const PASSWORD = 'a long enough password';

/**
 * A GET on a new connection each time: the server's workers take new connections in turn, so a
 * handful of these reach every worker (a browser would keep reusing one connection, one worker).
 */
function getOnNewConnection(host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: E2E_PORT, path, agent: false, headers: { host, connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The price the page offers, from its schema.org JSON-LD. */
const offeredPrice = (html: string) => /"price":"([\d.]+)"/.exec(html)?.[1];

test('after the owner changes a price, no server worker keeps serving the cached page with the old one', async ({ page }) => {
  const suffix = uniqueSuffix();
  const slug = `cache-${suffix}`;
  const ownerEmail = `o-${suffix}@example.test`;
  const { orgId } = await createOrganizationWithOwner({ slug, name: `Lamp Shop ${suffix}`, ownerEmail, password: PASSWORD });

  await signIn(page, ownerEmail, PASSWORD);
  await page.waitForURL(/\/dashboard/);
  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel('Name').fill(`Desk Lamp ${suffix}`);
  await page.getByRole('textbox', { name: 'Price (USD)', exact: true }).fill('129.50');
  await page.getByLabel('Status').selectOption('active');
  await page.getByRole('button', { name: 'Create product' }).click();
  await page.waitForURL(/\/products\/prod_/);
  const [product] = await sql()`select slug from products where organization_id = ${orgId}`;
  const host = `${slug}.${E2E_PLATFORM_HOST}`;
  const path = `/p/${product!.slug}`;

  // Every worker renders the page once and caches it.
  const before = await Promise.all(Array.from({ length: 6 }, () => getOnNewConnection(host, path)));
  for (const response of before) {
    expect(response.status).toBe(200);
    expect(offeredPrice(response.body)).toBe('129.50');
  }
  for (let i = 0; i < 6; i++) expect(offeredPrice((await getOnNewConnection(host, path)).body)).toBe('129.50');

  await page.getByRole('textbox', { name: 'Price (USD)', exact: true }).fill('99.00');
  await page.getByRole('button', { name: 'Save product' }).click();
  await expect.poll(async () => (await sql()`select base_price::int as price from products where organization_id = ${orgId}`)[0]!.price).toBe(9900);

  // One worker ran the save; the others heard of it. None answers with the old price.
  for (let i = 0; i < 8; i++) {
    const response = await getOnNewConnection(host, path);
    expect(response.status).toBe(200);
    expect(offeredPrice(response.body)).toBe('99.00');
  }
});
