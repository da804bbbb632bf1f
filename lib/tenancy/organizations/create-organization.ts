import { withOrg } from '@/db/scope';
import { memberships, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { newId } from '@/lib/ids';
import type { UserActionContext } from '@/lib/server/action';
import { userActor } from '@/lib/server/actor';
import { conflict } from '@/lib/server/errors';
import { isUniqueViolation } from '@/db/errors';
import type { CreateOrganizationInput } from './schemas';

export const SLUG_TAKEN = 'This address is already taken. Try another.';

/**
 * Onboarding: a signed-in user creates an organization and becomes its owner. The id is
 * chosen first so the transaction can be scoped to it (RLS checks every insert against it);
 * the slug's unique index settles races between two people wanting the same address.
 */
export async function createOrganization({ user, meta }: UserActionContext, input: CreateOrganizationInput) {
  const orgId = newId('org');
  const actor = userActor(user, meta);
  try {
    return await withOrg(
      orgId,
      async (tx) => {
        const [org] = await tx
          .insert(organizations)
          .values({
            id: orgId,
            name: input.name,
            slug: input.slug,
            kind: input.kind,
            defaultCurrency: input.defaultCurrency,
            defaultLocale: input.defaultLocale,
            timezone: input.timezone ?? 'UTC',
            createdBy: user.id,
          })
          .returning({ id: organizations.id, slug: organizations.slug });
        const [membership] = await tx
          .insert(memberships)
          .values({ organizationId: orgId, userId: user.id, role: 'owner' })
          .returning({ id: memberships.id });
        await recordAudit(tx, actor, {
          organizationId: orgId,
          action: 'organization.created',
          entityType: 'organization',
          entityId: orgId,
          newValues: { ...input, ownerMembershipId: membership!.id },
        });
        return org!;
      },
      user.id,
    );
  } catch (e) {
    if (isUniqueViolation(e, 'organizations_slug_key')) throw conflict(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
    throw e;
  }
}
