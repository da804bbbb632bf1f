import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { count, createOrganizationWithOwner, sql, uniqueSuffix } from './support/db';
import { storefrontUrl } from './support/env';
import { signIn } from './support/flows';

const PASSWORD = 'a long enough password';

test('an owner builds a product with two variants and an image; a shopper finds it, filters to it and picks a variant', async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const slug = `cat-${suffix}`;
  const ownerEmail = `o-${suffix}@example.test`;
  const { orgId } = await createOrganizationWithOwner({ slug, name: `Parka Shop ${suffix}`, ownerEmail, password: PASSWORD });
  const productName = `Storm Parka ${suffix}`;

  // The owner: a category, a product in it, Size S and M, and a photo.
  await signIn(page, ownerEmail, PASSWORD);
  await page.waitForURL(/\/dashboard/);
  await page.goto(`/dashboard/${slug}/categories/new`);
  await page.getByLabel('Name').fill('Outerwear');
  await page.getByRole('button', { name: 'Create category' }).click();
  await expect.poll(() => count('categories', { organization_id: orgId, slug: 'outerwear' })).toBe(1);

  await page.goto(`/dashboard/${slug}/products/new`);
  await page.getByLabel('Name').fill(productName);
  await page.getByRole('textbox', { name: 'Price (USD)', exact: true }).fill('129.50');
  await page.getByLabel('Status').selectOption('active');
  await page.getByLabel('Category').selectOption({ label: 'Outerwear' });
  await page.getByRole('button', { name: 'Create product' }).click();
  await page.waitForURL(/\/products\/prod_/);
  const productId = page.url().split('/products/')[1]!.split(/[/?#]/)[0]!;

  await page.getByRole('link', { name: 'Variants', exact: true }).click();
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.getByLabel('Option name').fill('Size');
  const values = page.getByLabel('Size values');
  await values.fill('S');
  await values.press('Enter');
  await values.fill('M');
  await values.press('Enter');
  await page.getByRole('button', { name: 'Save and generate variants' }).click();
  await expect.poll(() => count('product_variants', { product_id: productId })).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('cell', { name: 'S', exact: true }).or(page.getByText('S', { exact: true })).first()).toBeVisible();

  await page.getByRole('link', { name: 'Images', exact: true }).click();
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#1f4e79' } }).png().toBuffer();
  await page.locator('input[type="file"]').setInputFiles({ name: 'parka.png', mimeType: 'image/png', buffer: photo });
  await expect.poll(() => count('product_images', { product_id: productId })).toBe(1);

  // Stock: M is in the warehouse, S is not.
  const [m] = await sql()`select id from product_variants where product_id = ${productId} and option_values->>'Size' = 'M' and deleted_at is null`;
  const [s] = await sql()`select id from product_variants where product_id = ${productId} and option_values->>'Size' = 'S' and deleted_at is null`;
  await sql()`insert into warehouses (id, organization_id, name, is_default) values (${`wh_${suffix}`}, ${orgId}, 'Main', true)`;
  await sql()`insert into stock_levels (id, organization_id, warehouse_id, product_id, variant_id, quantity)
              values (${`stk_${suffix}`}, ${orgId}, ${`wh_${suffix}`}, ${productId}, ${m!.id}, 5)`;

  // The shopper: search suggestions as they type, the results page, the category with a filter, the product.
  await page.goto(storefrontUrl(slug));
  const search = page.getByRole('combobox', { name: 'Search products' });
  await search.fill('storm parka');
  await expect(page.getByRole('option', { name: productName })).toBeVisible();
  await search.press('Enter');
  await page.waitForURL(/\/search\?q=storm/);
  await expect(page.getByRole('link', { name: productName }).first()).toBeVisible();

  await page.goto(storefrontUrl(slug, '/c/outerwear'));
  await expect(page.getByRole('link', { name: productName })).toBeVisible();
  await page.getByLabel('In stock only').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/in_stock=1/);
  await page.getByRole('link', { name: productName }).click();

  await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
  await expect(page.getByText('$129.50').first()).toBeVisible();
  // The in-stock size is chosen to begin with; the sold-out one can be picked and says so.
  await expect(page.getByRole('radio', { name: 'M' })).toBeChecked();
  await expect(page.getByText('In stock: only 5 left')).toBeVisible();
  const sizeChoice = (name: string) => page.locator('label').filter({ has: page.getByRole('radio', { name }) });
  await sizeChoice('S (sold out)').click();
  await expect(page).toHaveURL(new RegExp(`variant=${s!.id}`));
  await expect(page.getByText('Out of stock').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Out of stock' })).toBeDisabled();
  await sizeChoice('M').click();
  await expect(page).toHaveURL(new RegExp(`variant=${m!.id}`));
  await expect(page.getByText('In stock: only 5 left')).toBeVisible();
});

test("one store's storefront never shows another store's products, even by slug", async ({ page }) => {
  const suffix = uniqueSuffix();
  const a = await createOrganizationWithOwner({ slug: `sa-${suffix}`, name: `Store A ${suffix}`, ownerEmail: `a-${suffix}@example.test`, password: PASSWORD });
  const b = await createOrganizationWithOwner({ slug: `sb-${suffix}`, name: `Store B ${suffix}`, ownerEmail: `b-${suffix}@example.test`, password: PASSWORD });
  await sql()`insert into products (id, organization_id, name, slug, base_price, currency, status, published_at)
              values (${`prod_b${suffix}`}, ${b.orgId}, ${`Secret Lamp ${suffix}`}, 'secret-lamp', 4500, 'USD', 'active', now())`;
  await sql()`insert into product_variants (id, organization_id, product_id, name, is_default)
              values (${`var_b${suffix}`}, ${b.orgId}, ${`prod_b${suffix}`}, 'Default', true)`;

  const own = await page.goto(storefrontUrl(`sb-${suffix}`, '/p/secret-lamp'));
  expect(own?.status()).toBe(200);
  const guessed = await page.goto(storefrontUrl(`sa-${suffix}`, '/p/secret-lamp'));
  expect(guessed?.status()).toBe(404);
  await page.goto(storefrontUrl(`sa-${suffix}`, `/search?q=${encodeURIComponent('secret lamp')}`));
  await expect(page.getByText(`Secret Lamp ${suffix}`)).toHaveCount(0);
  expect(a.orgId).not.toBe(b.orgId);
});
