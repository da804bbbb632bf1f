import { expect, test } from '@playwright/test';
import { count, createOrganizationWithOwner, uniqueSuffix } from './support/db';
import { signIn } from './support/flows';

const PASSWORD = 'a long enough password';

test('the owner invites a staff member, who accepts by email and sees only what staff may', async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const slug = `team-${suffix}`;
  const ownerEmail = `owner-${suffix}@example.test`;
  const staffEmail = `staff-${suffix}@example.test`;
  const { orgId } = await createOrganizationWithOwner({ slug, name: `Team Shop ${suffix}`, ownerEmail, password: PASSWORD });

  await signIn(page, ownerEmail, PASSWORD);
  await page.waitForURL(`**/dashboard/${slug}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Team' }).first().click();
  await page.getByRole('button', { name: 'Invite member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a team member' });
  await dialog.getByLabel('Email').fill(staffEmail);
  await dialog.getByLabel('Role').selectOption('staff');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Pending invitations' }).click();
  await expect(page.getByRole('cell', { name: staffEmail, exact: true })).toBeVisible();

  // The invitee, in their own browser, follows the emailed link (development mailbox).
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(`/dev/mailbox?to=${encodeURIComponent(staffEmail)}`);
  await invitee.getByRole('link', { name: new RegExp(`invited you to join Team Shop ${suffix}`) }).click();
  await invitee.getByRole('list', { name: 'Links in this email' }).getByRole('link').first().click();

  await expect(invitee.getByRole('heading', { name: `Join Team Shop ${suffix}` })).toBeVisible();
  await invitee.getByLabel('Your name').fill('Sam Staff');
  await invitee.getByLabel('Choose a password').fill(PASSWORD);
  await invitee.getByRole('button', { name: 'Create account and join' }).click();
  await invitee.waitForURL(`**/dashboard/${slug}`);
  expect(await count('memberships', { organization_id: orgId, role: 'staff' })).toBe(1);

  // Staff: the overview, and nothing of settings, team, domains or the audit log.
  const nav = invitee.getByRole('navigation').first();
  await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
  for (const hidden of ['Settings', 'Team', 'Domains', 'Audit log']) {
    await expect(invitee.getByRole('link', { name: hidden, exact: true })).toHaveCount(0);
  }
  for (const path of ['/settings', '/settings/team', '/settings/domains', '/audit-log']) {
    await invitee.goto(`/dashboard/${slug}${path}`);
    await expect(invitee.getByText('403 · Forbidden')).toBeVisible();
  }
});
