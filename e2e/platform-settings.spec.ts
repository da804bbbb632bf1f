import { expect, test } from '@playwright/test';
import { count, createUser, sql, uniqueSuffix } from './support/db';
import { signIn } from './support/flows';

const PASSWORD = 'a long enough password';

test('a super admin adds a number setting (a non-number is refused next to the field), then edits it; cancelling and reopening starts from the saved value', async ({ page }) => {
  const suffix = uniqueSuffix();
  const email = `sa-${suffix}@example.test`;
  const key = `e2e_${suffix}`;
  await createUser({ email, name: 'Super Admin', password: PASSWORD, platformRole: 'super_admin' });
  await signIn(page, email, PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto('/admin/settings');

  await page.getByRole('button', { name: 'New setting' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Key').fill(key);
  await dialog.getByLabel('Type').selectOption('number');
  await dialog.getByLabel('Value').fill('many');
  await dialog.getByRole('button', { name: 'Add setting' }).click();
  await expect(dialog.getByText('Enter a number, e.g. 42 or 0.5.')).toBeVisible();
  expect(await count('platform_settings', { key })).toBe(0);

  await dialog.getByLabel('Value').fill('42');
  await dialog.getByRole('button', { name: 'Add setting' }).click();
  await expect(page.getByText('Setting added.').first()).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: `Edit ${key}` }).click();
  await expect(dialog.getByLabel('Value')).toHaveValue('42');
  await dialog.getByLabel('Value').fill('43');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: `Edit ${key}` }).click();
  await expect(dialog.getByLabel('Value')).toHaveValue('42');
  await dialog.getByLabel('Value').fill('43');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`${key} is saved.`).first()).toBeVisible();
  await expect.poll(async () => (await sql()`select value::text as v from platform_settings where key = ${key}`)[0]?.v).toBe('43');
});
