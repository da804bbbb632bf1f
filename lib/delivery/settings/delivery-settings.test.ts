import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, deliverySettings } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { getDeliverySettings } from '../deliveries/delivery-settings';
import { getDeliverySettingsForm } from './get-delivery-settings-form';
import { DeliverySettingsInput } from './schemas';
import { updateDeliverySettings } from './update-delivery-settings';

const input = (over: Record<string, unknown> = {}) => DeliverySettingsInput.parse({ proofRequirement: 'otp', createOnPacked: true, otpMaxAttempts: '5', ...over });
const effective = (orgId: string) => withOrg(orgId, (tx) => getDeliverySettings(tx, orgId));

describe('delivery settings', () => {
  it('start at the defaults, save, change only what differs, and audit each save', async () => {
    const { org, owner } = await createOrganization();
    const c = await orgContextFor(owner, org);
    expect(await getDeliverySettingsForm(c)).toEqual({ proofRequirement: 'otp', createOnPacked: true, otpMaxAttempts: 5, savedAt: null });

    expect(await updateDeliverySettings(c, input({ proofRequirement: 'otp_and_photo', createOnPacked: false, otpMaxAttempts: '3' }))).toEqual({ changed: true });
    expect(await effective(org.id)).toEqual({ proofRequirement: 'otp_and_photo', createOnPacked: false, otpMaxAttempts: 3 });
    expect((await getDeliverySettingsForm(c)).savedAt).toBeInstanceOf(Date);
    expect(await updateDeliverySettings(c, input({ proofRequirement: 'otp_and_photo', createOnPacked: false, otpMaxAttempts: 3 }))).toEqual({ changed: false });
    await updateDeliverySettings(c, input({ proofRequirement: 'photo', createOnPacked: false, otpMaxAttempts: 3 }));

    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.organizationId, org.id)).orderBy(auditLogs.createdAt));
    expect(audit.map((a) => [a.action, a.oldValues, a.newValues])).toEqual([
      ['delivery_settings.updated', { proofRequirement: 'otp', createOnPacked: true, otpMaxAttempts: 5 }, { proofRequirement: 'otp_and_photo', createOnPacked: false, otpMaxAttempts: 3 }],
      ['delivery_settings.updated', { proofRequirement: 'otp_and_photo' }, { proofRequirement: 'photo' }],
    ]);
  });

  it('allows 1 to 10 code attempts and a known proof rule only', () => {
    expect(input({ otpMaxAttempts: '1' }).otpMaxAttempts).toBe(1);
    expect(input({ otpMaxAttempts: 10 }).otpMaxAttempts).toBe(10);
    for (const bad of ['0', '11', '2.5', 'many']) {
      expect(DeliverySettingsInput.safeParse({ proofRequirement: 'otp', createOnPacked: true, otpMaxAttempts: bad }).error?.flatten().fieldErrors.otpMaxAttempts).toHaveLength(1);
    }
    expect(DeliverySettingsInput.safeParse({ proofRequirement: 'signature', createOnPacked: true, otpMaxAttempts: 5 }).error?.flatten().fieldErrors).toHaveProperty('proofRequirement');
  });

  it('two first saves at once leave one row', async () => {
    const { org, owner } = await createOrganization();
    const [a, b] = await Promise.all([orgContextFor(owner, org), orgContextFor(owner, org)]);
    await Promise.all([updateDeliverySettings(a, input({ proofRequirement: 'none' })), updateDeliverySettings(b, input({ proofRequirement: 'photo' }))]);
    const rows = await withPlatform((tx) => tx.select().from(deliverySettings).where(eq(deliverySettings.organizationId, org.id)));
    expect(rows).toHaveLength(1);
    expect(['none', 'photo']).toContain((await effective(org.id)).proofRequirement);
  });

  it("another organization's save changes only its own settings", async () => {
    const { org, owner } = await createOrganization();
    const { org: other, owner: otherOwner } = await createOrganization();
    await updateDeliverySettings(await orgContextFor(owner, org), input({ proofRequirement: 'none' }));
    await updateDeliverySettings(await orgContextFor(otherOwner, other), input({ proofRequirement: 'otp_or_photo', otpMaxAttempts: 2 }));
    expect((await effective(org.id)).proofRequirement).toBe('none');
    expect(await getDeliverySettingsForm(await orgContextFor(otherOwner, other))).toMatchObject({ proofRequirement: 'otp_or_photo', otpMaxAttempts: 2 });
  });

  it('is for owners and admins: staff and couriers are refused', async () => {
    const { org } = await createOrganization();
    for (const role of ['staff', 'courier'] as const) {
      const c = await orgContextFor(await addMember(org, role), org);
      await expect(getDeliverySettingsForm(c)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateDeliverySettings(c, input({ proofRequirement: 'none' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await effective(org.id)).proofRequirement).toBe('otp');
    const admin = await orgContextFor(await addMember(org, 'admin'), org);
    await expect(updateDeliverySettings(admin, input({ proofRequirement: 'none' }))).resolves.toEqual({ changed: true });
  });
});
