import { expect, test } from '@playwright/test';
import { count, organizationBySlug, uniqueSuffix } from './support/db';
import { storefrontUrl } from './support/env';

test('a merchant signs up, creates an organization and the storefront is live on its subdomain', async ({ page }) => {
  const suffix = uniqueSuffix();
  const email = `merchant-${suffix}@example.test`;
  const slug = `shop-${suffix}`;

  await page.goto('/');
  await page.getByRole('link', { name: 'Start selling' }).click();
  await page.getByLabel('Your name').fill('Maya Merchant');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();

  await page.waitForURL('**/onboarding');
  await page.getByLabel('Business name').fill(`Maya's Corner ${suffix}`);
  // Bad input first: the field says what is wrong and nothing is created.
  await page.getByLabel('Storefront address').fill('admin');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.locator('[data-slot="field-error"]', { hasText: /reserved|not available|taken/i })).toBeVisible();
  expect(await count('organizations', { slug: 'admin' })).toBe(0);

  await page.getByLabel('Storefront address').fill(slug);
  await page.getByLabel('Services').check();
  await page.getByLabel('Default currency').selectOption('KZT');
  await page.getByRole('button', { name: 'Create organization' }).click();

  await page.waitForURL(`**/dashboard/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Maya's Corner ${suffix}`);
  const org = await organizationBySlug(slug);
  expect(org).toMatchObject({ kind: 'services', status: 'active' });
  expect(await count('memberships', { organization_id: org!.id, role: 'owner' })).toBe(1);
  expect(await count('audit_logs', { organization_id: org!.id, action: 'organization.created' })).toBe(1);

  await page.goto(storefrontUrl(slug));
  await expect(page.getByRole('heading', { level: 1, name: `Maya's Corner ${suffix}` })).toBeVisible();
  await expect(page.getByText('This store has no products yet')).toBeVisible();
});
