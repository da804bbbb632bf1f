import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withGlobal, withOrg } from '@/db/scope';
import { customers, type Organization } from '@/db/schema';
import { createOrganization, createUser, TEST_PASSWORD } from '@/db/test/factories';
import { peekToken } from '@/lib/auth/tokens';
import { currentTotp, newTotpSecret } from '@/lib/auth/totp';
import { seal } from '@/lib/crypto/secret-box';
import { resolveStorefront } from '@/lib/server/context';
import { getCustomerProfile } from './get-customer-profile';
import { joinStore } from './join-store';
import type { ShopperContext } from './internal';
import { registerShopper } from './register-shopper';
import { signInShopper, verifyShopperCode } from './sign-in-shopper';
import { updateCustomerProfile } from './update-customer-profile';

const meta = { ipAddress: null, userAgent: 'vitest' };

async function shopAt(org: Organization): Promise<ShopperContext> {
  const resolved = await resolveStorefront(`${org.slug}.localhost:3000`);
  if (resolved.status !== 'ok') throw new Error(`store ${org.slug} is ${resolved.status}`);
  return { ...resolved.ctx, meta };
}
const customersSeenBy = (ctx: ShopperContext) => ctx.tx((tx) => tx.select().from(customers));

describe('storefront customers', () => {
  it('a shopper who signs up at store A becomes a customer of A only', async () => {
    const { org: a } = await createOrganization({ defaultCurrency: 'EUR' });
    const { org: b } = await createOrganization();
    const atA = await shopAt(a);
    const atB = await shopAt(b);

    const { user, customer, ticket } = await registerShopper(atA, { name: 'Sue Shopper', email: 'Sue@Example.test', password: 'a long enough passphrase' });

    expect(customer).toMatchObject({ organizationId: a.id, userId: user.id, name: 'Sue Shopper', email: 'sue@example.test', currency: 'EUR', source: 'storefront_signup' });
    expect(await withGlobal((tx) => peekToken(tx, 'sign-in-ticket', ticket))).toBe(user.id);
    expect(await getCustomerProfile(atA, user)).toMatchObject({ id: customer.id });
    expect(await getCustomerProfile(atB, user)).toBeNull();
    expect(await customersSeenBy(atB)).toEqual([]);
    expect((await customersSeenBy(atA)).map((c) => c.id)).toEqual([customer.id]);
  });

  it('signing in at a store makes an existing account its customer once, separately per store', async () => {
    const { org: a } = await createOrganization();
    const { org: b } = await createOrganization();
    const user = await createUser({ name: 'Ann Account' });
    const atA = await shopAt(a);
    const atB = await shopAt(b);

    const first = await signInShopper(atA, { email: user.email, password: TEST_PASSWORD });
    expect(first).toMatchObject({ status: 'signed-in', customer: { organizationId: a.id, source: 'storefront_signin' } });
    await signInShopper(atA, { email: user.email, password: TEST_PASSWORD });
    expect(await customersSeenBy(atA)).toHaveLength(1);
    expect(await getCustomerProfile(atB, user)).toBeNull();

    await signInShopper(atB, { email: user.email, password: TEST_PASSWORD });
    const inA = await getCustomerProfile(atA, user);
    const inB = await getCustomerProfile(atB, user);
    expect(inB).toMatchObject({ organizationId: b.id, userId: user.id });
    expect(inB!.id).not.toBe(inA!.id);
  });

  it('with two-factor on, the customer is created only after the code step', async () => {
    const { org } = await createOrganization();
    const secret = newTotpSecret();
    const user = await createUser({ mfaEnabled: true, mfaSecret: seal(secret) });
    const ctx = await shopAt(org);

    const step = await signInShopper(ctx, { email: user.email, password: TEST_PASSWORD });
    expect(step.status).toBe('mfa-required');
    expect(await customersSeenBy(ctx)).toEqual([]);
    if (step.status !== 'mfa-required') return;

    const { ticket, customer } = await verifyShopperCode(ctx, { challenge: step.challenge, code: currentTotp(secret) });
    expect(customer).toMatchObject({ organizationId: org.id, userId: user.id, source: 'storefront_signin' });
    expect(await withGlobal((tx) => peekToken(tx, 'sign-in-ticket', ticket))).toBe(user.id);
  });

  it('a wrong password creates no customer', async () => {
    const { org } = await createOrganization();
    const user = await createUser();
    const ctx = await shopAt(org);
    await expect(signInShopper(ctx, { email: user.email, password: 'not the password' })).rejects.toMatchObject({ code: 'INVALID' });
    expect(await customersSeenBy(ctx)).toEqual([]);
  });

  it("links the merchant's existing customer with the same email instead of duplicating it", async () => {
    const { org } = await createOrganization();
    const user = await createUser({ email: 'known@example.test' });
    await withOrg(org.id, (tx) => tx.insert(customers).values({ organizationId: org.id, name: 'Known Buyer', email: 'KNOWN@example.test', currency: 'USD', source: 'walk-in' }));
    const ctx = await shopAt(org);

    await signInShopper(ctx, { email: user.email, password: TEST_PASSWORD });

    const rows = await customersSeenBy(ctx);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Known Buyer', userId: user.id, source: 'walk-in' });
  });

  it('a shopper edits their own profile in one store; another store is untouched', async () => {
    const { org: a } = await createOrganization();
    const { org: b } = await createOrganization();
    const user = await createUser();
    const atA = await shopAt(a);
    const atB = await shopAt(b);
    await signInShopper(atA, { email: user.email, password: TEST_PASSWORD });
    await signInShopper(atB, { email: user.email, password: TEST_PASSWORD });

    const updated = await updateCustomerProfile(atA, user, { name: 'New Name', email: 'new@example.test', phone: '+1 212 555 0100' });

    expect(updated).toMatchObject({ organizationId: a.id, name: 'New Name', email: 'new@example.test', phone: '+1 212 555 0100' });
    expect(await getCustomerProfile(atB, user)).toMatchObject({ name: 'Test User', email: user.email, phone: null });
  });

  it("refuses an email another customer of the same store has, but not one used at another store", async () => {
    const { org: a } = await createOrganization();
    const { org: b } = await createOrganization();
    const user = await createUser();
    await withOrg(a.id, (tx) => tx.insert(customers).values({ organizationId: a.id, name: 'Other', email: 'taken@example.test', currency: 'USD' }));
    await withOrg(b.id, (tx) => tx.insert(customers).values({ organizationId: b.id, name: 'Other', email: 'taken@example.test', currency: 'USD' }));
    const atA = await shopAt(a);
    await signInShopper(atA, { email: user.email, password: TEST_PASSWORD });

    await expect(updateCustomerProfile(atA, user, { name: 'Me', email: 'taken@example.test', phone: '' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { email: [expect.stringContaining('already uses')] },
    });
    const mine = await getCustomerProfile(atA, user);
    expect(mine!.email).toBe(user.email);

    const atB = await shopAt(b);
    await signInShopper(atB, { email: user.email, password: TEST_PASSWORD });
    await expect(updateCustomerProfile(atB, user, { name: 'Me', email: 'mine@example.test', phone: '' })).resolves.toMatchObject({ email: 'mine@example.test' });
  });

  it('a user who is not a customer of the store cannot update a profile there', async () => {
    const { org } = await createOrganization();
    const stranger = await createUser();
    await expect(updateCustomerProfile(await shopAt(org), stranger, { name: 'X', email: 'x@example.test', phone: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await withOrg(org.id, (tx) => tx.select().from(customers).where(eq(customers.organizationId, org.id)))).toEqual([]);
  });

  it('joinStore makes a signed-in account a customer here once, and does not revive a removed one', async () => {
    const { org } = await createOrganization();
    const user = await createUser();
    const ctx = await shopAt(org);
    const first = await joinStore(ctx, user);
    expect((await joinStore(ctx, user)).id).toBe(first.id);
    expect(await customersSeenBy(ctx)).toHaveLength(1);

    await withOrg(org.id, (tx) => tx.update(customers).set({ deletedAt: new Date() }).where(eq(customers.id, first.id)));
    await expect(joinStore(ctx, user)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await getCustomerProfile(ctx, user)).toBeNull();
  });
});
