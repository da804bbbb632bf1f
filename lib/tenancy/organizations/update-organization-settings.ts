import { eq } from 'drizzle-orm';
import { organizations, type OrganizationAddress, type SocialLinks } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockOrganization } from './internal';
import type { UpdateOrganizationSettingsInput } from './schemas';

const orNull = (value: string) => (value === '' ? null : value);

/** Empty form fields are "not set": left out of the stored object rather than kept as ''. */
function compact<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')) as Partial<T>;
}

/** Settings → General. Writes only when something changed; the audit row holds just the changes. */
export async function updateOrganizationSettings(ctx: OrgContext, input: UpdateOrganizationSettingsInput) {
  requirePermission(ctx, 'settings.update');
  const next = {
    name: input.name,
    description: orNull(input.description),
    category: orNull(input.category),
    contactEmail: orNull(input.contactEmail.toLowerCase()),
    contactPhone: orNull(input.contactPhone),
    address: compact(input.address) as OrganizationAddress,
    workingHours: [...input.workingHours]
      .sort((a, b) => a.day - b.day)
      .map((d) => ({ ...d, breaks: [...d.breaks].sort((a, b) => a.startTime.localeCompare(b.startTime)) })),
    socialLinks: compact(input.socialLinks) as SocialLinks,
    brandPrimaryColor: input.brandPrimaryColor.toLowerCase(),
    brandSecondaryColor: input.brandSecondaryColor.toLowerCase(),
    defaultCurrency: input.defaultCurrency,
    defaultLocale: input.defaultLocale,
    timezone: input.timezone,
  };
  return ctx.tx(async (tx) => {
    const before = await lockOrganization(tx, ctx.org.id);
    const { oldValues, newValues, changed } = diff(before, next);
    if (!changed) return { changed: false };
    await tx.update(organizations).set(newValues).where(eq(organizations.id, ctx.org.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'organization.settings_updated',
      entityType: 'organization',
      entityId: ctx.org.id,
      oldValues,
      newValues,
    });
    return { changed: true };
  });
}
