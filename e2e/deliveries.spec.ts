import { devices, expect, test } from '@playwright/test';
import { newId } from '../lib/ids';
import { createUser, sql, uniqueSuffix } from './support/db';
import { storefrontUrl } from './support/env';
import { signIn } from './support/flows';
import { arrangeStore, guestBuysMug, STORE_PASSWORD } from './support/store';

// Everyone here is on a phone: the courier always is, and the owner assigns from theirs.
const { defaultBrowserType: _browser, ...pixel } = devices['Pixel 7'];
test.use({ ...pixel, geolocation: { latitude: 39.7817, longitude: -89.6501 }, permissions: ['geolocation'] });

const orderStatus = async (orgId: string, number: string) =>
  (await sql()<{ status: string }[]>`select status from orders where organization_id = ${orgId} and number = ${number}`)[0]!.status;

test('the owner assigns a packed order; the courier starts, picks up and delivers with the code from the mailbox; the shopper tracks it to delivered', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const store = await arrangeStore(suffix);
  const courierEmail = `courier-${suffix}@example.test`;
  const courierUserId = await createUser({ email: courierEmail, name: 'Dana Rider', password: STORE_PASSWORD });
  await sql()`insert into memberships (id, organization_id, user_id, role) values (${newId('mem')}, ${store.orgId}, ${courierUserId}, 'courier')`;
  await sql()`insert into couriers (id, organization_id, user_id, phone, currency, status, last_latitude, last_longitude, last_seen_at)
              values (${newId('cour')}, ${store.orgId}, ${courierUserId}, '+1 555 0199', 'USD', 'available', 39.78, -89.65, now())`;

  // A guest buys a mug, paying cash on delivery.
  const shopperEmail = `guest-${suffix}@example.test`;
  const number = await guestBuysMug(page, store, shopperEmail);

  // The owner confirms and packs it; packing opens the delivery, which the owner assigns.
  const owner = await (await browser.newContext({ ...pixel })).newPage();
  await signIn(owner, store.ownerEmail, STORE_PASSWORD);
  await owner.waitForURL(/\/dashboard/);
  await owner.goto(`/dashboard/${store.slug}/orders`);
  await owner.getByRole('link', { name: new RegExp(number) }).first().click();
  await owner.waitForURL(/\/orders\/ord_/);
  for (const [button, status] of [['Confirm', 'confirmed'], ['Start processing', 'processing'], ['Mark packed', 'packed']] as const) {
    await owner.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(() => orderStatus(store.orgId, number)).toBe(status);
    await owner.reload();
  }
  await owner.getByRole('link', { name: /^Delivery TRK/ }).click();
  await owner.waitForURL(/\/deliveries\/dlv_/);
  const trackingNumber = (await owner.getByRole('heading', { level: 1 }).textContent())!.match(/TRK\w{8}/)![0];
  await owner.getByRole('button', { name: 'Assign a courier' }).click();
  await expect(owner.getByRole('radio', { name: /Dana Rider/ })).toBeChecked();
  await owner.getByRole('dialog').getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(owner.getByRole('button', { name: 'Reassign' })).toBeVisible();
  expect((await sql()<{ n: number }[]>`select count(*)::int as n from deliveries where tracking_number = ${trackingNumber} and courier_id is not null`)[0]!.n).toBe(1);

  // The courier, on their phone: the delivery is on today's list.
  const courier = await (await browser.newContext({ ...pixel, geolocation: { latitude: 39.7817, longitude: -89.6501 }, permissions: ['geolocation'] })).newPage();
  await signIn(courier, courierEmail, STORE_PASSWORD);
  await courier.waitForURL(new RegExp(`/courier/${store.slug}`));
  await courier.getByRole('link', { name: /Gail Guest/ }).click();
  await courier.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(async () => (await sql()<{ status: string }[]>`select status from deliveries where tracking_number = ${trackingNumber}`)[0]!.status).toBe('processing');
  await courier.getByRole('button', { name: /Picked up/ }).click();
  await expect.poll(() => orderStatus(store.orgId, number)).toBe('out_for_delivery');

  // The shopper's code arrives by email; the courier types it in at the door.
  let code = '';
  await expect
    .poll(async () => {
      const [mail] = await sql()<{ text: string }[]>`
        select text from email_outbox where "to" = ${shopperEmail} and template = 'delivery-dispatched' order by created_at desc limit 1`;
      code = mail?.text.match(/Your delivery code\s+(\d{6})/)?.[1] ?? '';
      return code;
    })
    .toMatch(/^\d{6}$/);
  await courier.getByRole('textbox', { name: "The shopper's 6-digit code" }).fill(code);
  await courier.getByRole('button', { name: 'Delivered', exact: true }).click();
  await expect.poll(() => orderStatus(store.orgId, number)).toBe('delivered');
  const [paid] = await sql()<{ payment_status: string }[]>`select payment_status from orders where organization_id = ${store.orgId} and number = ${number}`;
  expect(paid!.payment_status).toBe('paid');

  // The shopper's tracking page says delivered, with the courier's first name only.
  await page.goto(storefrontUrl(store.slug, `/track/${trackingNumber}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Delivered');
  await expect(page.getByText('Dana', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Rider')).toHaveCount(0);

  // The delivered email's link lets the guest rate the delivery, once.
  let rateLink = '';
  await expect
    .poll(async () => {
      const [mail] = await sql()<{ text: string }[]>`
        select text from email_outbox where "to" = ${shopperEmail} and template = 'delivery-delivered' order by created_at desc limit 1`;
      rateLink = mail?.text.match(/https?:\/\/\S+\/track\/TRK\w+\?rate=\S+/)?.[0] ?? '';
      return rateLink;
    })
    .not.toBe('');
  await page.goto(rateLink);
  await page.locator('label').filter({ hasText: '5 stars' }).click();
  await expect(page.getByRole('radio', { name: '5 stars' })).toBeChecked();
  await page.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByText('Thanks for rating the delivery')).toBeVisible();
  const [rated] = await sql()<{ rating_stars: number }[]>`select rating_stars from deliveries where tracking_number = ${trackingNumber}`;
  expect(rated!.rating_stars).toBe(5);
});
