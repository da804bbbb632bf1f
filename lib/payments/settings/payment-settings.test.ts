import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, paymentGateways, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { open } from '@/lib/crypto/secret-box';
import { getCheckoutSettings } from './get-checkout-settings';
import { getPaymentSettings } from './get-payment-settings';
import { removeStripeAccount } from './remove-stripe-account';
import { saveStripeAccount } from './save-stripe-account';
import { CheckoutSettingsInput, StripeAccountInput } from './schemas';
import { updateCheckoutSettings } from './update-checkout-settings';

let org: Organization;
let owner: User;
let other: Organization;
let otherOwner: User;

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  ({ org: other, owner: otherOwner } = await createOrganization());
});

const settings = (over: Partial<Record<keyof CheckoutSettingsInput, unknown>> = {}) =>
  CheckoutSettingsInput.parse({
    codEnabled: true,
    bankTransferEnabled: false,
    bankTransferInstructions: '',
    pickupEnabled: false,
    pickupInstructions: '',
    cardEnabled: false,
    pricesIncludeTax: true,
    cardPaymentTimeoutMinutes: 30,
    ...over,
  });

const keys = {
  publishableKey: 'pk_test_51Habcdefghijklmnop',
  secretKey: 'sk_test_51Habcdefghijklmnop1234',
  webhookSecret: 'whsec_abcdefghijklmnopqrstuvwxyz',
};

const audit = (orgId: string) => withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.organizationId, orgId)));
const effective = (orgId: string) => withOrg(orgId, (tx) => getCheckoutSettings(tx, orgId));

describe('checkout settings', () => {
  it('are the defaults until saved: cash on delivery only, prices include tax', async () => {
    const { org: fresh } = await createOrganization();
    expect(await effective(fresh.id)).toEqual({
      codEnabled: true,
      bankTransferEnabled: false,
      bankTransferInstructions: null,
      pickupEnabled: false,
      pickupInstructions: null,
      cardEnabled: false,
      cardAvailable: false,
      pricesIncludeTax: true,
      cardPaymentTimeoutMinutes: 30,
      saved: false,
    });
  });

  it('validate the form: transfer instructions when transfers are on, a timeout of 5–1440 minutes, one way to pay', () => {
    const errors = (over: Record<string, unknown>) => {
      const r = CheckoutSettingsInput.safeParse({ ...settings(), bankTransferInstructions: '', pickupInstructions: '', ...over });
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    expect(errors({ bankTransferEnabled: true, bankTransferInstructions: '   ' })).toHaveProperty('bankTransferInstructions');
    expect(errors({ cardPaymentTimeoutMinutes: 4 })).toHaveProperty('cardPaymentTimeoutMinutes');
    expect(errors({ cardPaymentTimeoutMinutes: 1441 })).toHaveProperty('cardPaymentTimeoutMinutes');
    expect(errors({ cardPaymentTimeoutMinutes: '90' })).toEqual({});
    expect(errors({ codEnabled: false })).toHaveProperty('codEnabled');
  });

  it('are saved and audited, and saving the same values again writes nothing', async () => {
    const ctx = await orgContextFor(owner, org);
    const input = settings({ bankTransferEnabled: true, bankTransferInstructions: 'IBAN GB00 0000, reference: your order number', pickupEnabled: true, pickupInstructions: 'Main St 1, 9–18', pricesIncludeTax: false, cardPaymentTimeoutMinutes: 45 });
    await expect(updateCheckoutSettings(ctx, input)).resolves.toEqual({ changed: true });
    expect(await effective(org.id)).toMatchObject({ bankTransferEnabled: true, pickupEnabled: true, pricesIncludeTax: false, cardPaymentTimeoutMinutes: 45, saved: true });
    await expect(updateCheckoutSettings(ctx, input)).resolves.toEqual({ changed: false });
    const rows = (await audit(org.id)).filter((a) => a.action === 'checkout_settings.updated');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.newValues).toMatchObject({ bankTransferEnabled: true, pricesIncludeTax: false, cardPaymentTimeoutMinutes: 45 });
  });

  it('refuse card payments until Stripe keys are saved', async () => {
    const { org: fresh, owner: freshOwner } = await createOrganization();
    const ctx = await orgContextFor(freshOwner, fresh);
    await expect(updateCheckoutSettings(ctx, settings({ cardEnabled: true }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { cardEnabled: [expect.any(String)] } });
    await saveStripeAccount(ctx, StripeAccountInput.parse(keys));
    await updateCheckoutSettings(ctx, settings({ cardEnabled: true }));
    expect(await effective(fresh.id)).toMatchObject({ cardEnabled: true, cardAvailable: true });
  });

  it('are refused to a member without payments.manage', async () => {
    const staff = await addMember(org, 'staff');
    const ctx = await orgContextFor(staff, org);
    await expect(updateCheckoutSettings(ctx, settings())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveStripeAccount(ctx, StripeAccountInput.parse(keys))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeStripeAccount(ctx)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPaymentSettings(ctx)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the Stripe account', () => {
  it('checks the key formats and that both keys are of the same mode', () => {
    const fieldsOf = (input: Record<string, string>) => {
      const r = StripeAccountInput.safeParse({ ...keys, ...input });
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(fieldsOf({})).toEqual([]);
    expect(fieldsOf({ secretKey: 'rk_test_51Habcdefghijklmnop' })).toEqual([]);
    expect(fieldsOf({ publishableKey: 'sk_test_51Habcdefghijklmnop' })).toEqual(['publishableKey']);
    expect(fieldsOf({ secretKey: 'pk_test_51Habcdefghijklmnop' })).toEqual(['secretKey']);
    expect(fieldsOf({ webhookSecret: 'secret' })).toEqual(['webhookSecret']);
    expect(fieldsOf({ secretKey: 'sk_live_51Habcdefghijklmnop' })).toEqual(['secretKey']);
  });

  it('is stored sealed; the page and the audit log see only the hint and the mode', async () => {
    const { org: shop, owner: shopOwner } = await createOrganization();
    const ctx = await orgContextFor(shopOwner, shop);
    await expect(saveStripeAccount(ctx, StripeAccountInput.parse(keys))).resolves.toEqual({ mode: 'test', secretKeyHint: '1234' });

    const [row] = await withOrg(shop.id, (tx) => tx.select().from(paymentGateways).where(eq(paymentGateways.organizationId, shop.id)));
    expect(row!.secretKeyEncrypted).not.toContain(keys.secretKey);
    expect(open(row!.secretKeyEncrypted)).toBe(keys.secretKey);
    expect(open(row!.webhookSecretEncrypted)).toBe(keys.webhookSecret);

    const page = await getPaymentSettings(ctx);
    expect(page.stripe).toMatchObject({ mode: 'test', secretKeyHint: '1234', publishableKey: keys.publishableKey });
    expect(page.webhook.url).toMatch(new RegExp(`/api/webhooks/stripe/${shop.id}$`));
    expect(page.webhook.events).toContain('checkout.session.completed');
    const serialized = JSON.stringify(page) + JSON.stringify(await audit(shop.id));
    expect(serialized).not.toContain(keys.secretKey);
    expect(serialized).not.toContain(keys.webhookSecret);
    expect((await audit(shop.id)).map((a) => a.action)).toEqual(['payment_gateway.connected']);

    // Replacing the keys keeps one row.
    await saveStripeAccount(ctx, StripeAccountInput.parse({ ...keys, secretKey: 'sk_test_51Hreplacedreplaced9876' }));
    const rows = await withOrg(shop.id, (tx) => tx.select().from(paymentGateways).where(eq(paymentGateways.organizationId, shop.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.secretKeyHint).toBe('9876');
  });

  it('can be removed, which turns card payments off', async () => {
    const { org: shop, owner: shopOwner } = await createOrganization();
    const ctx = await orgContextFor(shopOwner, shop);
    await saveStripeAccount(ctx, StripeAccountInput.parse(keys));
    await updateCheckoutSettings(ctx, settings({ cardEnabled: true }));
    await expect(removeStripeAccount(ctx)).resolves.toEqual({ removed: true });
    expect(await effective(shop.id)).toMatchObject({ cardEnabled: false, cardAvailable: false });
    expect((await getPaymentSettings(ctx)).stripe).toBeNull();
    expect((await audit(shop.id)).map((a) => a.action)).toContain('payment_gateway.removed');
    await expect(removeStripeAccount(ctx)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('of one organization is never read or removed through another', async () => {
    const ctxA = await orgContextFor(owner, org);
    await saveStripeAccount(ctxA, StripeAccountInput.parse(keys));
    const ctxB = await orgContextFor(otherOwner, other);
    expect((await getPaymentSettings(ctxB)).stripe).toBeNull();
    await expect(removeStripeAccount(ctxB)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const stillThere = await withOrg(org.id, (tx) => tx.select().from(paymentGateways).where(and(eq(paymentGateways.organizationId, org.id))));
    expect(stillThere).toHaveLength(1);
    // B's settings do not change A's.
    await updateCheckoutSettings(ctxB, settings({ pricesIncludeTax: false, cardPaymentTimeoutMinutes: 10 }));
    expect((await effective(org.id)).cardPaymentTimeoutMinutes).toBe(45);
  });
});
