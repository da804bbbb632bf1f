import { expect, type Page } from '@playwright/test';
import { newId } from '../../lib/ids';
import { createOrganizationWithOwner, sql } from './db';
import { storefrontUrl } from './env';

export const STORE_PASSWORD = 'a long enough password';

/**
 * A store with two published products in stock, a warehouse, and a delivery zone for
 * Springfield; no checkout settings (cash on delivery by default). `createDeliveryOnPacked`
 * false: a store that ships without couriers on the platform.
 */
export async function arrangeStore(suffix: string, { createDeliveryOnPacked = true } = {}) {
  const slug = `co-${suffix}`;
  const ownerEmail = `o-${suffix}@example.test`;
  // Pro: couriers and deliveries are a paid feature (feature flag 'deliveries').
  const { orgId } = await createOrganizationWithOwner({ slug, name: `Corner Shop ${suffix}`, ownerEmail, password: STORE_PASSWORD, plan: 'pro' });
  await sql()`insert into warehouses (id, organization_id, name, is_default, latitude, longitude) values (${`wh_${suffix}`}, ${orgId}, 'Main', true, 39.7817, -89.6501)`;
  const products = [
    { key: 'mug', name: `Enamel Mug ${suffix}`, price: 1250 },
    { key: 'kettle', name: `Steel Kettle ${suffix}`, price: 4900 },
  ];
  for (const p of products) {
    const productId = `prod_${p.key}_${suffix}`;
    const variantId = `var_${p.key}_${suffix}`;
    await sql()`insert into products (id, organization_id, name, slug, base_price, currency, status, published_at)
                values (${productId}, ${orgId}, ${p.name}, ${`${p.key}-${suffix}`}, ${p.price}, 'USD', 'active', now())`;
    await sql()`insert into product_variants (id, organization_id, product_id, name, is_default) values (${variantId}, ${orgId}, ${productId}, 'Default', true)`;
    await sql()`insert into stock_levels (id, organization_id, warehouse_id, product_id, variant_id, quantity)
                values (${`stk_${p.key}_${suffix}`}, ${orgId}, ${`wh_${suffix}`}, ${productId}, ${variantId}, 5)`;
  }
  await sql()`insert into delivery_zones (id, organization_id, name, city, latitude, longitude) values (${`dzn_${suffix}`}, ${orgId}, 'Springfield', 'Springfield', 39.8, -89.64)`;
  await sql()`insert into delivery_tariffs (id, organization_id, zone_id, name, base_cost, currency, estimated_hours)
              values (${`dtf_${suffix}`}, ${orgId}, ${`dzn_${suffix}`}, 'Standard', 500, 'USD', 24)`;
  if (!createDeliveryOnPacked) {
    await sql()`insert into delivery_settings (id, organization_id, create_on_packed) values (${newId('dls')}, ${orgId}, false)`;
  }
  return { slug, suffix, orgId, ownerEmail, products };
}

export type Store = Awaited<ReturnType<typeof arrangeStore>>;

export async function addToCart(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('link', { name: 'View cart' })).toBeVisible();
}

/** A guest buys one mug with cash on delivery to Springfield; returns the order number. */
export async function guestBuysMug(page: Page, store: Store, email: string): Promise<string> {
  await addToCart(page, storefrontUrl(store.slug, `/p/${store.products[0]!.key}-${store.suffix}`));
  await page.goto(storefrontUrl(store.slug, '/checkout'));
  return completeCheckout(page, email);
}

/** From the first checkout step to the placed order, paying cash on delivery; returns the order number. */
export async function completeCheckout(page: Page, email: string, { expectTotal }: { expectTotal?: string } = {}): Promise<string> {
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await field('Email').fill(email);
  await field('Name').fill('Gail Guest');
  await field('Phone').fill('+1 555 0100');
  await page.getByRole('button', { name: 'Continue to delivery' }).click();

  await field('Full name').fill('Gail Guest');
  await field('Phone').fill('+1 555 0100');
  await page.getByRole('combobox', { name: 'Country' }).selectOption('US');
  await field('City').fill('Springfield');
  await field('Street').fill('742 Evergreen Terrace');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await page.getByRole('radio', { name: /Standard/ }).check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.getByRole('radio', { name: /Cash on delivery/ }).check();
  await page.getByRole('button', { name: 'Review your order' }).click();
  if (expectTotal) await expect(page.getByRole('definition').filter({ hasText: expectTotal }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Place order' }).click();

  const thanks = page.getByRole('heading', { level: 1, name: /Thank you, your order \w+ is placed/ });
  await expect(thanks).toBeVisible();
  return (await thanks.textContent())!.match(/order (\w+) is placed/)![1]!;
}
