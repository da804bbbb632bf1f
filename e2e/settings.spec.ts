import { expect, test } from '@playwright/test';
import { createOrganizationWithOwner, uniqueSuffix } from './support/db';
import { storefrontUrl } from './support/env';
import { signIn } from './support/flows';

const PASSWORD = 'a long enough password';

test('an owner renames the store in Settings: saving says so, an unchanged save says nothing changed, discard returns to the saved name, and the storefront shows it', async ({ page }) => {
  const suffix = uniqueSuffix();
  const slug = `set-${suffix}`;
  const ownerEmail = `o-${suffix}@example.test`;
  await createOrganizationWithOwner({ slug, name: `Old Name ${suffix}`, ownerEmail, password: PASSWORD });

  // The storefront's home page is cached with the old name first.
  await page.goto(storefrontUrl(slug));
  await expect(page.getByRole('banner').getByText(`Old Name ${suffix}`)).toBeVisible();

  await signIn(page, ownerEmail, PASSWORD);
  await page.waitForURL(/\/dashboard/);
  await page.goto(`/dashboard/${slug}/settings`);
  const name = page.getByLabel('Business name');
  const discard = page.getByRole('button', { name: 'Discard changes' });
  const save = page.getByRole('button', { name: 'Save changes' });
  await expect(discard).toBeDisabled();

  await name.fill(`New Name ${suffix}`);
  await expect(discard).toBeEnabled();
  await save.click();
  await expect(page.getByText('Settings saved').first()).toBeVisible();
  // The saved values are the form's new starting point.
  await expect(discard).toBeDisabled();

  await save.click();
  await expect(page.getByText('Nothing to save: no changes.').first()).toBeVisible();

  await name.fill('Something else');
  await discard.click();
  await expect(name).toHaveValue(`New Name ${suffix}`);

  await page.goto(storefrontUrl(slug));
  await expect(page.getByRole('banner').getByText(`New Name ${suffix}`)).toBeVisible();
});
