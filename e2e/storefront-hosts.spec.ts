import { expect, test } from '@playwright/test';
import { count, createOrganizationWithOwner, createUser, sql, uniqueSuffix } from './support/db';
import { E2E_PORT, storefrontUrl } from './support/env';
import { signIn, signOut } from './support/flows';

const PASSWORD = 'a long enough password';

test('an unknown host gets a clear 404', async ({ page }) => {
  const host = `nobody-${uniqueSuffix()}.localhost:${E2E_PORT}`;
  const response = await page.goto(`http://${host}/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(`There is no store at`)).toBeVisible();
  await expect(page.getByText(host)).toBeVisible();
});

test('a verified custom domain serves the storefront; a pending one does not', async ({ page }) => {
  const suffix = uniqueSuffix();
  const { orgId } = await createOrganizationWithOwner({ slug: `dom-${suffix}`, name: `Domain Shop ${suffix}`, ownerEmail: `o-${suffix}@example.test`, password: PASSWORD });
  await sql()`insert into domains (id, organization_id, hostname, status, verification_token, verified_at)
              values (${`dom_v${suffix}`}, ${orgId}, ${`v${suffix}.test`}, 'verified', 't', now()),
                     (${`dom_p${suffix}`}, ${orgId}, ${`p${suffix}.test`}, 'pending', 't', null)`;
  await page.goto(`http://v${suffix}.test:${E2E_PORT}/`);
  await expect(page.getByRole('heading', { level: 1, name: `Domain Shop ${suffix}` })).toBeVisible();
  const pending = await page.goto(`http://p${suffix}.test:${E2E_PORT}/`);
  expect(pending?.status()).toBe(404);
});

test('a platform admin suspends a tenant (its storefront says unavailable), reactivates it and changes its plan; the owner sees the new limits', async ({ page }) => {
  const suffix = uniqueSuffix();
  const slug = `susp-${suffix}`;
  const name = `Paused Shop ${suffix}`;
  const ownerEmail = `o-${suffix}@example.test`;
  const { orgId } = await createOrganizationWithOwner({ slug, name, ownerEmail, password: PASSWORD });
  const adminEmail = `admin-${suffix}@example.test`;
  await createUser({ email: adminEmail, name: 'Ops Admin', password: PASSWORD, platformRole: 'super_admin' });

  await page.goto(storefrontUrl(slug));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await signIn(page, adminEmail, PASSWORD);
  await page.waitForURL(/\/admin/);
  await page.goto(`/admin/tenants?q=${slug}`);
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Suspend' }).click();
  await page.getByRole('alertdialog').getByLabel('Reason').fill('Unpaid invoices since March');
  await page.getByRole('button', { name: 'Suspend tenant' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate' })).toBeVisible();
  expect(await count('audit_logs', { organization_id: orgId, action: 'tenant.suspended' })).toBe(1);

  await page.goto(storefrontUrl(slug));
  await expect(page.getByRole('heading', { name: `${name} is currently unavailable` })).toBeVisible();
  await page.goto(storefrontUrl(slug, '/sign-in'));
  await expect(page.getByRole('heading', { name: `${name} is currently unavailable` })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveCount(0);

  await page.goto(`/admin/tenants/${orgId}`);
  await page.getByRole('button', { name: 'Reactivate' }).click();
  await page.getByRole('alertdialog').getByLabel('Reason').fill('Invoices paid');
  await page.getByRole('button', { name: 'Reactivate tenant' }).click();
  await expect(page.getByRole('button', { name: 'Suspend' })).toBeVisible();
  await page.goto(storefrontUrl(slug));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // From Free to Basic: the owner's plan page shows Basic's limits straight away.
  await page.goto(`/admin/tenants/${orgId}`);
  await page.getByRole('button', { name: 'Change plan' }).click();
  await page.getByLabel('New plan').selectOption('basic');
  await page.getByRole('dialog').getByLabel('Note').fill('Upgrade agreed on the phone');
  await page.getByRole('dialog').getByRole('button', { name: 'Change plan' }).click();
  await expect(page.getByText(`${name} is now on the Basic plan.`, { exact: true })).toBeVisible();
  expect(await count('plan_changes', { organization_id: orgId, from_plan: 'free', to_plan: 'basic', source: 'admin' })).toBe(1);

  await signOut(page);
  await signIn(page, ownerEmail, PASSWORD);
  await page.waitForURL(/\/dashboard/);
  await page.goto(`/dashboard/${slug}/settings/plan`);
  await expect(page.getByRole('heading', { name: 'Basic plan' })).toBeVisible();
  await expect(page.getByText('0 of 500 used')).toBeVisible();
  await expect(page.getByText('of 3 used').first()).toBeVisible();
});

test('a shopper who signs up on a storefront becomes a customer of that store only', async ({ page }) => {
  const suffix = uniqueSuffix();
  const a = await createOrganizationWithOwner({ slug: `sa-${suffix}`, name: `Store A ${suffix}`, ownerEmail: `oa-${suffix}@example.test`, password: PASSWORD });
  const b = await createOrganizationWithOwner({ slug: `sb-${suffix}`, name: `Store B ${suffix}`, ownerEmail: `ob-${suffix}@example.test`, password: PASSWORD });
  const email = `shopper-${suffix}@example.test`;

  await page.goto(storefrontUrl(`sa-${suffix}`, '/sign-up'));
  await page.getByLabel('Your name').fill('Sally Shopper');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /create account/i }).click();
  await expect(page.getByText('Sally Shopper').first()).toBeVisible();

  const [user] = await sql()<{ id: string }[]>`select id from users where email = ${email}`;
  expect(await count('customers', { organization_id: a.orgId, user_id: user!.id })).toBe(1);
  expect(await count('customers', { organization_id: b.orgId, user_id: user!.id })).toBe(0);
  // The session belongs to store A's host: store B shows a signed-out header.
  await page.goto(storefrontUrl(`sb-${suffix}`));
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
});
