import { expect, test } from '@playwright/test';
import { currentTotp } from '../lib/auth/totp';
import { createUser, uniqueSuffix } from './support/db';
import { signIn, signOut } from './support/flows';

const PASSWORD = 'a long enough password';

test('a user turns on TOTP, then signing in needs a code; backup codes work once', async ({ page }) => {
  const email = `mfa-${uniqueSuffix()}@example.test`;
  await createUser({ email, name: 'Mfa User', password: PASSWORD });

  await signIn(page, email, PASSWORD);
  await page.waitForURL(/\/onboarding|\/dashboard/);
  await page.goto('/account/security');
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await page.getByLabel('Setup key').innerText()).replace(/\s+/g, '');

  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  await expect(page.getByText(/not valid/).first()).toBeVisible();

  await page.getByLabel('Authentication code').fill(currentTotp(secret));
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  // allInnerTexts does not wait: wait for the codes to be shown first.
  const codeItems = page.getByRole('list', { name: 'Backup codes' }).getByRole('listitem');
  await expect(codeItems).toHaveCount(10);
  const codes = await codeItems.allInnerTexts();
  await page.getByRole('button', { name: /saved|done/i }).click();

  await signOut(page);

  // The password alone is no longer enough.
  await signIn(page, email, PASSWORD);
  await expect(page.getByLabel('Authentication code')).toBeVisible();
  await page.getByLabel('Authentication code').fill('123456');
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page.getByText(/not valid/).first()).toBeVisible();
  // The enrolment code's time step is used up; the authenticator's next code is accepted.
  await page.getByLabel('Authentication code').fill(currentTotp(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await page.waitForURL(/\/onboarding|\/dashboard/);
  await signOut(page);

  // A backup code signs in once.
  for (const expectation of ['signed in', 'refused'] as const) {
    await signIn(page, email, PASSWORD);
    await page.getByRole('button', { name: 'Use a backup code instead' }).click();
    await page.getByLabel('Backup code').fill(codes[0]!);
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    if (expectation === 'signed in') {
      await page.waitForURL(/\/onboarding|\/dashboard/);
      await signOut(page);
    } else {
      await expect(page.getByText(/not valid/).first()).toBeVisible();
    }
  }
});
