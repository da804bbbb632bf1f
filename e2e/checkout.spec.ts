import { expect, test } from '@playwright/test';
import { count, sql, uniqueSuffix } from './support/db';
import { storefrontUrl } from './support/env';
import { signIn } from './support/flows';
import { addToCart, arrangeStore, completeCheckout, STORE_PASSWORD as PASSWORD } from './support/store';

test('a guest buys two products with cash on delivery; the owner confirms, packs and delivers; the shopper sees each status', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  // The store ships by itself (no couriers here), so the owner moves the order out for delivery by hand.
  const store = await arrangeStore(suffix, { createDeliveryOnPacked: false });
  const email = `guest-${suffix}@example.test`;

  // The guest: two products into the cart, then checkout step by step.
  await addToCart(page, storefrontUrl(store.slug, `/p/mug-${suffix}`));
  await addToCart(page, storefrontUrl(store.slug, `/p/kettle-${suffix}`));
  await page.goto(storefrontUrl(store.slug, '/cart'));
  await expect(page.getByRole('link', { name: store.products[0]!.name })).toBeVisible();
  await expect(page.getByRole('link', { name: store.products[1]!.name })).toBeVisible();
  await page.getByRole('link', { name: 'Proceed to checkout' }).click();

  // 12.50 + 49.00 + 5.00 shipping
  const number = await completeCheckout(page, email, { expectTotal: '$66.50' });
  expect(await count('orders', { organization_id: store.orgId, number })).toBe(1);
  const [held] = await sql()<{ reserved: number }[]>`select sum(reserved)::int as reserved from stock_levels where organization_id = ${store.orgId}`;
  expect(held!.reserved).toBe(2);

  // The shopper opens an account with the same email and verifies it: the order is in their account.
  await page.goto(storefrontUrl(store.slug, '/sign-up'));
  await page.getByLabel('Your name').fill('Gail Guest');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /create account/i }).click();
  await expect(page.getByText('Gail Guest').first()).toBeVisible();
  const [mail] = await sql()<{ html: string }[]>`select html from email_outbox where "to" = ${email} and template = 'verify-email' order by created_at desc limit 1`;
  const verifyLink = [...mail!.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')).find((href) => href.includes('verify'));
  await page.goto(verifyLink!);
  await page.goto(storefrontUrl(store.slug, '/account/orders'));
  await expect(page.getByRole('link', { name: new RegExp(number) }).first()).toBeVisible();

  const shopperSees = async (status: string) => {
    await page.goto(storefrontUrl(store.slug, `/account/orders/${number}`));
    await expect(page.getByText(status, { exact: true }).first()).toBeVisible();
  };
  await shopperSees('Order placed');

  // The owner moves the order along in the dashboard.
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, store.ownerEmail, PASSWORD);
  await owner.waitForURL(/\/dashboard/);
  await owner.goto(`/dashboard/${store.slug}/orders`);
  await owner.getByRole('link', { name: new RegExp(number) }).first().click();
  await owner.waitForURL(/\/orders\/ord_/);

  const ownerMoves = async (button: string, status: string) => {
    await owner.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(async () => (await sql()<{ status: string }[]>`select status from orders where number = ${number} and organization_id = ${store.orgId}`)[0]!.status).toBe(status);
    await owner.reload();
  };
  await ownerMoves('Confirm', 'confirmed');
  await shopperSees('Confirmed by the store');
  await ownerMoves('Start processing', 'processing');
  await ownerMoves('Mark packed', 'packed');
  await shopperSees('Packed');
  await ownerMoves('Send out for delivery', 'out_for_delivery');
  await shopperSees('Out for delivery');

  await owner.getByRole('button', { name: 'Mark delivered', exact: true }).click();
  await owner.getByRole('alertdialog').getByRole('button', { name: 'Mark delivered' }).click();
  await expect.poll(async () => (await sql()<{ status: string }[]>`select status from orders where number = ${number} and organization_id = ${store.orgId}`)[0]!.status).toBe('delivered');
  await shopperSees('Delivered');

  // Delivered: the held units left the warehouse as OUT movements; cash on delivery counts as paid.
  const [after] = await sql()<{ quantity: number; reserved: number }[]>`
    select sum(quantity)::int as quantity, sum(reserved)::int as reserved from stock_levels where organization_id = ${store.orgId}`;
  expect(after).toEqual({ quantity: 8, reserved: 0 });
  expect(await count('orders', { organization_id: store.orgId, number, payment_status: 'paid' })).toBe(1);
});
